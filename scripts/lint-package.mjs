// Lints what this package really publishes: packs it as `npm publish` would, then lints the
// tarball (scripts/lint-tarball.mjs).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintTarball } from './lint-tarball.mjs';

const folder = mkdtempSync(join(tmpdir(), 'np-pack-'));
try {
  const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', folder], { encoding: 'utf8' }));
  lintTarball(join(folder, filename));
} catch (error) {
  // The tools have printed what is wrong.
  process.exitCode = error.status || 1;
} finally {
  rmSync(folder, { recursive: true, force: true });
}
