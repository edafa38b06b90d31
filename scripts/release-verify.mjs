// `npm run release:verify`: a release rehearsed on a real registry, from a scratch copy of the
// committed repository, so that nothing here changes:
//   1. `changeset version` and the version sync, then a build;
//   2. a Verdaccio registry on 127.0.0.1 and a free port, with its storage in the scratch folder
//      (other packages come through it from the configured npm registry);
//   3. `changeset publish` to it, as a maintainer would publish to npm, and publint and Are The
//      Types Wrong on the tarballs the registry then serves;
//   4. the apps in consumers/ installed from it, type-checked, built and opened in Chromium:
//      a self-hosted static page, a Vite + TypeScript app and a React 19 app;
//   5. the registry, the web server and the browser stopped, the scratch folder removed.
// `--break <files|types|render>` spoils the scratch copy first, the way a release can go wrong,
// to show that the rehearsal fails then (test/release-verify.test.mjs).
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { freePort } from './free-port.mjs';
import { lintTarball } from './lint-tarball.mjs';
import { serveFiles } from './static-server.mjs';

const repository = fileURLToPath(new URL('..', import.meta.url));
const breakage = process.argv.includes('--break') ? process.argv[process.argv.indexOf('--break') + 1] : undefined;
const upstream = execFileSync('npm', ['config', 'get', 'registry'], { encoding: 'utf8' }).trim();
const scratch = mkdtempSync(join(tmpdir(), 'np-release-'));
const copy = join(scratch, 'repository');
const cleanups = [];

const step = (message) => console.log(`release:verify: ${message}`);
function run(command, args, options = {}) {
  execFileSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
}

/**
 * The committed repository in a git repository of its own (so that `changeset publish` tags it,
 * not ours), with the installed tools: hard links where the scratch folder is on the same file
 * system (nothing below writes into node_modules), a copy where it is not.
 */
function scratchCopy() {
  mkdirSync(copy);
  execFileSync('sh', ['-c', `git -C "${repository}" archive HEAD | tar -x -C "${copy}"`]);
  const git = ['-c', 'user.name=release:verify', '-c', 'user.email=release-verify@localhost', '-C', copy];
  execFileSync('git', ['init', '-q', copy]);
  execFileSync('git', [...git, 'add', '-A']);
  execFileSync('git', [...git, 'commit', '-q', '-m', 'HEAD of the repository under rehearsal']);
  try {
    execFileSync('cp', ['-al', join(repository, 'node_modules'), join(copy, 'node_modules')], { stdio: 'ignore' });
  } catch {
    rmSync(join(copy, 'node_modules'), { recursive: true, force: true });
    run('cp', ['-a', join(repository, 'node_modules'), join(copy, 'node_modules')]);
  }
}

/** What can go wrong in a release, done to the scratch copy. */
function spoil() {
  const edit = (file, change) => writeFileSync(join(copy, file), change(readFileSync(join(copy, file), 'utf8')));
  if (breakage === 'files') {
    // A `files` list that leaves out the CDN build.
    edit('packages/widgets/package.json', (text) => text.replace('"dist",', '"dist/*.js", "dist/*.d.ts",'));
  } else if (breakage === 'types') {
    edit('packages/breadcrumb/package.json', (text) => text.replace('"types": "./dist/define.d.ts",\n      "default": "./dist/define.js"', '"types": "./dist/defined.d.ts",\n      "default": "./dist/define.js"'));
  } else if (breakage === 'render') {
    // A widget that registers but never renders.
    edit('packages/contact-card/src/contact-card.ts', (text) => text.replace('protected override render(): TemplateResult {', 'protected override render(): TemplateResult {\n    if (this.isConnected) return html``;'));
  } else if (breakage) {
    throw new Error(`--break ${breakage}: expected files, types or render`);
  }
}

async function startRegistry() {
  const port = await freePort();
  const config = join(scratch, 'verdaccio.yaml');
  writeFileSync(
    config,
    `storage: ${join(scratch, 'storage')}
auth:
  htpasswd:
    file: ${join(scratch, 'htpasswd')}
uplinks:
  upstream:
    url: ${upstream}
packages:
  '@npower/*':
    access: $all
    publish: $authenticated
  '**':
    access: $all
    proxy: upstream
log: { type: stdout, format: pretty, level: error }
`,
  );
  const registry = spawn(join(repository, 'node_modules/.bin/verdaccio'), ['--config', config, '--listen', `127.0.0.1:${port}`], {
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  cleanups.push(() => stopGroup(registry));
  const url = `http://127.0.0.1:${port}/`;
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(`${url}-/ping`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (tries > 100 || registry.exitCode !== null) throw new Error('Verdaccio did not start');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  // A maintainer account on the rehearsal registry, as `npm adduser` makes one.
  const response = await fetch(`${url}-/user/org.couchdb.user:maintainer`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'maintainer', password: 'rehearsal-only', type: 'user' }),
  });
  const { token } = await response.json();
  if (!token) throw new Error(`Verdaccio gave no token (${response.status})`);
  const npmrc = join(scratch, 'npmrc');
  writeFileSync(npmrc, `registry=${url}\n//127.0.0.1:${port}/:_authToken=${token}\n`);
  return { url, env: { ...process.env, npm_config_userconfig: npmrc, npm_config_registry: url, npm_config_cache: join(scratch, 'npm-cache') } };
}

function stopGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

/** A plain static server on loopback, as a city's web server would serve the files. */
async function serve(root) {
  const server = await serveFiles(root);
  cleanups.push(server.close);
  return server.origin;
}

/** Opens `url` in Chromium and returns which widgets rendered, and what the page reported. */
async function rendered(browser, url, tags) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(url, { waitUntil: 'load' });
  // Rendered: a shadow root holding more than the slot for the light DOM it enhances.
  const check = (names) =>
    names.filter((tag) => {
      const element = document.querySelector(tag);
      return !element?.shadowRoot?.querySelector(':not(style):not(slot)');
    });
  let missing = tags;
  for (let tries = 0; tries < 50 && missing.length; tries++) {
    missing = await page.evaluate(check, tags);
    if (missing.length) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const activated = await page.evaluate(() => document.querySelector('main')?.dataset.activated);
  await page.close();
  return { missing, errors, activated };
}

const everyTag = ['np-breadcrumb', 'np-consent-video', 'np-funding-breakdown', 'np-partner-list', 'np-contact-card'];

async function main() {
  step(`scratch copy of HEAD in ${copy}`);
  scratchCopy();
  spoil();
  step('changeset version, then build');
  run('npx', ['changeset', 'version'], { cwd: copy });
  run('node', ['scripts/sync-versions.mjs'], { cwd: copy });
  run('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], { cwd: copy });

  const { url, env } = await startRegistry();
  step(`publishing every package to ${url} with changeset publish`);
  run('npx', ['changeset', 'publish'], { cwd: copy, env });
  const published = JSON.parse(execFileSync('npm', ['view', '@npower/widgets', 'version', '--json'], { cwd: copy, env, encoding: 'utf8' }));
  step(`@npower/widgets ${published} is on the registry`);
  step('linting what the registry serves (publint, Are The Types Wrong)');
  const tarballs = join(scratch, 'tarballs');
  mkdirSync(tarballs);
  const names = readdirSync(join(copy, 'packages')).map((folder) => JSON.parse(readFileSync(join(copy, 'packages', folder, 'package.json'), 'utf8')).name);
  for (const name of names) {
    const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', name, '--json', '--pack-destination', tarballs], { cwd: scratch, env, encoding: 'utf8' }));
    lintTarball(join(tarballs, filename));
  }

  const consumers = join(scratch, 'consumers');
  cpSync(join(copy, 'consumers'), consumers, { recursive: true });
  step('installing the consumer apps from the registry');
  run('npm', ['install', '--no-package-lock', '--no-audit', '--no-fund'], { cwd: consumers, env });
  const tsc = join(consumers, 'node_modules/.bin/tsc');
  const vite = join(consumers, 'node_modules/.bin/vite');
  step('type-checking: Vite app (bundler and node16 resolution), React app');
  run(tsc, ['-p', 'vite-ts/tsconfig.bundler.json'], { cwd: consumers });
  run(tsc, ['-p', 'vite-ts/tsconfig.node16.json'], { cwd: consumers });
  run(tsc, ['-p', 'react/tsconfig.json'], { cwd: consumers });
  step('building the Vite and React apps');
  for (const app of ['vite-ts', 'react']) run(vite, ['build', app, '--outDir', join(consumers, 'built', app), '--base', `/built/${app}/`, '--logLevel', 'warn'], { cwd: consumers });

  const origin = await serve(consumers);
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({ executablePath: findChromium(), args: chromiumArgs });
  cleanups.push(() => browser.close());
  const failures = [];
  for (const [app, path, tags] of [
    ['static page (self-hosted dist/cdn)', '/static/index.html', everyTag],
    ['Vite + TypeScript app', '/built/vite-ts/index.html', ['np-breadcrumb', 'np-funding-breakdown', 'np-contact-card']],
    ['React 19 app', '/built/react/index.html', everyTag],
  ]) {
    const { missing, errors, activated } = await rendered(browser, `${origin}${path}`, tags);
    const problems = [...missing.map((tag) => `<${tag}> did not render`), ...errors];
    if (app.startsWith('React') && activated !== 'youtube') problems.push('the React app did not receive np-video-activate');
    step(`${app}: ${problems.length ? problems.join('; ') : `${tags.length} widgets rendered`}`);
    failures.push(...problems.map((problem) => `${app}: ${problem}`));
  }
  if (failures.length) throw new Error(failures.join('\n'));
  step('passed');
}

try {
  await main();
} catch (error) {
  console.error(`release:verify failed: ${error.message}`);
  process.exitCode = 1;
} finally {
  for (const cleanup of cleanups.reverse()) {
    try {
      await cleanup();
    } catch {
      // Best effort: the next cleanup still runs.
    }
  }
  rmSync(scratch, { recursive: true, force: true });
}
