import { expect } from '@open-wc/testing';
import { loadModuleScript, openPage, withoutScripts } from '../../../test-support/pages.js';
import { readStructuredData } from '../../../test-support/structured-data.js';
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
    expect(readStructuredData(widget)!.member).to.have.length(13);
  });

  it('runs beside another widget’s CDN file, each with its own Lit, under the Trusted Types policy the guide gives', async () => {
    const cdnFile = '/packages/partner-list/dist/cdn/np-partner-list.js';
    // The same file under another URL is evaluated again: a second bundle creating its own "lit-html" policy.
    const twoBundles = async (trustedTypes: string) => {
      // The origin by name: Firefox does not match 'self' in a srcdoc frame.
      const csp = `default-src 'none'; script-src ${location.origin}; style-src ${location.origin}; require-trusted-types-for 'script'; ${trustedTypes}`;
      const frame = await openPage({
        srcdoc: `<!doctype html><html lang="nl"><head><meta http-equiv="Content-Security-Policy" content="${csp}"></head>
          <body><np-partner-list><ul><li data-country="BE"><a href="https://www.genk.be">Stad Genk</a></li></ul></np-partner-list></body></html>`,
      });
      const page = frame.contentWindow!;
      // The page's own policy for its script tags, as a CMS under Trusted Types has one.
      type PolicyFactory = { createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): unknown } };
      const loader = (page as Window & { trustedTypes?: PolicyFactory }).trustedTypes?.createPolicy('cms', { createScriptURL: (url) => url });
      const scriptUrl = (url: string) => (loader?.createScriptURL(url) ?? url) as string;
      const errors = [
        ...(await loadModuleScript(scriptUrl(cdnFile), page)),
        ...(await loadModuleScript(scriptUrl(`${cdnFile}?another-widget`), page)),
      ];
      return { page, errors };
    };
    const { page, errors } = await twoBundles("trusted-types cms lit-html 'allow-duplicates'");
    expect(errors).to.deep.equal([]);
    await page.customElements.whenDefined('np-partner-list');
    const widget = page.document.querySelector('np-partner-list')!;
    await widget.updateComplete;
    expect(clean(widget.shadowRoot!.querySelector('[part="place"]')!.textContent)).to.equal('België');
    // Where the browser enforces Trusted Types, the second bundle fails without 'allow-duplicates': why the guide asks for it.
    if ('trustedTypes' in page) {
      expect((await twoBundles('trusted-types cms lit-html')).errors).to.have.length(1);
    }
  });

  it('registers quietly a second time, from the CDN file on a page that has the npm build', async () => {
    expect(await loadModuleScript('/packages/partner-list/dist/cdn/np-partner-list.js')).to.deep.equal([]);
    expect(customElements.get('np-partner-list')).to.equal(NpPartnerList);
  });
});
