import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import type { NpBreadcrumb } from '../src/breadcrumb.js';
import { breadcrumbs } from '../../../test-support/cms/index.js';
import { describeCorpus } from '../../../test-support/cms/suite.js';
import { current, labels, links, shadow } from './helpers.js';

/* Trails as Plone, Drupal, WordPress (Yoast SEO, Rank Math, NavXT, Kadence, core block), TYPO3 and Joomla print them. */
describeCorpus('np-breadcrumb', '<np-breadcrumb> with the trails real CMSes print', breadcrumbs, (el: NpBreadcrumb, sample) => {
  expect(labels(el)).to.deep.equal(sample.expected.map((item) => item.label));
  expect(links(el).map((link) => [link.textContent!.trim(), link.getAttribute('href')])).to.deep.equal(
    sample.expected.filter((item) => item.href).map((item) => [item.label, item.href]),
  );
  // A trail that ends with a link (Drupal leaves the current page out) has no current page to mark.
  const last = sample.expected.at(-1)!;
  expect(current(el)?.textContent ?? null).to.equal(last.href ? null : last.label);
});

describe('<np-breadcrumb> reading CMS markup', () => {
  afterEach(() => sinon.restore());

  it('names an icon-only Home link by its image alt or aria-label', async () => {
    const el = await fixture<NpBreadcrumb>(html`<np-breadcrumb>
      <a href="/"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Accueil" /></a> ›
      <a href="/quartiers" aria-label="Quartiers"><svg aria-hidden="true" width="8" height="8"></svg></a> ›
      <span>N-POWER</span>
    </np-breadcrumb>`);
    expect(labels(el)).to.deep.equal(['Accueil', 'Quartiers', 'N-POWER']);
  });

  it('does not read a "You are here:" prefix, a heading or separators as items', async () => {
    const el = await fixture<NpBreadcrumb>(html`<np-breadcrumb>
      <nav><h2>Fil d'Ariane</h2>Vous êtes ici : <a href="/">Accueil</a> <span>»</span> <a href="/q">Quartiers</a> | <b>N-POWER</b></nav>
    </np-breadcrumb>`);
    expect(labels(el)).to.deep.equal(['Accueil', 'Quartiers', 'N-POWER']);
    expect(current(el)!.textContent).to.equal('N-POWER');
  });

  it('unlinks a last link to the page itself, which is the current page', async () => {
    const el = await fixture<NpBreadcrumb>(html`<np-breadcrumb>
      <ol><li><a href="/">Accueil</a></li><li><a href=${location.pathname + location.search}>Cette page</a></li></ol>
    </np-breadcrumb>`);
    expect(links(el)).to.have.length(1);
    expect(current(el)!.textContent).to.equal('Cette page');
  });

  it('leaves markup it cannot read as printed, visible, with one warning naming it', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await fixture<NpBreadcrumb>(html`<np-breadcrumb>
      <a href="/"><svg width="16" height="16"></svg></a> / <a href="/q">Quartiers</a> / <span>N-POWER</span>
    </np-breadcrumb>`);
    expect(shadow(el).querySelector('nav')).to.equal(null);
    expect(shadow(el).querySelector('slot')!.assignedNodes().length).to.be.greaterThan(0);
    expect(el.querySelector('a[href="/q"]')!.getBoundingClientRect().width).to.be.greaterThan(0);
    expect(warn.callCount).to.equal(1);
    expect(String(warn.firstCall.args[0])).to.include('<np-breadcrumb> slot:');
  });

  it('shows an empty trail as printed too, rather than a blank widget', async () => {
    const el = await fixture<NpBreadcrumb>(html`<np-breadcrumb><p>Accueil</p></np-breadcrumb>`);
    el.items = [];
    await el.updateComplete;
    expect(shadow(el).querySelector('slot')).to.not.equal(null);
    expect(el.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });
});
