// Runs a package's browser tests (web-test-runner) in every requested engine, from the
// package folder. WebKit needs two background processes, a virtual display (Xvfb) and
// WebKitWebDriver: this script starts them on loopback and free numbers, and stops them,
// with everything they started, whatever happens to the tests.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { engines, requestedEngines } from './engines.mjs';
import { freePort } from './free-port.mjs';

const isCI = process.env.CI === 'true' || process.env.CI === '1';
// A root task names its own configuration (the visual review); packages share the default.
const config = process.env.NP_WTR_CONFIG
  ? fileURLToPath(new URL(`../${process.env.NP_WTR_CONFIG}`, import.meta.url))
  : fileURLToPath(new URL('../web-test-runner.config.mjs', import.meta.url));
const runner = fileURLToPath(new URL('../node_modules/.bin/web-test-runner', import.meta.url));

/** Every process below this one, read from /proc (Linux), children before grandchildren. */
function descendants() {
  const parents = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // "pid (command) state ppid …": the command may hold spaces and parentheses.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // Ended while we looked.
    }
  }
  const found = [];
  const queue = [process.pid];
  while (queue.length) {
    const parent = queue.shift();
    for (const [pid, ppid] of parents) {
      if (ppid === parent) {
        found.push(pid);
        queue.push(pid);
      }
    }
  }
  return found;
}

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

  const env = { ...process.env, NP_ENGINES: JSON.stringify(found) };
  if (found.webkit) {
    const { port, display } = await startWebKit(found.webkit);
    env.NP_WEBKIT_DRIVER_PORT = String(port);
    env.DISPLAY = display;
  }
  return runTests(env);
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
