import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/define.js';
import type { NpBreadcrumb } from '../src/breadcrumb.js';
import { current, expandButton, items, labels, links, nav, seedTrail, settled, shadow } from './helpers.js';
import { assertAccessible } from '../../../test-support/accessibility.js';

const seedMarkup = html`<np-breadcrumb>
  <a href="/">Accueil</a>
  <a href="/vie-communale">Vie Communale</a>
  <a href="/vie-communale/services-communaux">Services communaux</a>
  <a href="/vie-communale/services-communaux/quartiers">Quartiers</a>
  <a href="/vie-communale/services-communaux/quartiers/bressoux-droixhe">Bressoux-Droixhe</a>
  <span>Projet Interreg EMR N-POWER</span>
</np-breadcrumb>`;

describe('<np-breadcrumb>', () => {
  const pageLang = document.documentElement.lang;
  beforeEach(() => {
    document.documentElement.lang = 'fr';
  });
  afterEach(() => {
    document.documentElement.lang = pageLang;
    sinon.restore();
  });

  describe('input forms', () => {
    it('reads the flat links a CMS prints, the last one being the current page', async () => {
      const el = await fixture<NpBreadcrumb>(seedMarkup);
      expect(labels(el)).to.deep.equal(seedTrail.map((item) => item.label));
      expect(links(el).map((a) => a.getAttribute('href'))).to.deep.equal(seedTrail.slice(0, 5).map((item) => item.href));
      expect(current(el)!.textContent).to.equal('Projet Interreg EMR N-POWER');
      expect(current(el)!.closest('a')).to.equal(null);
      expect(shadow(el).querySelector('ol')!.children).to.have.length(6);
    });

    it('leaves out the comments templates and server-rendered pages leave between the links', async () => {
      const trail = ['Accueil', 'Quartiers', 'N-POWER'];
      // Lit leaves a comment marker around each value it renders, as Vue's server rendering does.
      const el = await fixture<NpBreadcrumb>(html`<np-breadcrumb>
        <!-- breadcrumbs viewlet -->
        ${trail.slice(0, -1).map((label) => html`<a href="/${label}">${label}</a>`)}
        <span>${trail.at(-1)}</span>
      </np-breadcrumb>`);
      expect(labels(el)).to.deep.equal(trail);
      expect(links(el)).to.have.length(2);
    });

    it('reads an <ol> of <li><a>, as Plone and TYPO3 print it', async () => {
      const el = await fixture<NpBreadcrumb>(html`<np-breadcrumb>
        <ol>
          <li><a href="/">Accueil</a></li>
          <li><a href="/quartiers">Quartiers</a></li>
          <li><span>N-POWER</span></li>
        </ol>
      </np-breadcrumb>`);
      expect(labels(el)).to.deep.equal(['Accueil', 'Quartiers', 'N-POWER']);
      expect(links(el)).to.have.length(2);
    });

    it('reads a <ul> whose last item is still a link, and does not link the current page', async () => {
      const el = await fixture<NpBreadcrumb>(html`<np-breadcrumb>
        <ul>
          <li><a href="/">Home</a></li>
          <li><a href="/n-power" aria-current="page">N-POWER</a></li>
        </ul>
      </np-breadcrumb>`);
      expect(links(el)).to.have.length(1);
      expect(current(el)!.textContent).to.equal('N-POWER');
    });

    it('takes an items property over the light DOM', async () => {
      const el = await fixture<NpBreadcrumb>(seedMarkup);
      el.items = [{ label: 'Start', href: '/' }, { label: 'Projekt', lang: 'de' }];
      await el.updateComplete;
      expect(labels(el)).to.deep.equal(['Start', 'Projekt']);
      el.items = undefined;
      await el.updateComplete;
      expect(labels(el)).to.have.length(6);
    });

    it('keeps a per-item lang', async () => {
      const el = await fixture<NpBreadcrumb>(html`<np-breadcrumb>
        <a href="/">Accueil</a><a href="/genk" lang="nl">Stad Genk</a><span lang="de">Aachen</span>
      </np-breadcrumb>`);
      const [, genk, aachen] = items(el);
      expect(genk!.lang).to.equal('nl');
      expect(aachen!.lang).to.equal('de');
      expect(items(el)[0]!.hasAttribute('lang')).to.equal(false);
    });

    it('picks up light DOM changes after upgrade', async () => {
      const el = await fixture<NpBreadcrumb>(seedMarkup);
      const added = document.createElement('span');
      added.textContent = 'Autour de l’étang';
      el.querySelector('span')!.replaceWith(Object.assign(document.createElement('a'), { href: '/n-power', textContent: 'N-POWER' }), added);
      await settled(el);
      expect(labels(el).slice(-2)).to.deep.equal(['N-POWER', 'Autour de l’étang']);
      el.querySelector('a')!.textContent = 'Home';
      await settled(el);
      expect(labels(el)[0]).to.equal('Home');
    });

    it('skips entries without a label, with a warning', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<NpBreadcrumb>(html`<np-breadcrumb></np-breadcrumb>`);
      el.items = [{ label: ' ' }, { label: 'Accueil', href: '/' }, null as never, { label: 'Projet' }];
      await el.updateComplete;
      expect(labels(el)).to.deep.equal(['Accueil', 'Projet']);
      expect(warn.callCount).to.equal(2);
      expect(warn.firstCall.args[0]).to.include('<np-breadcrumb> items:');
    });

    it('falls back to the light DOM, with a warning, when items is not an array', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<NpBreadcrumb>(seedMarkup);
      el.items = 'Accueil / Projet' as never;
      await el.updateComplete;
      expect(labels(el)).to.have.length(6);
      expect(warn.firstCall.args[0]).to.include('<np-breadcrumb> items:');
    });

    it('renders no landmark, without throwing, when there are no items', async () => {
      const el = await fixture<NpBreadcrumb>(html`<np-breadcrumb></np-breadcrumb>`);
      expect(shadow(el).querySelector('nav')).to.equal(null);
      el.items = [];
      await el.updateComplete;
      expect(shadow(el).querySelector('nav')).to.equal(null);
    });
  });

  describe('navigation landmark', () => {
    it('is named with the localised label, shown as a visible prefix', async () => {
      const el = await fixture<NpBreadcrumb>(seedMarkup);
      expect(nav(el).getAttribute('aria-label')).to.equal('Vous êtes ici');
      const prefix = shadow(el).querySelector('[part="label"]')!;
      expect(prefix.textContent).to.equal('Vous êtes ici');
      expect(getComputedStyle(prefix, '::after').content).to.equal('"\u00a0:"');
    });

    it('takes its name from the label attribute', async () => {
      const el = await fixture<NpBreadcrumb>(seedMarkup);
      el.label = 'Fil d’Ariane';
      await el.updateComplete;
      expect(nav(el).getAttribute('aria-label')).to.equal('Fil d’Ariane');
    });

    it('hides the prefix with hide-label and keeps the name', async () => {
      const el = await fixture<NpBreadcrumb>(seedMarkup);
      el.setAttribute('hide-label', '');
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="label"]')).to.equal(null);
      expect(nav(el).getAttribute('aria-label')).to.equal('Vous êtes ici');
    });

    for (const [lang, label] of [
      ['fr', 'Vous êtes ici'],
      ['nl', 'U bent hier'],
      ['de', 'Sie sind hier'],
      ['en', 'You are here'],
      ['es', 'You are here'],
    ]) {
      it(`speaks ${lang}`, async () => {
        document.documentElement.lang = lang!;
        const el = await fixture<NpBreadcrumb>(seedMarkup);
        expect(nav(el).getAttribute('aria-label')).to.equal(label);
      });
    }

    it('follows a runtime change of <html lang>', async () => {
      const el = await fixture<NpBreadcrumb>(html`<np-breadcrumb max-items="3">
        <a href="/">Accueil</a><a href="/a">A</a><a href="/b">B</a><span>C</span>
      </np-breadcrumb>`);
      document.documentElement.lang = 'nl-BE';
      await settled(el);
      expect(nav(el).getAttribute('aria-label')).to.equal('U bent hier');
      expect(expandButton(el)!.getAttribute('aria-label')).to.equal('Volledig pad tonen');
      document.documentElement.lang = 'de';
      await settled(el);
      expect(nav(el).getAttribute('aria-label')).to.equal('Sie sind hier');
    });
  });

  describe('separators', () => {
    it('come from CSS, are hidden from screen readers and follow --np-breadcrumb-separator', async () => {
      const el = await fixture<NpBreadcrumb>(seedMarkup);
      const separators = [...shadow(el).querySelectorAll('[part="separator"]')];
      expect(separators).to.have.length(5);
      expect(separators.every((separator) => separator.getAttribute('aria-hidden') === 'true')).to.equal(true);
      expect(separators.every((separator) => separator.textContent === '')).to.equal(true);
      expect(getComputedStyle(separators[0]!, '::before').content).to.equal('"/"');
      el.style.setProperty('--np-breadcrumb-separator', '"›"');
      expect(getComputedStyle(separators[0]!, '::before').content).to.equal('"›"');
    });

    it('mirror with dir="rtl"', async () => {
      const el = await fixture<NpBreadcrumb>(html`<div dir="rtl">${seedMarkup}</div>`);
      const breadcrumb = el.querySelector('np-breadcrumb')!;
      await breadcrumb.updateComplete;
      const [first, second] = items(breadcrumb);
      expect(first!.getBoundingClientRect().left).to.be.greaterThan(second!.getBoundingClientRect().left);
      const separator = shadow(breadcrumb).querySelector('[part="separator"]')!;
      expect(getComputedStyle(separator, '::before').transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    });
  });

  describe('unsafe URLs', () => {
    it('render the item as text, with a warning naming href', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<NpBreadcrumb>(html`<np-breadcrumb>
        <a href="/">Accueil</a><a href="javascript:alert(1)">Piège</a><span>Projet</span>
      </np-breadcrumb>`);
      expect(links(el)).to.have.length(1);
      expect(labels(el)).to.deep.equal(['Accueil', 'Piège', 'Projet']);
      expect(shadow(el).querySelector('[part="text"]')!.textContent).to.equal('Piège');
      expect(shadow(el).innerHTML).not.to.include('javascript');
      expect(warn.calledOnce).to.equal(true);
      expect(warn.firstCall.args[0]).to.include('<np-breadcrumb> href:').and.to.include('Piège');
    });

    it('are dropped from the items property too', async () => {
      sinon.stub(console, 'warn');
      const el = await fixture<NpBreadcrumb>(html`<np-breadcrumb></np-breadcrumb>`);
      el.items = [{ label: 'A', href: ' JaVaScRiPt:alert(1)' }, { label: 'B', href: 'data:text/html,x' }, { label: 'C' }];
      await el.updateComplete;
      expect(links(el)).to.have.length(0);
    });
  });

  describe('collapsing with max-items', () => {
    const long = html`<np-breadcrumb max-items="3">
      <a href="/">Accueil</a>
      <a href="/vie-communale">Vie Communale</a>
      <span>Services communaux</span>
      <a href="/quartiers">Quartiers</a>
      <a href="/bressoux-droixhe">Bressoux-Droixhe</a>
      <span>Projet Interreg EMR N-POWER</span>
    </np-breadcrumb>`;

    it('shows the first item, a button and the last ones', async () => {
      const el = await fixture<NpBreadcrumb>(long);
      expect(labels(el)).to.deep.equal(['Accueil', '…', 'Bressoux-Droixhe', 'Projet Interreg EMR N-POWER']);
      const button = expandButton(el)!;
      expect(button.type).to.equal('button');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-label')).to.equal('Afficher le chemin complet');
    });

    it('does not collapse without max-items or when everything fits', async () => {
      const el = await fixture<NpBreadcrumb>(seedMarkup);
      expect(expandButton(el)).to.equal(null);
      el.maxItems = 6;
      await el.updateComplete;
      expect(expandButton(el)).to.equal(null);
    });

    it('takes the button’s name from expand-label', async () => {
      const el = await fixture<NpBreadcrumb>(long);
      el.setAttribute('expand-label', 'Tout le chemin');
      await el.updateComplete;
      expect(expandButton(el)!.getAttribute('aria-label')).to.equal('Tout le chemin');
    });

    it('ignores an invalid max-items, with a warning', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<NpBreadcrumb>(html`<np-breadcrumb max-items="one">
        <a href="/">A</a><a href="/b">B</a><a href="/c">C</a><span>D</span>
      </np-breadcrumb>`);
      expect(labels(el)).to.have.length(4);
      expect(warn.firstCall.args[0]).to.include('<np-breadcrumb> max-items:');
    });

    for (const [name, key] of [
      ['Enter', 'Enter'],
      ['Space', ' '],
    ]) {
      it(`reveals every item with ${name} and moves focus to the first revealed link`, async () => {
        const el = await fixture<NpBreadcrumb>(long);
        shadow(el).querySelector<HTMLElement>('a')!.focus();
        await sendKeys({ press: 'Tab' });
        expect(shadow(el).activeElement).to.equal(expandButton(el));
        await sendKeys({ press: key! });
        await el.updateComplete;
        await nextFrame();
        expect(expandButton(el)).to.equal(null);
        expect(labels(el)).to.have.length(6);
        expect(shadow(el).activeElement!.textContent).to.equal('Vie Communale');
      });
    }

    it('focuses the first revealed link even when the first revealed item has none', async () => {
      const el = await fixture<NpBreadcrumb>(html`<np-breadcrumb max-items="2">
        <a href="/">A</a><span>B</span><a href="/c">C</a><span>D</span>
      </np-breadcrumb>`);
      expandButton(el)!.click();
      await el.updateComplete;
      expect(shadow(el).activeElement!.textContent).to.equal('C');
    });

    it('keeps focus in the trail when no revealed item is a link', async () => {
      const el = await fixture<NpBreadcrumb>(html`<np-breadcrumb max-items="2">
        <a href="/">A</a><span>B</span><span>C</span><span>D</span>
      </np-breadcrumb>`);
      expandButton(el)!.click();
      await el.updateComplete;
      expect(shadow(el).activeElement).to.equal(shadow(el).querySelector('ol'));
      expect(document.activeElement).to.equal(el);
    });
  });

  describe('accessibility', () => {
    it('has no axe violations by default', async () => {
      const el = await fixture<NpBreadcrumb>(seedMarkup);
      await assertAccessible(el);
    });

    it('has no axe violations collapsed and expanded', async () => {
      const el = await fixture<NpBreadcrumb>(html`<np-breadcrumb max-items="3">
        <a href="/">Accueil</a><a href="/a">A</a><a href="/b">B</a><a href="/c">C</a><span>D</span>
      </np-breadcrumb>`);
      await assertAccessible(el);
      expandButton(el)!.click();
      await el.updateComplete;
      await assertAccessible(el);
    });

    it('has no axe violations without a visible label', async () => {
      const el = await fixture<NpBreadcrumb>(seedMarkup);
      el.hideLabel = true;
      await el.updateComplete;
      await assertAccessible(el);
    });
  });
});
