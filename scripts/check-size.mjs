// Fails when a file a partner site downloads grows past its gzip budget. Budgets live in the
// package's package.json under "npower.sizeBudgets" (bytes, gzip level 9).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const { name, npower } = JSON.parse(readFileSync('package.json', 'utf8'));
const budgets = Object.entries(npower?.sizeBudgets ?? {});
if (!budgets.length) {
  console.error(`${name}: no "npower.sizeBudgets" in package.json`);
  process.exit(1);
}
for (const [file, budget] of budgets) {
  const size = gzipSync(readFileSync(file), { level: 9 }).length;
  const verdict = size <= budget ? 'ok' : 'OVER BUDGET';
  console.log(`${name} ${file}: ${size} B gzip, budget ${budget} B (${verdict})`);
  if (size > budget) process.exitCode = 1;
}
