// Does a widget let go of what it holds when it leaves the page? Each widget is attached,
// rendered and detached 50 times after 10 warm-up cycles (which fill the caches a page keeps on
// purpose: Intl formatters, Lit's templates); the heap after a full garbage collection is compared
// before and after. Judged against the heap's own noise on this page: five readings at rest.
import { heapAfterGc } from './browser.mjs';
import { oneOfEach } from './pages.mjs';

export const attachDetachPath = '/bench/pages/attach-detach.html';

/** Bytes the heap may grow by over 50 cycles and still count as noise: 3× the spread at rest, at least 16 KiB (about 330 B a cycle). */
const allowance = (spread) => Math.max(3 * spread, 16 * 1024);

function cycle(markup, cycles) {
  return (async () => {
    const template = document.createElement('template');
    template.innerHTML = markup;
    for (let index = 0; index < cycles; index++) {
      const fragment = document.importNode(template.content, true);
      const widget = fragment.firstElementChild;
      document.body.append(fragment);
      await widget.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      widget.remove();
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  })();
}

export async function attachDetachGrowth(browser, base) {
  const context = await browser.createBrowserContext();
  const rows = [];
  try {
    const page = await context.newPage();
    await page.goto(base + attachDetachPath, { waitUntil: 'load' });
    await page.evaluate(() => customElements.whenDefined('np-breadcrumb'));
    const atRest = [];
    for (let reading = 0; reading < 5; reading++) {
      atRest.push(await heapAfterGc(page));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const spread = Math.max(...atRest) - Math.min(...atRest);
    for (const [widget, markup] of Object.entries(oneOfEach)) {
      await page.evaluate(cycle, markup, 10);
      const before = await heapAfterGc(page);
      await page.evaluate(cycle, markup, 50);
      const after = await heapAfterGc(page);
      const growth = after - before;
      const left = await page.evaluate(() => [...document.body.querySelectorAll('*')].filter((element) => element.localName.startsWith('np-')).length);
      rows.push({ widget, before, after, growth, noise: spread, allowance: allowance(spread), withinNoise: growth <= allowance(spread) && left === 0 });
    }
  } finally {
    await context.close();
  }
  return rows;
}
