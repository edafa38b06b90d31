// `npm run bench`: what the widgets cost a city page, measured against plain HTML and hand-written
// DOM in the same run, on this machine. Prints a table, writes bench/results.json, and exits
// non-zero when a budget is exceeded. Needs the builds (`npm run build`); not part of `npm test`,
// whose timings a benchmark would make flaky and whose machine it would slow down.
import { writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from '../scripts/chromium.mjs';
import { measureBytes } from '../scripts/sizes.mjs';
import { heapAfterGc, openSettled, summary } from './browser.mjs';
import { compareReferences } from './fidelity.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { attachDetachGrowth, attachDetachPath } from './memory.mjs';
import { emptyWidgetsPage, nPowerPage, renameWidgetTags, stressPage, stressPages } from './pages.mjs';
import { serve } from './server.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 15);
const budgets = {
  nPowerRatio: 1.3,
  stressRatio: 1.5,
  videoRatio: 1.6,
  layoutShift: 0,
  thirdPartyBeforeConsent: 0,
  lighthouse: { accessibility: 100, 'best-practices': 100, seo: 100 },
};

const pages = new Map();
const examples = '/packages/widgets/examples/';
pages.set(`${examples}n-power.bench-widgets.html`, nPowerPage('np-widgets.js'));
pages.set(`${examples}n-power.bench-loader.html`, nPowerPage('np-loader.js'));
pages.set(`${examples}n-power.bench-static.html`, nPowerPage('static'));
// What the N-POWER ratio is made of: any module script at all, and np-widgets.js with nothing to
// upgrade (the same page with the widgets' tags renamed, so its content is laid out alike).
pages.set(`${examples}n-power.bench-any-script.html`, renameWidgetTags(nPowerPage('any script'), 'x'));
pages.set(`${examples}n-power.bench-no-upgrade.html`, renameWidgetTags(nPowerPage('np-widgets.js'), 'x'));
pages.set(
  `${examples}n-power.bench-collapsed.html`,
  nPowerPage('np-widgets.js').replace('<np-breadcrumb structured-data>', '<np-breadcrumb structured-data max-items="3">'),
);
pages.set(attachDetachPath, emptyWidgetsPage());
const slug = (name) => name.replace(/\W+/g, '-').replace(/^-|-$/g, '');
for (const name of Object.keys(stressPages)) {
  for (const variant of ['widgets', 'plain']) {
    pages.set(`/bench/pages/${slug(name)}-${variant}.html`, stressPage(name, variant));
    pages.set(`/bench/pages/${slug(name)}-${variant}-one.html`, stressPage(name, variant, 1));
  }
}

const server = await serve(pages);
const base = server.origin;
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs });
const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, chromium: await browser.version() },
  runs,
  budgets,
};
const failures = [];
const check = (ok, what) => {
  if (!ok) failures.push(what);
  return ok ? 'ok' : 'OVER BUDGET';
};

