// Web-test-runner commands for focus tests. `np-focus-window` gives the test page's window the
// focus (Puppeteer: Chromium and Firefox). `np-forced-colors` turns forced colours (Windows High Contrast) on or off for the
// test page. Chromium emulates the media feature over CDP; Firefox's WebDriver BiDi and WebKit's
// WebDriver classic cannot, so the command answers `{ supported: false }` there and tests say so.
export function focusCommandsPlugin() {
  return {
    name: 'np-focus-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'np-forced-colors' && command !== 'np-focus-window') return undefined;
      const page = session.browser.type === 'puppeteer' ? session.browser.getPage(session.id) : undefined;
      // :focus and :focus-visible match only in a focused window; headless Firefox starts without focus.
      if (command === 'np-focus-window') {
        await page?.bringToFront();
        return { supported: !!page };
      }
      if (!page || page.browser().protocol !== 'cdp') return { supported: false };
      await page.emulateMediaFeatures([{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }]);
      return { supported: true };
    },
  };
}
