// The Storybook a designer works in (`npm start`), checked as they use it: `storybook dev` on a
// free port with an empty Vite cache (the first start after an install), a fresh browser opened
// straight at a story's link, one Lit in the preview, and an edit to a module under a widget's
// `src/` showing in the open story without a rebuild. The edited module and the story that shows it
// are made by this test for itself (both ignored by git) and deleted however the test ends: no
// tracked file is ever written, so `git status` stays clean even if the test is killed outright.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { freePort } from './free-port.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const storyId = 'widgets-breadcrumb--default';
const tag = 'np-breadcrumb';
/**
 * A module under the breadcrumb's `src/` (served through the same aliases and reload plugin as
 * the widget's own sources) and a story that colours the breadcrumb with what it exports: the
 * widget takes the host's colour, so its <nav> shows the module's value. Both in .gitignore.
 */
const probeModule = join(root, 'packages/breadcrumb/src/live-reload-probe.ts');
const probeStory = join(root, 'stories/live-reload-probe.stories.ts');
const probeStoryId = 'test-live-reload-probe--probe';
const madeHere = '// Made by scripts/test-storybook-dev.mjs for itself, deleted when it ends.';
const probeSource = (color) => `${madeHere}\nexport const probeColor = '${color}';\n`;
const [firstColor, editedColor] = ['rgb(1, 2, 3)', 'rgb(4, 5, 6)'];
const probeStorySource = [
  madeHere,
  "import { html } from 'lit';",
  "import '@npower/breadcrumb/define.js';",
  "import { probeColor } from '../packages/breadcrumb/src/live-reload-probe.js';",
  '',
  "export default { title: 'Test/Live reload probe' };",
  'export const Probe = {',
  '  render: () => html`<np-breadcrumb style=${`color: ${probeColor}`}><a href="/">Accueil</a><span>Quartiers</span></np-breadcrumb>`,',
  '};',
  '',
].join('\n');
const multipleLit = 'Multiple versions of Lit loaded';
const noPreviewMarker = '[test-storybook-dev] No Preview shown';

const startTimeout = 180_000;
const renderTimeout = 60_000;
const editTimeout = 15_000;

/** What has to be undone, whatever happens. */
const state = { server: null, browsers: new Set(), cacheDir: null, output: [] };

/** Deletes the probe files, this run's or a killed run's. */
function removeProbe() {
  for (const file of [probeStory, probeModule]) rmSync(file, { force: true });
}

function killServer(signal) {
  const { server } = state;
  if (!server || server.exitCode !== null || server.signalCode !== null) return;
  try {
    process.kill(-server.pid, signal); // the whole process group: storybook's CLI and its children
  } catch {
    // already gone
  }
}

/** Synchronous last resort, for `process.exit` and signals. */
function cleanupSync() {
  removeProbe();
  killServer('SIGKILL');
  for (const browser of state.browsers) browser.process()?.kill('SIGKILL');
  state.browsers.clear();
  if (state.cacheDir) rmSync(state.cacheDir, { recursive: true, force: true });
  state.cacheDir = null;
}

async function cleanup() {
  for (const browser of state.browsers) await browser.close().catch(() => browser.process()?.kill('SIGKILL'));
  state.browsers.clear();
  const { server } = state;
  if (server && server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    killServer('SIGTERM');
    const timer = setTimeout(() => killServer('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
  cleanupSync();
}

process.on('exit', cleanupSync);
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
]) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping Storybook and the browser, deleting the probe files`);
    cleanup().finally(() => process.exit(code));
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` (which may throw while a page reloads) until it returns a truthy value. */
async function until(check, timeout, what) {
  const start = Date.now();
  let last;
  while (Date.now() - start < timeout) {
    try {
      const value = await check();
      if (value) return { value, ms: Date.now() - start };
      last = value;
    } catch (error) {
      last = error.message;
    }
    await sleep(100);
  }
  throw new Error(`${what}: not within ${timeout / 1000} s (last: ${JSON.stringify(last)})`);
}

async function startStorybook() {
  const port = await freePort();
  const { bin } = JSON.parse(readFileSync(join(root, 'node_modules/storybook/package.json'), 'utf8'));
  const cli = join(root, 'node_modules/storybook', typeof bin === 'string' ? bin : bin.storybook);
  state.cacheDir = mkdtempSync(join(tmpdir(), 'npower-storybook-vite-'));
  const server = spawn(process.execPath, [cli, 'dev', '--port', String(port), '--host', '127.0.0.1', '--ci', '--no-open'], {
    cwd: root,
    detached: true, // its own process group, so that it is stopped with everything it started
    stdio: ['ignore', 'pipe', 'pipe'],
    // An empty Vite cache of its own: the first start after an install, and no clash with a running `npm start`.
    env: { ...process.env, NPOWER_STORYBOOK_CACHE_DIR: state.cacheDir },
  });
  state.server = server;
  for (const stream of [server.stdout, server.stderr]) stream.on('data', (chunk) => state.output.push(chunk.toString()));
  const base = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (server.exitCode !== null || server.signalCode !== null) throw new Error(`storybook dev stopped (${server.exitCode ?? server.signalCode})`);
    if (Date.now() - started > startTimeout) throw new Error(`storybook dev not answering after ${startTimeout / 1000} s`);
    const ok = await fetch(`${base}/index.json`).then((response) => response.ok, () => false);
    if (ok) break;
    await sleep(250);
  }
  console.log(`storybook dev answered on port ${port} after ${Date.now() - started} ms`);
  return base;
}

