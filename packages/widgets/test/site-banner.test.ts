import { expect, waitUntil } from '@open-wc/testing';
import { cdnFolder, openProbedPage, type ProbedWindow } from './pages.js';

/*
 * A site's own banner tells the widgets what the visitor chose (the contract in "Guides/Consent
 * integration"): pushed to `window.npConsent` from a script that runs before any N-POWER file, or
 * dispatched as `np-consent` on DOMContentLoaded, as a banner re-announcing a stored choice does,
 * while the loader's chunks are still on their way. Each entry file must honour both.
 */
const video = (id: string) => `<np-consent-video src="https://www.youtube.com/watch?v=${id}" video-title="Droixhe ${id}"></np-consent-video>`;
const player = (page: ProbedWindow, index: number) =>
  page.document.querySelectorAll('np-consent-video')[index]?.shadowRoot?.querySelector('iframe') ?? null;

const banners = {
  'pushed from an inline script at the top of <body>': `<script>(window.npConsent = window.npConsent || []).push({ service: 'youtube', granted: true });</script>`,
  'dispatched on DOMContentLoaded': `<script>document.addEventListener('DOMContentLoaded', () => document.dispatchEvent(new CustomEvent('np-consent', { detail: { service: 'youtube', granted: true } })));</script>`,
};

for (const entry of ['np-loader.js', 'np-widgets.js']) {
  describe(`a site banner’s announcement, with ${entry}`, () => {
    afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

    for (const [when, banner] of Object.entries(banners)) {
      it(`loads every video of the service when ${when}`, async () => {
        const page = await openProbedPage(`<script type="module" src="${cdnFolder}${entry}"></script>`, `${banner}${video('N-POWER-EMR')}${video('N-POWER-TWO')}`);
        await page.customElements.whenDefined('np-consent-video');
        await waitUntil(() => player(page, 0) && player(page, 1), 'the announcement was lost', { timeout: 5000 });
        expect(player(page, 0)!.src).to.include('youtube-nocookie.com/embed/N-POWER-EMR');
        expect(page.npProbe.errors).to.deep.equal([]);
      });
    }
  });
}
