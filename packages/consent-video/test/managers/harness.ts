import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { openPage } from '../../../../test-support/pages.js';
import { hostOf, providerHosts, recordRequests } from '../helpers.js';

type Video = HTMLElement & { updateComplete: Promise<unknown>; shadowRoot: ShadowRoot };

/** page.html in an iframe, with one real consent manager. */
export class ManagerPage {
  /**
   * Every player the page showed: a removed player may still report its own request late (when
   * it fails, offline), which is not a new request.
   */
  readonly playersSeen = new Set<string>();

  constructor(readonly frame: HTMLIFrameElement) {}

  get window(): Window & { npPageReady?: boolean; npPageError?: string } {
    return this.frame.contentWindow as Window & { npPageReady?: boolean; npPageError?: string };
  }

  get document(): Document {
    return this.frame.contentDocument!;
  }

  videos(): Video[] {
    return [...this.document.querySelectorAll<Video>('np-consent-video')];
  }

  /** The first video's player, or null. */
  player(index = 0): HTMLIFrameElement | null {
    return this.videos()[index]!.shadowRoot.querySelector('iframe');
  }

  part(name: string, index = 0): HTMLElement | null {
    return this.videos()[index]!.shadowRoot.querySelector<HTMLElement>(`[part~="${name}"]`);
  }

  async settled(): Promise<void> {
    await waitUntil(() => this.window.npPageReady || this.window.npPageError, 'the page never finished loading', { timeout: 10000 });
    expect(this.window.npPageError).to.equal(undefined);
    await this.window.customElements.whenDefined('np-consent-video');
    await Promise.all(this.videos().map((video) => video.updateComplete));
  }

  /** Clicks a control of the manager's own UI once it is there and can be used. */
  async click(selector: string): Promise<void> {
    const element = await waitUntil(() => this.document.querySelector<HTMLElement>(selector), `no ${selector} in the page`, {
      timeout: 5000,
    }).then(() => this.document.querySelector<HTMLElement>(selector)!);
    element.click();
  }

  async clickVideo(part: string, index = 0): Promise<void> {
    await waitUntil(() => this.part(part, index), `no ${part} on video ${index}`, { timeout: 5000 });
    this.part(part, index)!.click();
    await this.videos()[index]!.updateComplete;
  }

  /** Waits until the first video shows its player (true) or its placeholder (false). */
  async expectPlayer(shown: boolean, message: string, index = 0): Promise<void> {
    await waitUntil(() => !!this.player(index) === shown, message, { timeout: 5000 });
    for (const video of this.videos()) {
      const src = video.shadowRoot.querySelector('iframe')?.src;
      if (src) this.playersSeen.add(src);
    }
  }

  /** A reload, as the visitor's next page view: what the manager remembered decides. */
  async reload(): Promise<void> {
    const loaded = new Promise((resolve) => this.frame.addEventListener('load', resolve, { once: true }));
    this.window.location.reload();
    await loaded;
    await this.settled();
  }
}

export async function openManagerPage(cmp: string, order: 'before' | 'after' = 'before'): Promise<ManagerPage> {
  const page = new ManagerPage(await openPage({ src: `/packages/consent-video/test/managers/page.html?cmp=${cmp}&order=${order}` }, 1000, 900));
  await page.settled();
  return page;
}

/** Deletes what a manager stored, cookie or localStorage, host-wide or for this host's domain. */
export function forget(cookies: readonly string[], storage: readonly string[] = []): void {
  for (const name of cookies) {
    for (const domain of ['', `; domain=${location.hostname}`]) {
      document.cookie = `${name}=; Max-Age=0; path=/${domain}`;
    }
  }
  for (const key of ['np-consent', ...storage]) localStorage.removeItem(key);
}

/**
 * Records requests to YouTube while `action` runs, at the browser's network layer where the
 * runner can (Chromium, Firefox); everywhere, checks what the page itself fetched.
 */
export async function youtubeRequestsDuring(page: ManagerPage, action: () => Promise<void>): Promise<string[]> {
  const recording = await recordRequests();
  const performance = page.window.performance;
  const started = performance.now();
  await action();
  // Give a player that would still be loading the time to ask.
  await aTimeout(300);
  const seen = recording.supported ? await recording.stop() : [];
  // Requests started during the action (a reload gives a new page, whose entries are all new). An
  // earlier request's entry can be added later, when it ends: its start time tells them apart.
  const reloaded = page.window.performance !== performance;
  const pageSeen = page.window.performance
    .getEntriesByType('resource')
    .filter((entry) => reloaded || entry.startTime >= started)
    .map((entry) => entry.name);
  return [...seen, ...pageSeen].filter((url) => providerHosts.youtube!.test(hostOf(url)) && !page.playersSeen.has(url));
}