/** A new Chromium with a new, empty profile: nothing cached from an earlier visit. */
async function freshPage() {
  const userDataDir = mkdtempSync(join(tmpdir(), 'npower-chromium-'));
  const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs, userDataDir });
  browser.process()?.once('exit', () => rmSync(userDataDir, { recursive: true, force: true }));
  state.browsers.add(browser);
  const page = await browser.newPage();
  const messages = [];
  page.on('console', (message) => messages.push(message.text()));
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  // Reports the preview's "No Preview" screen, even if a reload hid it again.
  await page.evaluateOnNewDocument((marker) => {
    if (!location.pathname.endsWith('/iframe.html')) return;
    let reported = false;
    new MutationObserver(() => {
      if (!reported && document.body?.classList.contains('sb-show-nopreview')) {
        reported = true;
        console.warn(marker);
      }
    }).observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['class'] });
  }, noPreviewMarker);
  return { browser, page, messages };
}

const previewFrame = (page) => page.frames().find((frame) => new URL(frame.url()).pathname.endsWith('/iframe.html'));

/** The widget in the open story, drawn: its shadow root holds rendered elements. */
async function widgetRendered(page) {
  const frame = previewFrame(page);
  if (!frame) return false;
  return frame.evaluate((tagName) => {
    const element = document.querySelector(`#storybook-root ${tagName}`);
    const rendered = [...(element?.shadowRoot?.children ?? [])].filter((child) => child.localName !== 'style');
    return rendered.length > 0 && { litHtmlVersions: globalThis.litHtmlVersions?.length ?? 0 };
  }, tag);
}

let failed = 0;
const check = (ok, name, detail = '') => {
  if (ok) console.log(`✓ ${name}${detail ? ` (${detail})` : ''}`);
  else {
    failed++;
    console.error(`✗ ${name}${detail ? `: ${detail}` : ''}`);
  }
};

/** Opens `url` in a fresh browser and waits for the widget, without ever reloading by hand. */
async function firstLoad(name, url) {
  const opened = await freshPage();
  await opened.page.goto(url, { waitUntil: 'domcontentloaded' });
  try {
    const { value, ms } = await until(() => widgetRendered(opened.page), renderTimeout, `${name}: <${tag}> rendered`);
    check(true, `${name}: <${tag}> rendered on first load`, `${ms} ms after the page loaded`);
    check(value.litHtmlVersions === 1, `${name}: one lit-html in the preview`, `window.litHtmlVersions has ${value.litHtmlVersions}`);
  } catch (error) {
    check(false, `${name}: <${tag}> rendered on first load`, error.message);
  }
  check(!opened.messages.includes(noPreviewMarker), `${name}: no "No Preview" screen on the way`);
  const lit = opened.messages.filter((message) => message.includes(multipleLit));
  check(lit.length === 0, `${name}: no "${multipleLit}" in the console`, lit.join(' | '));
  return opened;
}

async function navColor(page) {
  const frame = previewFrame(page);
  return frame?.evaluate((tagName) => {
    const nav = document.querySelector(`#storybook-root ${tagName}`)?.shadowRoot?.querySelector('nav');
    return nav ? getComputedStyle(nav).color : null;
  }, tag);
}

/** Edits a module under a widget's `src/` as a designer would, and waits for the open story to follow. */
async function liveEdit(page) {
  await page.goto(`${new URL(page.url()).origin}/iframe.html?id=${probeStoryId}&viewMode=story`, { waitUntil: 'domcontentloaded' });
  try {
    await until(async () => (await navColor(page)) === firstColor, renderTimeout, 'the probe story before the edit');
  } catch (error) {
    check(false, 'the probe story renders', error.message);
    return;
  }
  const editedAt = Date.now();
  writeFileSync(probeModule, probeSource(editedColor));
  try {
    await until(async () => (await navColor(page)) === editedColor, editTimeout, 'the story showing the edited module');
    check(true, 'an edit to a module under packages/breadcrumb/src shows in the open story', `${Date.now() - editedAt} ms after saving`);
  } catch (error) {
    check(false, 'an edit to a module under packages/breadcrumb/src shows in the open story', error.message);
  }
}

const started = Date.now();
try {
  removeProbe();
  writeFileSync(probeModule, probeSource(firstColor));
  writeFileSync(probeStory, probeStorySource);
  const base = await startStorybook();
  const iframe = await firstLoad('story link', `${base}/iframe.html?id=${storyId}&viewMode=story`);
  const manager = await firstLoad('Storybook link', `${base}/?path=/story/${storyId}`);
  await manager.browser.close();
  state.browsers.delete(manager.browser);
  await liveEdit(iframe.page);
} catch (error) {
  failed++;
  console.error(`✗ ${error.message}`);
} finally {
  await cleanup();
}

if (failed) {
  const ansi = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
  const lines = state.output.join('').replace(ansi, '').split('\n').filter((line) => !/^[│\s]*[╭╰─]/.test(line));
  console.error(`\nstorybook dev output (last lines):\n${lines.slice(-40).join('\n')}`);
}
console.log(`storybook dev: ${failed ? `${failed} failed` : 'all passed'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exitCode = failed ? 1 : 0;