try {
  // Bytes.
  results.bytes = measureBytes();
  for (const row of results.bytes) if (row.budget !== undefined) row.verdict = check(row.gzip <= row.budget, `${row.file}: ${row.gzip} B gzip > ${row.budget} B`);

  // The references first: a ratio against one that builds something else would mean nothing.
  results.references = await compareReferences(browser, base, (name, variant) => `/bench/pages/${slug(name)}-${variant}-one.html`);
  for (const row of results.references) {
    row.verdict = check(row.same, `bench/plain/ for ${row.name} differs from the widget: "${row.difference?.reference}" where the widget has "${row.difference?.widget}"`);
  }

  // Upgrade time, each subject against its reference, interleaved run by run so that any drift
  // of the machine touches both alike; one warm-up run each is not counted.
  const comparisons = [
    { name: 'N-POWER page, np-widgets.js, against static HTML', subject: `${examples}n-power.bench-widgets.html`, reference: `${examples}n-power.bench-static.html`, budget: budgets.nPowerRatio },
    { name: 'N-POWER page, np-loader.js, against static HTML', subject: `${examples}n-power.bench-loader.html`, reference: `${examples}n-power.bench-static.html`, budget: budgets.nPowerRatio },
    // No budget: they say how much of the ratio any script, and the file itself, cost.
    { name: 'N-POWER page, an empty module script, against static HTML', subject: `${examples}n-power.bench-any-script.html`, reference: `${examples}n-power.bench-static.html` },
    { name: 'N-POWER page, np-widgets.js with no widget to upgrade, against static HTML', subject: `${examples}n-power.bench-no-upgrade.html`, reference: `${examples}n-power.bench-static.html` },
    ...Object.keys(stressPages).map((name) => ({
      name: `${name}, against plain DOM`,
      subject: `/bench/pages/${slug(name)}-widgets.html`,
      reference: `/bench/pages/${slug(name)}-plain.html`,
      budget: name.startsWith('video') ? budgets.videoRatio : budgets.stressRatio,
      heap: true,
    })),
  ];
  results.upgrade = [];
  results.layoutShift = [];
  for (const comparison of comparisons) {
    const times = { subject: [], reference: [] };
    const heaps = { subject: [], reference: [] };
    const shifts = [];
    for (let run = 0; run <= runs; run++) {
      for (const role of ['subject', 'reference']) {
        const measured = await openSettled(browser, base + comparison[role], comparison.heap && run === runs ? heapAfterGc : undefined);
        if (measured.errors.length) throw new Error(`${comparison[role]}: ${measured.errors.join('; ')}`);
        if (run === 0) continue;
        times[role].push(measured.time);
        if (role === 'subject') shifts.push(measured.cls);
        if (measured.after !== undefined) heaps[role].push(measured.after);
      }
    }
    const subject = summary(times.subject);
    const reference = summary(times.reference);
    const ratio = subject.median / reference.median;
    results.upgrade.push({
      name: comparison.name,
      ratio,
      budget: comparison.budget,
      verdict: comparison.budget === undefined ? 'for reference' : check(ratio <= comparison.budget, `${comparison.name}: ratio ${ratio.toFixed(2)} > ${comparison.budget}`),
      subject,
      reference,
      heap: comparison.heap ? { subject: heaps.subject[0], reference: heaps.reference[0] } : undefined,
    });
    const worst = Math.max(...shifts);
    if (comparison.budget === undefined) continue;
    results.layoutShift.push({ name: `while ${comparison.name.split(', against')[0]} upgrades`, cls: worst, verdict: check(worst <= budgets.layoutShift, `layout shift while ${comparison.name} upgrades: ${worst}`) });
  }

  // Layout shift caused by the widgets themselves after an action (the action's own shifts
  // count: only what moves later, without input, would be a widget's doing).
  const actions = [
    ['the breadcrumb expands', `${examples}n-power.bench-collapsed.html`, 'np-breadcrumb >>> [part=expand]'],
    ['a filter changes', `${examples}n-power.bench-widgets.html`, 'np-partner-list >>> input[type=radio]:not(:checked)'],
    ['a video is activated', `${examples}n-power.bench-widgets.html`, 'np-consent-video >>> [part=play-button]'],
  ];
  for (const [what, path, selector] of actions) {
    const measured = await openSettled(browser, base + path, async (page) => {
      const before = await page.evaluate(() => window.__npBench.shifts.length);
      await page.click(selector);
      // Anything a widget moves afterwards, asynchronously, counts: give it a second.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      return page.evaluate((from) => window.__npBench.shifts.slice(from), before);
    });
    const late = measured.after.filter((shift) => !shift.hadRecentInput).reduce((sum, shift) => sum + shift.value, 0);
    results.layoutShift.push({ name: `when ${what}`, cls: late, verdict: check(late <= budgets.layoutShift, `layout shift when ${what}: ${late}`) });
  }

  // Privacy: the N-POWER page, loaded and left alone for a second, asks nothing of anyone else.
  results.privacy = [];
  for (const entry of ['widgets', 'loader']) {
    const measured = await openSettled(browser, `${base}${examples}n-power.bench-${entry}.html`, () => new Promise((resolve) => setTimeout(resolve, 1000)));
    results.privacy.push({
      name: `N-POWER page (${entry === 'widgets' ? 'np-widgets.js' : 'np-loader.js'}) before consent`,
      requests: measured.thirdParty,
      verdict: check(measured.thirdParty.length <= budgets.thirdPartyBeforeConsent, `requests to other origins before consent: ${measured.thirdParty.join(', ')}`),
    });
  }

  // Memory: widgets attached and detached, 50 times each.
  results.memory = await attachDetachGrowth(browser, base);
  for (const row of results.memory) row.verdict = check(row.withinNoise, `heap grows with ${row.widget}: ${row.growth} B over 50 cycles`);
} finally {
  await browser.close();
}

// Lighthouse starts a Chromium of its own.
results.lighthouse = await runLighthouse(`${base}${examples}n-power.bench-widgets.html`);
for (const [category, minimum] of Object.entries(budgets.lighthouse)) {
  const score = results.lighthouse.scores[category];
  results.lighthouse[`${category}Verdict`] = check(score >= minimum, `Lighthouse ${category}: ${score} < ${minimum}`);
}
await server.close();

await writeFile(new URL('results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
const { printResults } = await import('./report.mjs');
printResults(results);
if (failures.length) {
  console.error(`\n${failures.length} budget(s) exceeded:\n${failures.map((failure) => `  - ${failure}`).join('\n')}`);
  process.exitCode = 1;
}
