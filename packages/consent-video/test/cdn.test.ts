import { expect, waitUntil } from '@open-wc/testing';
import { hostOf, recordRequests } from './helpers.js';
import { openPage, withoutScripts } from '../../../test-support/pages.js';

const seedPage = '/packages/consent-video/examples/seed.html';
/** The origins the issue names, and their subdomains. */
const google = /(^|\.)(youtube\.com|youtube-nocookie\.com|ytimg\.com|googlevideo\.com|google\.com|doubleclick\.net)$/;

describe('dist/cdn/np-consent-video.js on the seed page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('makes zero requests to Google’s video origins before consent, under a strict CSP', async () => {
    const recording = await recordRequests();
    const page = (await openPage({ src: seedPage }, 800, 900)).contentWindow!;
    await page.customElements.whenDefined('np-consent-video');
    const video = page.document.querySelector('np-consent-video')!;
    await video.updateComplete;
    // Everything the page wanted (poster included) has loaded or failed by now.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const seenByBrowser = recording.supported ? await recording.stop() : [];
    const seenByPage = page.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect([...seenByBrowser, ...seenByPage].filter((url) => google.test(hostOf(url)))).to.deep.equal([]);
    expect(seenByPage.some((url) => url.endsWith('/poster.svg'))).to.equal(true);
    const root = video.shadowRoot!;
    expect(root.querySelector('[part="title"]')!.textContent).to.equal(
      'Projet Interreg EMR N-POWER : processus, résultats et perspectives',
    );
    expect(root.querySelector('[part="notice"]')!.textContent).to.equal('Cette fonctionnalité nécessite l’acceptation des cookies.');
    expect(root.querySelector('iframe')).to.equal(null);
  });

  it('loads the privacy-enhanced player once the visitor accepts', async () => {
    const recording = await recordRequests();
    const page = (await openPage({ src: seedPage }, 800, 900)).contentWindow!;
    await page.customElements.whenDefined('np-consent-video');
    const video = page.document.querySelector('np-consent-video')!;
    await video.updateComplete;
    video.shadowRoot!.querySelector<HTMLButtonElement>('[part="play-button"]')!.click();
    await video.updateComplete;
    const src = 'https://www.youtube-nocookie.com/embed/N-POWER-EMR?rel=0&autoplay=1';
    expect(video.shadowRoot!.querySelector('iframe')!.src).to.equal(src);
    if (recording.supported) {
      await waitUntil(async () => (await recording.read()).includes(src), 'the player was never requested', { timeout: 5000 });
      await recording.stop();
    }
  });

  it('shows the plain link before any script runs', async () => {
    const frame = await openPage({ srcdoc: await withoutScripts(seedPage) });
    const link = frame.contentDocument!.querySelector('np-consent-video a')!;
    expect(link.getAttribute('href')).to.equal('https://www.youtube.com/watch?v=N-POWER-EMR');
    expect(link.getBoundingClientRect().width).to.be.greaterThan(0);
    expect(frame.contentDocument!.querySelector('iframe, img[src*="ytimg"]')).to.equal(null);
  });
});
