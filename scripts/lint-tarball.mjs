// publint (package.json fields against the files in the tarball) and Are The Types Wrong (every
// export's types under each module resolution) on one package tarball. The packages are ES
// modules only, so CommonJS `require` and the pre-`exports` node10 resolution are out of scope
// (attw's `esm-only` profile). Throws when either finds a problem; both print what it is.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));

export function lintTarball(tarball) {
  execFileSync(bin('publint'), ['run', tarball, '--strict'], { stdio: 'inherit' });
  execFileSync(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'table-flipped'], { stdio: 'inherit' });
}
