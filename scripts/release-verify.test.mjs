// The rehearsal fails when a release would: run by `npm run test:release-verify` (node:test),
// once per way a release goes wrong, each in its own scratch copy.
import { spawnSync } from 'node:child_process';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./release-verify.mjs', import.meta.url));

function rehearse(breakage) {
  const { status, stdout, stderr } = spawnSync('node', [script, '--break', breakage], { encoding: 'utf8' });
  return { status, output: stdout + stderr };
}

test('a files list that leaves out dist/cdn: the published package fails its lint, naming the missing files', () => {
  const { status, output } = rehearse('files');
  assert.equal(status, 1);
  assert.match(output, /pkg\.exports\["\.\/cdn\/np-widgets\.js"\]\.default is \.\/dist\/cdn\/np-widgets\.js but the file does not exist/);
});

test('a types entry that points to no file: the published package fails its lint', () => {
  // TypeScript itself would not notice: it falls back to the .d.ts next to the JavaScript.
  const { status, output } = rehearse('types');
  assert.equal(status, 1);
  assert.match(output, /pkg\.exports\["\.\/define\.js"\]\.types is \.\/dist\/defined\.d\.ts but the file does not exist/);
});

test('a widget that does not render: the apps say which', () => {
  const { status, output } = rehearse('render');
  assert.equal(status, 1);
  assert.match(output, /static page \(self-hosted dist\/cdn\): <np-contact-card> did not render/);
  assert.match(output, /React 19 app: <np-contact-card> did not render/);
});
