// Renders every story of the built Storybook in every language and theme and checks it with
// axe-core against WCAG 2.2 A and AA and best practices: the same engine as @storybook/addon-a11y,
// run headless so that a violation fails `npm test` instead of waiting for a designer to open the panel. Also checks
// that the docs pages carry the descriptions from the Custom Elements Manifest.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { axeTags, pageRules } from '../test-support/axe-tags.js';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { serveFiles } from './static-server.mjs';

const root = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const locales = ['fr', 'nl', 'de', 'en'];
const themes = JSON.parse(await readFile(new URL('../.storybook/themes.json', import.meta.url), 'utf8')).map(({ value }) => value);
/**
 * Every story in every language on the default page, and in every other theme in French. A
 * theme changes colours, fonts and spacing, not words, so one language per theme is enough there.
 */
const passes = [...locales.map((locale) => ({ locale, theme: 'default' })), ...themes.filter((theme) => theme !== 'default').map((theme) => ({ locale: 'fr', theme }))];

/** Text that must appear on a docs page, proving where it came from. */
const docsExpectations = {
  'widgets-breadcrumb--docs': [
    'Hides the visible prefix; the landmark keeps its name.', // attribute, from the manifest
    '--np-breadcrumb-separator', // CSS custom property
    'The button that reveals collapsed items.', // CSS part
  ],
  'guides-embedding-in-a-cms--docs': ['<script type="module"', "import '@npower/breadcrumb/define.js';"],
  'widgets-consent-video--docs': [
    'The visitor pressed the accept button.', // event, from the manager
    '--np-video-placeholder-background',
    'Offers an "always allow" checkbox on the placeholder, kept in this browser',
    'stops the video and withdraws consent.', // the withdraw-button part
  ],
  'widgets-funding-breakdown--docs': [
    'Shows the EU emblem with the localised "Co-funded by the European Union".',
    '--np-funding-color-1',
    'Input forms',
    'bar (default), donut or none.', // the chart attribute, which a part of the same name once hid
  ],
  'widgets-partner-list--docs': [
    'Shows filters by country and by type, with a live count of the partners shown.',
    '--np-partner-card-min-width',
    'JSON shape',
  ],
  'widgets-contact-card--docs': [
    "The person's or the service's name, shown as the heading.",
    '--np-contact-label-width',
    'microformats2 h-card',
    'The polite live region confirming a copy.',
  ],
  'guides-consent-integration--docs': [
    'Cookiebot',
    'OneTrust',
    'Didomi',
    'Klaro',
    'tarteaucitron',
    'CookieConsent v3',
    'Orejime 3',
    'np-consent',
    'Which managers are tested, and how',
  ],
};

const settledPhases = ['finished', 'completed', 'errored', 'aborted'];

/** Shows a story the way the Storybook UI does, without reloading the preview, and waits for it. */
async function showStory(page, storyId) {
  const errors = [];
  const onError = (error) => errors.push(error.message);
  page.on('pageerror', onError);
  await page.evaluate((id) => {
    window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
  }, storyId);
  await page.waitForFunction(
    (id, phases) => {
      const render = window.__STORYBOOK_PREVIEW__?.currentRender;
      return render?.id === id && phases.includes(render.phase);
    },
    { timeout: 20_000 },
    storyId,
    settledPhases,
  );
  // Widgets render in a microtask after the story; let them settle.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  page.off('pageerror', onError);
  const phase = await page.evaluate(() => window.__STORYBOOK_PREVIEW__.currentRender.phase);
  if (phase !== 'finished' && phase !== 'completed') errors.push(`story ended in phase "${phase}"`);
  return errors;
}

const server = await serveFiles(root);
const base = server.origin;
const launch = () => puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs });
const browser = await launch();
/**
 * The passes share out between two browsers, one page each (a page in the background gets no
 * animation frames): two cores, two previews rendering and running axe side by side.
 */
const workers = 2;
let passed = 0;
let failed = 0;
const fail = (name, problems) => {
  failed++;
  console.error(`✗ ${name}\n${problems.map((problem) => `    ${problem}`).join('\n')}`);
};

