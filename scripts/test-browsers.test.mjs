// scripts/test-browsers.mjs repeats WebKit's run after a crash of its web process, and only
// then: run by `npm run test-scripts` (node:test, part of `npm test`). The crash is made by
// killing the web process from the test server (scripts/fixtures/webkit-crash), which ends as
// the crash seen in CI did ("the browser disconnected", then "invalid session id").
import { spawnSync } from 'node:child_process';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./test-browsers.mjs', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'np-test-browsers-test-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
const repeatNotice = /Repeating the run in WebKit alone, once/g;

let runs = 0;
function runFixture({ browsers, crashesToCause = 0, failIn = '' }) {
  const state = join(scratch, `crashes-${++runs}`);
  const { status, stdout, stderr } = spawnSync('node', [script], {
    encoding: 'utf8',
    env: {
      ...process.env,
      BROWSERS: browsers,
      NP_WTR_CONFIG: 'scripts/fixtures/webkit-crash/web-test-runner.config.mjs',
      NP_FIXTURE_STATE: state,
      NP_FIXTURE_CRASHES: String(crashesToCause),
      NP_FIXTURE_FAIL_IN: failIn,
    },
  });
  const output = stdout + stderr;
  const crashes = Number(readFileSync(state, { encoding: 'utf8', flag: 'a+' }) || 0);
  return { status, output, repeats: output.match(repeatNotice)?.length ?? 0, crashes };
}

test('one crash of WebKit\'s web process: WebKit runs again, alone, and the run passes', () => {
  const run = runFixture({ browsers: 'webkit', crashesToCause: 1 });
  assert.equal(run.crashes, 1, run.output);
  assert.equal(run.repeats, 1, run.output);
  assert.equal(run.status, 0, run.output);
});

test('a crash in the repeated run too: the run fails, and is not repeated again', () => {
  const run = runFixture({ browsers: 'webkit', crashesToCause: 2 });
  assert.equal(run.crashes, 2, run.output);
  assert.equal(run.repeats, 1, run.output);
  assert.equal(run.status, 1, run.output);
});

test('a test that fails in another engine: a WebKit crash in the same run is not repeated', () => {
  const run = runFixture({ browsers: 'chromium,webkit', crashesToCause: 1, failIn: 'chromium' });
  assert.equal(run.crashes, 1, run.output);
  assert.equal(run.repeats, 0, run.output);
  assert.match(run.output, /failing on purpose in chromium/);
  assert.equal(run.status, 1, run.output);
});

test('a test that fails in WebKit without a crash: not repeated', () => {
  const run = runFixture({ browsers: 'webkit', failIn: 'webkit' });
  assert.equal(run.crashes, 0, run.output);
  assert.equal(run.repeats, 0, run.output);
  assert.match(run.output, /failing on purpose in webkit/);
  assert.equal(run.status, 1, run.output);
});
