import { expect } from '@open-wc/testing';
import { loadModuleScript, openPage, withoutScripts } from '../../../test-support/pages.js';
import { NpPartnerList } from '../src/partner-list.js';
import '../src/define.js';

const seedPage = '/packages/partner-list/examples/seed.html';
const clean = (value: string | null | undefined) => (value ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

describe('dist/cdn/np-partner-list.js on the seed page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('pastes the same partnership as the data file the stories show', async () => {
    const page = new DOMParser().parseFromString(await (await fetch(seedPage)).text(), 'text/html');
    const pasted = JSON.parse(page.querySelector('np-partner-list > script[type="application/json"]')!.textContent!);
    const file = await (await fetch('/packages/partner-list/examples/n-power-partners.json')).json();
    expect(pasted).to.deep.equal(file);
  });

  it('shows the plain list of partners before any script runs', async () => {
    const frame = await openPage({ srcdoc: await withoutScripts(seedPage) });
    const items = [...frame.contentDocument!.querySelectorAll('np-partner-list li')];
    expect(items).to.have.length(13);
    expect(items[2]!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('shows three groups with the right counts and French country names, under a strict CSP', async () => {
    const page = (await openPage({ src: seedPage })).contentWindow!;
    await page.customElements.whenDefined('np-partner-list');
    const widget = page.document.querySelector('np-partner-list')!;
    await widget.updateComplete;
    const shadow = widget.shadowRoot!;
    expect([...shadow.querySelectorAll('h3')].map((heading) => clean(heading.textContent))).to.deep.equal([
      'Coordinateurs (2)',
      'Partenaires (8)',
      'Partenaires académiques (3)',
    ]);
    expect([...shadow.querySelectorAll('[part="list"]')].map((list) => list.children.length)).to.deep.equal([2, 8, 3]);
    const places = [...shadow.querySelectorAll('[part="place"]')].map((place) => clean(place.textContent));
    expect(places).to.include.members(['Liège, Belgique', 'Heerlen, Pays-Bas', 'Aachen, Allemagne']);
    expect(clean(shadow.querySelector('[part="count"]')!.textContent)).to.equal('13 partenaires');
    expect(widget.querySelector('ul')!.getBoundingClientRect().height).to.equal(0);
    expect(JSON.parse(widget.querySelector('script[type="application/ld+json"]')!.textContent!).member).to.have.length(13);
  });

  it('registers quietly a second time, from the CDN file on a page that has the npm build', async () => {
    expect(await loadModuleScript('/packages/partner-list/dist/cdn/np-partner-list.js')).to.deep.equal([]);
    expect(customElements.get('np-partner-list')).to.equal(NpPartnerList);
  });
});
