// Each widget reports its version at run time (so `defineElement` can name both versions when
// a page loads two). `src/version.ts` must follow package.json: `changeset version` bumps
// package.json, then this script (run by `npm run version`) writes version.ts.
// `--check` (run by lint in each package) only verifies.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const check = process.argv.includes('--check');
const packagesDir = fileURLToPath(new URL('../packages/', import.meta.url));
const here = process.cwd();
const packageDirs = check ? [here] : readdirSync(packagesDir).map((name) => join(packagesDir, name));

for (const dir of packageDirs) {
  const versionFile = join(dir, 'src', 'version.ts');
  if (!existsSync(versionFile)) continue;
  const { name, version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const source = readFileSync(versionFile, 'utf8');
  const expected = source.replace(/export const version = '[^']*';/, `export const version = '${version}';`);
  if (source === expected) continue;
  if (check) {
    console.error(`${name}: src/version.ts does not match package.json ${version}; run node scripts/sync-versions.mjs`);
    process.exitCode = 1;
  } else {
    writeFileSync(versionFile, expected);
    console.log(`${name}: src/version.ts → ${version}`);
  }
}
