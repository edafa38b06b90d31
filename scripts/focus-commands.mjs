// Web-test-runner commands for focus tests. `np-focus-window` gives the test page's window the
// focus (Puppeteer: Chromium and Firefox). `np-forced-colors` turns forced colours (Windows High Contrast) on or off for the
// test page. Chromium emulates the media feature over CDP; Firefox's WebDriver BiDi and WebKit's
// WebDriver classic cannot, so the command answers `{ supported: false }` there and tests say so.
// `np-cpu-throttle` slows the test page's main thread (Chromium's CDP `Emulation.setCPUThrottlingRate`,
// `{ rate: 6 }`, `{ rate: 1 }` to end it), as on a slow device: races between the page and
// out-of-process frames show up there; elsewhere it answers `{ supported: false }`.
export function focusCommandsPlugin() {
  const throttling = new WeakMap();
  return {
    name: 'np-focus-commands',
    async executeCommand({ command, payload, session }) {
      if (!['np-forced-colors', 'np-focus-window', 'np-cpu-throttle'].includes(command)) return undefined;
      const page = session.browser.type === 'puppeteer' ? session.browser.getPage(session.id) : undefined;
      // :focus and :focus-visible match only in a focused window; headless Firefox starts without focus.
      if (command === 'np-focus-window') {
        await page?.bringToFront();
        return { supported: !!page };
      }
      if (!page || page.browser().protocol !== 'cdp') return { supported: false };
      if (command === 'np-cpu-throttle') {
        // Emulation lasts as long as the session that set it: one session per page, kept.
        if (!throttling.has(page)) throttling.set(page, await page.createCDPSession());
        await throttling.get(page).send('Emulation.setCPUThrottlingRate', { rate: payload?.rate ?? 1 });
        return { supported: true };
      }
      await page.emulateMediaFeatures([{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }]);
      return { supported: true };
    },
  };
}
