// Loads a page in a fresh browser context and reads what it cost: the time until every widget
// (or the plain script's output) is rendered and painted, the layout shifts on the way, and the
// requests to any origin but the page's.

/**
 * Runs in every page before its own scripts. `done` resolves once every np- element on the page
 * is defined and rendered (or, on a plain-DOM page, once its script ran), and a frame has been
 * produced, with `performance.now()` at that moment: the cost of parsing, fetching the script,
 * upgrading and the first style and layout of the result.
 */
function probe() {
  const shifts = [];
  new PerformanceObserver((list) => shifts.push(...list.getEntries().map(({ value, hadRecentInput }) => ({ value, hadRecentInput })))).observe({
    type: 'layout-shift',
    buffered: true,
  });
  const done = new Promise((resolve) => {
    addEventListener('DOMContentLoaded', async () => {
      // Static HTML has np- elements and no script: nothing will define them.
      const scripted = document.querySelector('script[type=module]');
      const widgets = scripted ? [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('np-')) : [];
      await Promise.all([...new Set(widgets.map((widget) => widget.localName))].map((tag) => customElements.whenDefined(tag)));
      await Promise.all(widgets.map((widget) => widget.updateComplete));
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
    });
  });
  window.__npBench = { shifts, done };
}

/** Layout shift as the Web Vitals count it: shifts right after an input are the visitor's doing. */
export const cumulativeLayoutShift = (shifts) => shifts.filter((shift) => !shift.hadRecentInput).reduce((sum, shift) => sum + shift.value, 0);

/**
 * Opens `url` in a new context. `then(page)` may act on the settled page (click, measure); its
 * result is returned with the figures. Requests to other origins are recorded and refused (the
 * machine has no route out, and a benchmark must not depend on one).
 */
export async function openSettled(browser, url, then) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    const origin = new URL(url).origin;
    const thirdParty = [];
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (new URL(request.url()).origin === origin || request.url().startsWith('data:')) return request.continue();
      thirdParty.push(request.url());
      return request.abort('blockedbyclient');
    });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.evaluateOnNewDocument(probe);
    await page.goto(url, { waitUntil: 'load' });
    // A widget that never renders would otherwise hang the run until the protocol times out.
    const time = await Promise.race([
      page.evaluate(() => window.__npBench.done),
      new Promise((resolve, reject) => setTimeout(() => reject(new Error(`${url}: widgets not rendered after 30 s`)), 30_000).unref()),
    ]);
    const after = then ? await then(page) : undefined;
    const shifts = await page.evaluate(() => window.__npBench.shifts);
    return { time, cls: cumulativeLayoutShift(shifts), shifts, thirdParty, errors, after };
  } finally {
    await context.close();
  }
}

/** JS heap in use after a full garbage collection, in bytes. */
export async function heapAfterGc(page) {
  const session = await page.createCDPSession();
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize;
}

/** Median, minimum and maximum. */
export function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1), runs: sorted.length };
}
