import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { NpConsentVideo } from '../src/consent-video.js';
import { hostOf, pageRequests, playButton, player, providerHosts, recordRequests, resetConsent, shadow } from './helpers.js';

const cases = [
  {
    provider: 'youtube',
    markup: html`<np-consent-video src="https://www.youtube.com/watch?v=N-POWER-EMR" video-title="N-POWER" cmp="none"></np-consent-video>`,
    player: 'https://www.youtube-nocookie.com/embed/N-POWER-EMR?rel=0&autoplay=1',
  },
  {
    provider: 'vimeo',
    markup: html`<np-consent-video src="https://vimeo.com/76979871" video-title="N-POWER" cmp="none"></np-consent-video>`,
    player: 'https://player.vimeo.com/video/76979871?dnt=1&autoplay=1',
  },
  {
    provider: 'dailymotion',
    markup: html`<np-consent-video src="https://dai.ly/x7tgad0" video-title="N-POWER" cmp="none"></np-consent-video>`,
    player: 'https://www.dailymotion.com/embed/video/x7tgad0?autoplay=1',
  },
  {
    provider: 'peertube',
    markup: html`<np-consent-video
      src="https://tube.example.org/w/kkGMgK9ZtnKfYAgnEtQxbv"
      peertube-hosts="tube.example.org"
      video-title="N-POWER"
      cmp="none"
    ></np-consent-video>`,
    player: 'https://tube.example.org/videos/embed/kkGMgK9ZtnKfYAgnEtQxbv?p2p=0&warningTitle=0&autoplay=1',
  },
];

/** URLs the widget put in its shadow DOM that a browser would fetch. */
const fetchableUrls = (el: NpConsentVideo) =>
  [...shadow(el).querySelectorAll('iframe, img, link, script, source, video')].map(
    (node) => node.getAttribute('src') ?? node.getAttribute('href') ?? '',
  );

describe('requests to video providers', () => {
  beforeEach(resetConsent);
  afterEach(resetConsent);

  for (const { provider, markup, player: playerSrc } of cases) {
    it(`${provider}: none before consent, the privacy-enhanced player after`, async () => {
      const recording = await recordRequests();
      const el = await fixture<NpConsentVideo>(markup);
      // Give lazy loading, preconnects and hover prefetches their chance to happen.
      playButton(el).dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
      await aTimeout(500);
      const toProvider = (urls: string[]) => urls.filter((url) => providerHosts[provider]!.test(hostOf(url)));
      const before = recording.supported ? await recording.stop() : [];
      expect(toProvider(before), 'requests seen by the browser').to.deep.equal([]);
      expect(toProvider(pageRequests()), 'requests seen by the page').to.deep.equal([]);
      expect(toProvider(fetchableUrls(el)), 'URLs in the widget').to.deep.equal([]);

      const after = await recordRequests();
      playButton(el).click();
      await el.updateComplete;
      expect(player(el)!.src).to.equal(playerSrc);
      if (after.supported) {
        // The iframe's own request: proof that the recorder sees what a player would load.
        await waitUntil(async () => (await after.read()).includes(playerSrc), `the browser never requested ${playerSrc}`, {
          interval: 100,
          timeout: 5000,
        });
        await after.stop();
      }
    });
  }
});
