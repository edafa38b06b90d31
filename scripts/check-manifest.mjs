// Generates the package's Custom Elements Manifest and compares it with the committed
// custom-elements.json (what editors, Storybook and partner tooling read).
// `--write` updates the committed file instead.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const write = process.argv.includes('--write');
const outdir = mkdtempSync(join(tmpdir(), 'np-manifest-'));
const config = fileURLToPath(new URL('../custom-elements-manifest.config.mjs', import.meta.url));
const analyzer = fileURLToPath(new URL('../node_modules/.bin/custom-elements-manifest', import.meta.url));
try {
  execFileSync(analyzer, // The analyzer joins --outdir to the working directory, so it must be relative.
    ['analyze', '--config', config, '--outdir', relative(process.cwd(), outdir), '--quiet'], {
    stdio: 'inherit',
  });
  const generated = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
  let committed = '';
  try {
    committed = readFileSync('custom-elements.json', 'utf8');
  } catch {
    // No manifest yet: reported below, or written.
  }
  if (write) {
    writeFileSync('custom-elements.json', generated);
  } else if (generated !== committed) {
    console.error('custom-elements.json is out of date: run `npm run analyze:write` in this package and commit it.');
    process.exitCode = 1;
  }
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
