// check-tree against a throwaway repository: quiet on a clean tree, failing on tracked scratch.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./check-tree.mjs', import.meta.url));

function repositoryWith(files) {
  const dir = mkdtempSync(join(tmpdir(), 'np-check-tree-'));
  const git = (...args) => execFileSync('git', args, { cwd: dir });
  git('init', '-q');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  git('add', '-A');
  return dir;
}

const run = (cwd) => spawnSync(process.execPath, [script], { cwd, encoding: 'utf8' });

test('passes a tree without scratch, and a file merely named .tmp', () => {
  const dir = repositoryWith({ 'scripts/run.mjs': '', 'notes.tmp': '' });
  try {
    assert.equal(run(dir).status, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('fails on a tracked file under a .tmp/ folder, and names it', () => {
  const dir = repositoryWith({ 'scripts/.tmp/by-source.mjs': '', 'scripts/run.mjs': '' });
  try {
    const result = run(dir);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /scripts\/\.tmp\/by-source\.mjs/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
