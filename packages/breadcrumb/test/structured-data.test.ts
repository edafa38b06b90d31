import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { NpBreadcrumb } from '../src/breadcrumb.js';
import { asRead, readStructuredData } from '../../../test-support/structured-data.js';
import { labels, settled } from './helpers.js';

describe('<np-breadcrumb structured-data>', () => {
  it('writes a schema.org BreadcrumbList with absolute URLs for all but the current page', async () => {
    const el = await fixture<NpBreadcrumb>(html`<np-breadcrumb structured-data>
      <a href="/">Accueil</a><a href="/vie-communale">Vie Communale</a><span>Projet Interreg EMR N-POWER</span>
    </np-breadcrumb>`);
    expect(readStructuredData(el)).to.deep.equal(asRead({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Accueil', item: new URL('/', location.href).href },
        { '@type': 'ListItem', position: 2, name: 'Vie Communale', item: new URL('/vie-communale', location.href).href },
        { '@type': 'ListItem', position: 3, name: 'Projet Interreg EMR N-POWER' },
      ],
    }));
    expect(labels(el)).to.have.length(3);
  });

  it('stays in sync with the items and goes when the attribute goes', async () => {
    const el = await fixture<NpBreadcrumb>(html`<np-breadcrumb structured-data>
      <a href="/">Accueil</a><span>Projet</span>
    </np-breadcrumb>`);
    el.querySelector('span')!.textContent = 'N-POWER';
    await settled(el);
    await el.updateComplete;
    expect(readStructuredData(el)!.itemListElement).to.deep.include({ '@type': 'ListItem', position: '2', name: 'N-POWER' });
    expect(el.querySelectorAll('[itemscope]:not([itemprop])')).to.have.length(1);
    el.removeAttribute('structured-data');
    await el.updateComplete;
    expect(readStructuredData(el)).to.equal(undefined);
    expect(labels(el)).to.deep.equal(['Accueil', 'N-POWER']);
  });

  it('writes nothing without the attribute', async () => {
    const el = await fixture<NpBreadcrumb>(html`<np-breadcrumb><a href="/">Accueil</a><span>Projet</span></np-breadcrumb>`);
    expect(readStructuredData(el)).to.equal(undefined);
  });
});
