import { expect } from '@open-wc/testing';
import { loadModuleScript, openPage, withoutScripts } from '../../../test-support/pages.js';
import { readStructuredData } from '../../../test-support/structured-data.js';
import { NpFundingBreakdown } from '../src/funding-breakdown.js';
import '../src/define.js';

const seedPage = '/packages/funding-breakdown/examples/seed.html';
const clean = (value: string | null | undefined) => (value ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

describe('dist/cdn/np-funding-breakdown.js on the seed page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('shows the seed’s list before any script runs', async () => {
    const frame = await openPage({ srcdoc: await withoutScripts(seedPage) });
    const items = [...frame.contentDocument!.querySelectorAll('np-funding-breakdown li')];
    expect(items.map((item) => item.textContent)).to.deep.equal(['FEDER 50%', 'Région wallonne 40%', 'Ville de Liège 10%']);
    expect(items[0]!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('shows the three amounts exactly, in a table a screen reader reads as a table, under a strict CSP', async () => {
    const page = (await openPage({ src: seedPage })).contentWindow!;
    await page.customElements.whenDefined('np-funding-breakdown');
    const widget = page.document.querySelector('np-funding-breakdown')!;
    await widget.updateComplete;
    const table = widget.shadowRoot!.querySelector('table')!;
    expect(getComputedStyle(table).display).to.equal('table');
    expect(clean(table.querySelector('caption')!.textContent)).to.equal('Qui finance le projet');
    expect([...table.querySelectorAll('tbody td:last-child')].map((cell) => clean(cell.textContent))).to.deep.equal([
      '269 674,79 €',
      '215 739,83 €',
      '53 934,96 €',
    ]);
    expect([...table.querySelectorAll('th[scope]')]).to.have.length(7);
    expect(widget.shadowRoot!.querySelectorAll('[part="eu-emblem"] polygon')).to.have.length(12);
    expect((readStructuredData(widget) as { '@graph': unknown[] })['@graph']).to.have.length(3);
  });

  it('registers quietly a second time, from the CDN file on a page that has the npm build', async () => {
    expect(await loadModuleScript('/packages/funding-breakdown/dist/cdn/np-funding-breakdown.js')).to.deep.equal([]);
    expect(customElements.get('np-funding-breakdown')).to.equal(NpFundingBreakdown);
  });
});
