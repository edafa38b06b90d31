import { expect, waitUntil } from '@open-wc/testing';
import { axeViolations, clean, fetchedScripts, openExample, rendered } from './pages.js';

const loaderPage = '/packages/widgets/examples/loader.html';
const withoutHash = (paths: string[]) => paths.map((path) => path.replace(/-[\w-]{8}\.js$/, '.js'));

describe('dist/cdn/np-loader.js on a page of a city theme', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('fetches only the chunks of the widgets on the page, and the runtime once', async () => {
    const page = await openExample(loaderPage);
    await rendered(page, ['np-breadcrumb', 'np-funding-breakdown', 'np-contact-card']);
    expect(withoutHash(fetchedScripts(page))).to.deep.equal([
      'chunks/np-breadcrumb.js',
      'chunks/np-contact-card.js',
      'chunks/np-funding-breakdown.js',
      'chunks/np-runtime.js',
      'np-loader.js',
    ]);
    expect(page.customElements.get('np-partner-list')).to.equal(undefined);
    expect(page.customElements.get('np-consent-video')).to.equal(undefined);
    expect(page.npProbe.violations).to.deep.equal([]);
    expect(page.npProbe.errors).to.deep.equal([]);
    expect(await axeViolations(page)).to.deep.equal([]);
  });

  it('defines a widget that a script adds after load, nested in a block, with the runtime it already has', async () => {
    const page = await openExample(loaderPage);
    await rendered(page, ['np-breadcrumb', 'np-funding-breakdown', 'np-contact-card']);
    const block = page.document.createElement('section');
    const list = page.document.createElement('np-partner-list');
    const items = page.document.createElement('ul');
    items.append(Object.assign(page.document.createElement('li'), { textContent: 'Ville de Liège' }));
    list.append(items);
    block.append(list);
    page.document.getElementById('later')!.append(block);
    await page.customElements.whenDefined('np-partner-list');
    await waitUntil(() => list.shadowRoot?.querySelector('[part="list"]'), 'the partner list did not render');
    expect(clean(list.shadowRoot!.querySelector('[part="list"]')!.textContent)).to.include('Ville de Liège');
    const fetched = withoutHash(fetchedScripts(page));
    expect(fetched.filter((path) => path === 'chunks/np-runtime.js')).to.have.length(1);
    expect(fetched).to.include('chunks/np-partner-list.js').and.not.include('chunks/np-consent-video.js');
    expect(page.npProbe.errors).to.deep.equal([]);
  });
});
