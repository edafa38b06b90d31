// Fails when a file a partner site downloads grows past its gzip budget. Budgets live in the
// package's package.json under "npower.sizeBudgets" (bytes, gzip level 9). A `*` in a name
// stands for a content hash (`dist/cdn/chunks/np-runtime-*.js`): exactly one file must match.
// Files under "npower.sizeReport" (patterns, any number of matches) are measured and printed
// without a budget: what each widget's chunk costs a page that already has the runtime.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

function resolve(pattern) {
  if (!pattern.includes('*')) return [pattern];
  const dir = dirname(pattern);
  const escaped = basename(pattern).replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*');
  const name = new RegExp(`^${escaped}$`);
  return readdirSync(dir).filter((file) => name.test(file)).map((file) => join(dir, file));
}

const { name, npower } = JSON.parse(readFileSync('package.json', 'utf8'));
const budgets = Object.entries(npower?.sizeBudgets ?? {});
if (!budgets.length) {
  console.error(`${name}: no "npower.sizeBudgets" in package.json`);
  process.exit(1);
}
const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

for (const [pattern, budget] of budgets) {
  const matches = resolve(pattern);
  if (matches.length !== 1) {
    console.error(`${name} ${pattern}: ${matches.length} files match, expected one (build again from a clean dist/)`);
    process.exitCode = 1;
    continue;
  }
  const file = matches[0];
  const size = gzipSize(file);
  const verdict = size <= budget ? 'ok' : 'OVER BUDGET';
  console.log(`${name} ${file}: ${size} B gzip, budget ${budget} B (${verdict})`);
  if (size > budget) process.exitCode = 1;
}

for (const pattern of npower.sizeReport ?? []) {
  for (const file of resolve(pattern)) console.log(`${name} ${file}: ${gzipSize(file)} B gzip (no budget)`);
}
