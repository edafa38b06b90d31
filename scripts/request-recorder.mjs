// A web-test-runner command that records every request a test page makes, iframes included,
// at the browser's network layer: tests use it to prove that nothing reaches a video provider
// before consent. Available where the page is driven by Puppeteer (Chromium over CDP, Firefox
// over WebDriver BiDi); WebDriver classic (WebKit) has no network events, so the command
// answers `{ supported: false }` there and tests fall back to what the page itself can see.
const recordings = new Map();

export function requestRecorderPlugin() {
  return {
    name: 'np-request-recorder',
    async executeCommand({ command, payload, session }) {
      if (command !== 'np-record-requests') return undefined;
      const page = session.browser.type === 'puppeteer' ? session.browser.getPage(session.id) : undefined;
      if (!page) return { supported: false, urls: [] };
      const previous = recordings.get(session.id);
      if (payload?.action === 'read') return { supported: true, urls: [...(previous?.urls ?? [])] };
      if (previous) page.off('request', previous.listener);
      recordings.delete(session.id);
      if (payload?.action === 'stop') return { supported: true, urls: previous?.urls ?? [] };
      const urls = [];
      const listener = (request) => urls.push(request.url());
      page.on('request', listener);
      recordings.set(session.id, { urls, listener });
      return { supported: true, urls: [] };
    },
  };
}
