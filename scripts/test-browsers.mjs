// Runs a package's browser tests (web-test-runner) in every requested engine, from the
// package folder. WebKit needs two background processes, a virtual display (Xvfb) and
// WebKitWebDriver: this script starts them on loopback and free numbers, and stops them,
// with everything they started, whatever happens to the tests.
//
// WebKitGTK's web process sometimes crashes under WebDriver (MiniBrowser printed "WebProcess
// CRASHED" once in CI, in the middle of the visual review, and never in a run here); the crash
// ends the driver's session and fails every test file left in WebKit. When WebKit went away like
// that and nothing else failed (every other engine passed, coverage held), WebKit's run is
// repeated once, with a fresh display, driver and browser, and its result is the run's. A test
// that fails in WebKit, or a second crash, still fails the run.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { engines, requestedEngines } from './engines.mjs';
import { freePort } from './free-port.mjs';
import { descendantsOf } from './process-tree.mjs';

const isCI = process.env.CI === 'true' || process.env.CI === '1';
// A root task names its own configuration (the visual review); packages share the default.
const config = process.env.NP_WTR_CONFIG
  ? fileURLToPath(new URL(`../${process.env.NP_WTR_CONFIG}`, import.meta.url))
  : fileURLToPath(new URL('../web-test-runner.config.mjs', import.meta.url));
const runner = fileURLToPath(new URL('../node_modules/.bin/web-test-runner', import.meta.url));

/** Every process below this one, children before grandchildren. */
const descendants = () => descendantsOf(process.pid).map(({ pid }) => pid);

function signal(pids, name) {
  for (const pid of pids) {
    try {
      process.kill(pid, name);
    } catch {
      // Already gone.
    }
  }
}

const isAlive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * Stops everything this script started, directly or not: the test runner, the browsers it
 * launched (Puppeteer puts them in process groups of their own), Xvfb, WebKitWebDriver and
 * MiniBrowser. The tree is read before anything is signalled, since orphans lose their parent.
 */
async function stopAll() {
  const started = new Set(descendants());
  signal(started, 'SIGTERM');
  const deadline = Date.now() + 3000;
  while (Date.now() < deadline && [...started].some(isAlive)) {
    descendants().forEach((pid) => started.add(pid));
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  descendants().forEach((pid) => started.add(pid));
  signal(started, 'SIGKILL');
}

/** Xvfb picks a free display itself and tells us its number (-displayfd). */
function startDisplay(xvfb) {
  return new Promise((resolve, reject) => {
    const child = spawn(xvfb, ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '1280x1024x24'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.stdio[3].on('data', (chunk) => {
      output += chunk;
      if (output.includes('\n')) resolve(`:${output.trim()}`);
    });
    child.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready: ${errors.trim()}`)));
    child.on('error', reject);
  });
}

async function waitForDriver(port, driver) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${driver.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok && (await response.json()).value?.ready) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not answer on /status within 15 s');
}

async function startWebKit({ driver, xvfb }) {
  const display = await startDisplay(xvfb);
  const port = await freePort();
  const child = spawn(driver, [`--host=127.0.0.1`, `--port=${port}`], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DISPLAY: display },
  });
  await waitForDriver(port, child);
  return { port, display };
}

function runTests(env) {
  return new Promise((resolve, reject) => {
    const child = spawn(runner, ['--config', config, ...process.argv.slice(2)], { stdio: 'inherit', env });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', reject);
  });
}

/**
 * One web-test-runner run in the engines `found`: how it ended, and what
 * engine-results-reporter.mjs wrote (undefined if the runner ended before the tests did).
 */
async function runEngines(found) {
  const scratch = mkdtempSync(join(tmpdir(), 'np-test-browsers-'));
  const resultsFile = join(scratch, 'engine-results.json');
  try {
    const env = { ...process.env, NP_ENGINES: JSON.stringify(found), NP_ENGINE_RESULTS: resultsFile };
    if (found.webkit) {
      const { port, display } = await startWebKit(found.webkit);
      env.NP_WEBKIT_DRIVER_PORT = String(port);
      env.DISPLAY = display;
    }
    const exitCode = await runTests(env);
    let results;
    try {
      results = JSON.parse(readFileSync(resultsFile, 'utf8'));
    } catch {
      // No results written.
    }
    return { exitCode, results };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Whether a run failed in WebKit alone, where the browser went away in the middle of a test file. */
function failedOnlyByWebKitCrash({ exitCode, results }) {
  if (exitCode === 0 || !results?.coverageHeld) return false;
  const { failedEngines, disconnectedEngines } = results;
  // An engine that disconnected also failed, so this holds only when WebKit failed, and alone.
  return disconnectedEngines.includes('webkit') && failedEngines.every((engine) => engine === 'webkit');
}

async function main() {
  const found = {};
  for (const name of requestedEngines()) {
    const engine = engines[name];
    const location = engine.find();
    if (location) {
      found[name] = location;
    } else if (isCI) {
      throw new Error(
        `${engine.label} is required in CI but is not installed: apt-get install ${engine.debianPackages.join(' ')}`,
      );
    } else {
      console.warn(
        `Skipping ${engine.label}: not installed. Install it with \`apt-get install ${engine.debianPackages.join(' ')}\` (or \`npm run setup\`).`,
      );
    }
  }
  const names = Object.keys(found);
  if (!names.length) throw new Error('No browser engine to test in: run `npm run setup`, or set BROWSERS.');
  if (!found.chromium) console.warn('Coverage is measured in Chromium only: not measured in this run.');

  const firstRun = await runEngines(found);
  if (!failedOnlyByWebKitCrash(firstRun)) return firstRun.exitCode;
  const others = names.filter((name) => name !== 'webkit').map((name) => engines[name].label);
  console.warn(
    `\nWebKit went away in the middle of a test file ("the browser disconnected" above): its web process crashed, which ends WebKitWebDriver's session and fails every WebKit test file left.` +
      `${others.length ? ` ${others.join(' and ')} passed.` : ''} Repeating the run in WebKit alone, once, with a fresh display, driver and browser.\n`,
  );
  await stopAll();
  return (await runEngines({ webkit: found.webkit })).exitCode;
}

for (const interruption of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(interruption, () => {
    stopAll().finally(() => process.exit(130));
  });
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error(error.message);
} finally {
  await stopAll();
}
process.exit(exitCode);
