// Lints what a package really publishes: packs it as `npm publish` would, then runs publint
// (package.json fields against the files in the tarball) and Are The Types Wrong (every export's
// types under each module resolution). The packages are ES modules only, so CommonJS `require`
// and the pre-`exports` node10 resolution are out of scope (attw's `esm-only` profile).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'np-pack-'));
try {
  const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', folder], { encoding: 'utf8' }));
  const tarball = join(folder, filename);
  execFileSync(bin('publint'), ['run', tarball, '--strict'], { stdio: 'inherit' });
  execFileSync(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'table-flipped'], { stdio: 'inherit' });
} catch (error) {
  // The tools have printed what is wrong.
  process.exitCode = error.status || 1;
} finally {
  rmSync(folder, { recursive: true, force: true });
}
