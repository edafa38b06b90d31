import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { NpBreadcrumb } from '@npower/breadcrumb';
import '@npower/breadcrumb/define.js';
import { cdnFolder, fetchedScripts } from './pages.js';

// In this test's own window: np-breadcrumb is already registered by the npm build, as on a site
// that bundles one widget and has the loader in its theme.
describe('np-loader.js beside other registrations and inside shadow roots', () => {
  it('leaves a tag to the file that registered it, and defines a widget in a shadow root on request', async () => {
    await fixture(html`<np-breadcrumb><a href="/">Accueil</a><span>Ici</span></np-breadcrumb>`);
    const loader = (await import(/* @vite-ignore */ `${cdnFolder}np-loader.js`)) as { upgrade(root: ShadowRoot): void };
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(customElements.get('np-breadcrumb')).to.equal(NpBreadcrumb);
    expect(fetchedScripts(window).filter((path) => path.startsWith('chunks/'))).to.deep.equal([]);

    // A component of the site's own: the document's observer cannot see into its shadow root.
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const card = document.createElement('np-contact-card');
    card.setAttribute('name', 'Maison de quartier de Droixhe');
    root.append(card);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(customElements.get('np-contact-card')).to.equal(undefined);

    loader.upgrade(root);
    await customElements.whenDefined('np-contact-card');
    await waitUntil(() => card.shadowRoot?.querySelector('[part="heading"]'), 'the contact card did not render');
    // And it keeps watching that root: a widget added to it later is defined too.
    const later = document.createElement('np-partner-list');
    later.innerHTML = '<ul><li>Ville de Liège</li></ul>';
    root.append(later);
    await customElements.whenDefined('np-partner-list');
    expect(fetchedScripts(window).map((path) => path.replace(/-[\w-]{8}\.js$/, '.js')).sort()).to.deep.equal([
      'chunks/np-contact-card.js',
      'chunks/np-partner-list.js',
      'chunks/np-runtime.js',
      'np-loader.js',
    ]);
  });
});
