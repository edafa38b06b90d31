import { expect } from '@open-wc/testing';
import { openPage, withoutScripts } from '../../../test-support/pages.js';
import { readStructuredData } from '../../../test-support/structured-data.js';

const examplePage = '/packages/breadcrumb/examples/cdn.html';

describe('dist/cdn/np-breadcrumb.js on a plain page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('shows the plain links before any script runs', async () => {
    const page = (await openPage({ srcdoc: await withoutScripts(examplePage) })).contentWindow!;
    const breadcrumb = page.document.querySelector('np-breadcrumb')!;
    expect(page.customElements.get('np-breadcrumb')).to.equal(undefined);
    const anchors = [...breadcrumb.querySelectorAll('a')];
    expect(anchors.map((a) => a.textContent)).to.deep.equal([
      'Accueil',
      'Vie Communale',
      'Services communaux',
      'Quartiers',
      'Bressoux-Droixhe',
    ]);
    for (const anchor of anchors) expect(anchor.getBoundingClientRect().width).to.be.greaterThan(0);
    expect(breadcrumb.textContent).to.include('Projet Interreg EMR N-POWER');
  });

  it('renders the widget from the CDN file alone, under a strict Content-Security-Policy', async () => {
    const page = (await openPage({ src: examplePage })).contentWindow!;
    await page.customElements.whenDefined('np-breadcrumb');
    const breadcrumb = page.document.querySelector('np-breadcrumb')!;
    await breadcrumb.updateComplete;
    const root = breadcrumb.shadowRoot!;
    expect(root.querySelector('nav')!.getAttribute('aria-label')).to.equal('Vous êtes ici');
    expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      '/',
      '/vie-communale',
      '/vie-communale/services-communaux',
      '/vie-communale/services-communaux/quartiers',
      '/vie-communale/services-communaux/quartiers/bressoux-droixhe',
    ]);
    expect(root.querySelector('[aria-current="page"]')!.textContent).to.equal('Projet Interreg EMR N-POWER');
    expect(root.querySelector('a')!.getBoundingClientRect().width).to.be.greaterThan(0);
    expect(readStructuredData(breadcrumb)!.itemListElement).to.have.length(6);
  });
});
