import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { recordRequests } from '../helpers.js';
import { forget, openManagerPage, youtubeRequestsDuring, type ManagerPage } from './harness.js';

/** A real consent manager, driven through its own buttons. */
export interface RealManager {
  /** `?cmp=` of page.html, and the adapter's name. */
  name: string;
  /** What it stores, to start each test as a first visit. */
  cookies: string[];
  storage?: string[];
  /** Its UI can be used (some wire their buttons a moment after showing them). */
  ready?: (page: ManagerPage) => Promise<void>;
  /** "Accept all" in its banner. */
  acceptAll(page: ManagerPage): Promise<void>;
  /** "Refuse all" in its banner. */
  refuseAll(page: ManagerPage): Promise<void>;
  /** Opens its preferences (from the video's control) and refuses YouTube there, then saves. */
  withdraw(page: ManagerPage): Promise<void>;
  /**
   * Its API accepts one service, so a click on a placeholder after the visitor's first choice
   * is recorded there (and remembered); otherwise the click holds for this page view only.
   */
  recordsClick: boolean;
}

const ready = async (manager: RealManager, page: ManagerPage) => {
  await manager.ready?.(page);
  return page;
};

/** The video with one real consent manager from npm, in page.html. */
export function describeRealManager(manager: RealManager): void {
  describe(`<np-consent-video> with the real ${manager.name}`, () => {
    beforeEach(() => forget(manager.cookies, manager.storage));
    afterEach(() => {
      document.querySelectorAll('iframe').forEach((frame) => frame.remove());
      forget(manager.cookies, manager.storage);
    });

    it('loaded first: nothing reaches YouTube before consent; "accept all" plays, is remembered, and withdrawing in the manager removes every player', async () => {
      const recording = await recordRequests();
      const page = await ready(manager, await openManagerPage(manager.name));
      await aTimeout(300);
      const before = recording.supported ? await recording.stop() : [];
      expect(before.filter((url) => url.includes('youtube')), 'requests before consent').to.deep.equal([]);
      expect(page.player(0)).to.equal(null);

      await manager.acceptAll(page);
      await page.expectPlayer(true, 'no player after "accept all"');
      await page.expectPlayer(true, 'the second video did not follow the manager', 1);
      expect(page.player(0)!.src).to.include('autoplay=0');

      await page.reload();
      await ready(manager, page);
      await page.expectPlayer(true, 'the acceptance was not remembered');

      const afterWithdrawal = await youtubeRequestsDuring(page, async () => {
        await manager.withdraw(page);
        await page.expectPlayer(false, 'the player stayed after withdrawal in the manager');
        await page.expectPlayer(false, 'the second player stayed after withdrawal', 1);
      });
      expect(afterWithdrawal, 'requests after withdrawal').to.deep.equal([]);

      expect(await youtubeRequestsDuring(page, () => page.reload()), 'requests after a reload').to.deep.equal([]);
      expect(page.player(0)).to.equal(null);
    });

    it('refused first: a click on one placeholder plays that video only, the other says consent was given, and the manager’s next save decides', async () => {
      const page = await ready(manager, await openManagerPage(manager.name));
      await manager.refuseAll(page);
      await aTimeout(100);
      expect(page.player(0)).to.equal(null);

      await page.clickVideo('play-button');
      await page.expectPlayer(true, 'the click did not play the video');
      expect(page.player(0)!.src).to.include('autoplay=1');
      expect(page.player(1), 'the other video loaded without being asked').to.equal(null);
      expect(page.part('notice', 1)!.textContent).to.include('Vous avez accepté les vidéos YouTube');
      await page.clickVideo('play-button', 1);
      await page.expectPlayer(true, 'one click did not play the other video', 1);

      if (manager.recordsClick) {
        // Recorded by the manager: the next page view plays at once…
        await page.reload();
        await ready(manager, page);
        await page.expectPlayer(true, 'the manager did not remember the click');
      }
      // …until the visitor refuses in the manager (for a click held for this page view, saving the same refusal again).
      await manager.withdraw(page);
      await page.expectPlayer(false, 'saving in the manager did not end the click’s grant');
      await page.expectPlayer(false, 'the other video kept its player', 1);
      await page.reload();
      expect(page.player(0)).to.equal(null);
    });

    it('a click before the visitor’s first choice plays the video and writes nothing in the manager', async () => {
      const page = await ready(manager, await openManagerPage(manager.name));
      const stored = () => [
        ...manager.cookies.map((name) => page.document.cookie.split('; ').find((cookie) => cookie.startsWith(`${name}=`)) ?? null),
        ...(manager.storage ?? []).map((key) => page.window.localStorage.getItem(key)),
      ];
      const before = stored();
      await page.clickVideo('play-button');
      await page.expectPlayer(true, 'the click did not play the video');
      expect(stored(), 'what the manager stored').to.deep.equal(before);
    });

    it('the control under the player stops it, withdraws the consent the click gave, and focuses the placeholder, also on a slow device', () =>
      stopWithTheControlUnderThePlayer(manager));

    it('loaded after the widget: the video follows the banner', async () => {
      const page = await ready(manager, await openManagerPage(manager.name, 'after'));
      expect(page.player(0)).to.equal(null);
      await manager.acceptAll(page);
      await page.expectPlayer(true, 'the video did not follow a manager loaded after it');
      await page.reload();
      await ready(manager, page);
      await page.expectPlayer(true, 'the acceptance was not remembered');
    });
  });
}

/**
 * The visitor refuses in the manager, plays the first video with a click, and stops it with the
 * control under the player, with the page's main thread slowed six times (Chromium): nothing more
 * reaches YouTube, focus is on the placeholder's button, and the manager holds nothing.
 */
async function stopWithTheControlUnderThePlayer(manager: RealManager): Promise<void> {
  const page = await ready(manager, await openManagerPage(manager.name));
  await manager.refuseAll(page);
  // As on a slow device (Chromium only): the player's frame settles focus a round trip behind the page.
  await executeServerCommand('np-cpu-throttle', { rate: 6 });
  try {
    const playing = await recordRequests();
    await page.clickVideo('play-button');
    await page.expectPlayer(true, 'the click did not play the video');
    const playerSrc = page.player(0)!.src;
    // The player's own request, so that the window below holds only what follows the withdrawal.
    if (playing.supported) await waitUntil(async () => (await playing.read()).includes(playerSrc), 'the player made no request');
    await playing.stop();
    const withdraw = page.part('withdraw-button')!;
    expect(withdraw.textContent!.trim()).to.equal('Arrêter la vidéo et retirer mon consentement');

    const requests = await youtubeRequestsDuring(page, async () => {
      withdraw.click();
      await page.expectPlayer(false, 'the player stayed');
    });
    expect(requests, 'requests after withdrawal').to.deep.equal([]);
    const video = page.videos()[0]!;
    expect(video.shadowRoot.activeElement?.getAttribute('part'), 'focus after withdrawal').to.equal('play-button');
  } finally {
    await executeServerCommand('np-cpu-throttle', { rate: 1 });
  }
  await page.reload();
  expect(page.player(0), 'the manager still held the click').to.equal(null);
}