/** Every story in one locale and theme: renders without error, with the page's language and theme, and axe finds nothing. */
async function runPass(page, cdp, stories, { locale, theme }) {
  // Forced colours cannot be switched on from the page: Chromium emulates the real thing.
  // (over CDP: puppeteer's emulateMediaFeatures does not know forced-colors).
  await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: theme === 'forced-colors' ? 'active' : 'none' }] });
  await page.goto(`${base}/iframe.html?id=${stories[0].id}&viewMode=story&globals=locale:${locale};theme:${theme}`);
  await page.addScriptTag({ path: axeSource });
  for (const story of stories) {
    const name = `${story.id} [${locale}, ${theme}]`;
    const problems = await showStory(page, story.id);
    const violations = await page.evaluate(
      async (tags, rules) => {
        // A third-party player inside an iframe is not ours to check, and axe would wait for it.
        const result = await window.axe.run('#storybook-root', { runOnly: { type: 'tag', values: tags }, rules, iframes: false });
        return result.violations.map(
          (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
        );
      },
      axeTags,
      pageRules,
    );
    const lang = await page.evaluate(() => document.documentElement.lang);
    if (lang !== locale) problems.push(`page language is "${lang}", not "${locale}"`);
    const pageTheme = await page.evaluate(() => document.documentElement.dataset.npTheme ?? 'default');
    if (pageTheme !== theme) problems.push(`page theme is "${pageTheme}", not "${theme}"`);
    problems.push(...violations);
    if (problems.length) fail(name, problems);
    else passed++;
  }
}

try {
  const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
  const entries = Object.values(index.entries);
  const stories = entries.filter((entry) => entry.type === 'story');
  const queue = [...passes];
  const helpers = await Promise.all(Array.from({ length: workers - 1 }, launch));
  try {
    await Promise.all(
      [browser, ...helpers].map(async (worker) => {
        const page = await worker.newPage();
        const cdp = await page.createCDPSession();
        for (let pass = queue.shift(); pass; pass = queue.shift()) await runPass(page, cdp, stories, pass);
        await page.close();
      }),
    );
  } finally {
    await Promise.all(helpers.map((helper) => helper.close()));
  }
  const page = await browser.newPage();

  for (const [id, expected] of Object.entries(docsExpectations)) {
    if (!entries.some((entry) => entry.id === id)) {
      fail(id, ['docs page missing from the Storybook index']);
      continue;
    }
    await page.goto(`${base}/iframe.html?id=${id}&viewMode=docs`);
    // Docs blocks render one after another; give them time to show every snippet.
    await page
      .waitForFunction(
        (snippets) => snippets.every((snippet) => document.querySelector('#storybook-docs')?.innerText.includes(snippet)),
        { timeout: 20_000 },
        expected,
      )
      .catch(() => {});
    const text = await page.$eval('#storybook-docs', (element) => element.innerText);
    const problems = expected.filter((snippet) => !text.includes(snippet)).map((snippet) => `missing "${snippet}"`);
    if (problems.length) fail(id, problems);
    else passed++;
  }

  // A CSS custom property is a control in the docs table, and a value typed there reaches the widget.
  const token = { docs: 'widgets-breadcrumb--docs', tagName: 'np-breadcrumb', name: '--np-breadcrumb-gap', value: '2em' };
  await page.goto(`${base}/iframe.html?id=${token.docs}&viewMode=docs`);
  try {
    const field = await page.waitForFunction(
      (name) =>
        [...document.querySelectorAll('#storybook-docs .docblock-argstable tr')]
          .find((row) => row.cells[0]?.innerText.trim() === name)
          ?.querySelector('textarea, input'),
      { timeout: 20_000 },
      token.name,
    );
    await field.asElement().click({ count: 3 });
    await page.keyboard.type(token.value);
    await page.waitForFunction(
      ({ tagName, name, value }) => getComputedStyle(document.querySelector(`#storybook-docs ${tagName}`)).getPropertyValue(name).trim() === value,
      { timeout: 5_000 },
      token,
    );
    passed++;
  } catch (error) {
    fail(`${token.docs} [${token.name} control]`, [error.message]);
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(`stories: ${passed} passed, ${failed} failed`);
if (failed || !passed) process.exitCode = 1;
