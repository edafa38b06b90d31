import { expect } from '@open-wc/testing';
import { embedSnippet, type CdnIntegrity } from '../src/embed-snippet.js';
import { cdnFolder, openProbedPage, rendered } from './pages.js';

/*
 * A video link one line high becomes a 16:9 box when its widget renders: painted in between, the
 * text under it jumps down. The tag np-embed-snippet prints holds the first paint until the
 * widgets have rendered. Only Chromium reports layout shifts (and knows `blocking`); the other
 * engines paint as before.
 */
const reportsLayoutShifts = PerformanceObserver.supportedEntryTypes?.includes('layout-shift');

describe('the all-in-one tag from the embed snippet', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  (reportsLayoutShifts ? it : it.skip)('lets nothing on the page move when the widgets render', async () => {
    const integrity = (await (await fetch(`${cdnFolder}integrity.json`)).json()) as CdnIntegrity;
    const page = await openProbedPage(
      embedSnippet(integrity, cdnFolder).allInOne,
      `<p>Le projet a commencé en 2018.</p>
      <np-consent-video provider="youtube" video-id="N-POWER-EMR" video-title="Projet N-POWER">
        <a href="https://www.youtube.com/watch?v=N-POWER-EMR">Regarder la vidéo sur YouTube</a>
      </np-consent-video>
      <h2>Description du projet</h2>
      <p>La recherche-action a débuté en juin 2018.</p>`,
    );
    await rendered(page, ['np-consent-video']);
    const video = page.document.querySelector('np-consent-video')!;
    // The widget did change the layout: far taller than the one-line link it replaced.
    expect(video.getBoundingClientRect().height).to.be.above(200);
    const shifts = await new Promise<PerformanceEntryList>((resolve) => {
      const { PerformanceObserver: PageObserver } = page as unknown as typeof globalThis;
      new PageObserver((list, observer) => {
        observer.disconnect();
        resolve(list.getEntries());
      }).observe({ type: 'layout-shift', buffered: true });
      // An observer with nothing buffered is never called.
      setTimeout(() => resolve([]), 500);
    });
    expect(shifts.map((shift) => (shift as PerformanceEntry & { value: number }).value)).to.deep.equal([]);
    expect(page.npProbe.errors).to.deep.equal([]);
  });
});
