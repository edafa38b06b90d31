// publint (package.json fields against the files in the tarball) and Are The Types Wrong (every
// export's types under each module resolution) on one package tarball. The packages are ES
// modules only, so CommonJS `require` and the pre-`exports` node10 resolution are out of scope
// (attw's `esm-only` profile). Then what npm provenance needs (scripts/provenance.mjs), read from
// the manifest inside the tarball. Throws when any finds a problem; each prints what it is.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { provenanceProblems } from './provenance.mjs';

const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));

export function lintTarball(tarball) {
  execFileSync(bin('publint'), ['run', tarball, '--strict'], { stdio: 'inherit' });
  execFileSync(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'table-flipped'], { stdio: 'inherit' });
  const manifest = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }));
  const problems = provenanceProblems(manifest);
  if (problems.length) throw new Error(`${tarball} cannot be published with provenance:\n  ${problems.join('\n  ')}`);
}
