// Lighthouse 12 (pinned; the last line that runs on Node 20) on the N-POWER page, in Debian's
// Chromium started here, with its default mobile settings.
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from '../scripts/chromium.mjs';
import { freePort } from '../scripts/free-port.mjs';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

export async function runLighthouse(url) {
  const port = await freePort();
  const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, pipe: false, args: [...chromiumArgs, `--remote-debugging-port=${port}`] });
  try {
    const { lhr } = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: categories });
    const scores = Object.fromEntries(categories.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]));
    // What kept a category below 100, so the table says why.
    const failed = Object.values(lhr.audits)
      .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
      .map((audit) => audit.id);
    return { version: lhr.lighthouseVersion, scores, failedAudits: failed, runWarnings: lhr.runWarnings };
  } finally {
    await browser.close();
  }
}
