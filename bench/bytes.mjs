// What each file a city serves weighs: minified (as built), gzip -9 and brotli (quality 11), each
// against the gzip budget `npm run check-size` enforces (npower.sizeBudgets in the packages'
// package.json). A widget's own part is its loader chunk: what it adds to a page that already has
// Lit and core (the runtime chunk).
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = new URL('../', import.meta.url).pathname;

function matching(packageDir, pattern) {
  const dir = join(packageDir, dirname(pattern));
  const name = new RegExp(`^${basename(pattern).replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
  return readdirSync(dir).filter((file) => name.test(file)).map((file) => join(dir, file));
}

function weigh(file) {
  const content = readFileSync(file);
  return {
    minified: content.length,
    gzip: gzipSync(content, { level: 9 }).length,
    brotli: brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Every budgeted CDN file and every widget's own chunk, with its figures. */
export function measureBytes() {
  const rows = [];
  for (const folder of readdirSync(join(root, 'packages')).sort()) {
    const packageDir = join(root, 'packages', folder);
    const { name, npower } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
    for (const [pattern, budget] of Object.entries(npower?.sizeBudgets ?? {})) {
      for (const file of matching(packageDir, pattern)) rows.push({ package: name, file: pattern, budget, ...weigh(file) });
    }
    for (const pattern of npower?.sizeReport ?? []) {
      for (const file of matching(packageDir, pattern)) {
        const widget = basename(file).replace(/-[\w-]{8}\.js$/, '');
        rows.push({ package: name, file: `${widget}: own part (loader chunk, without Lit and core)`, budget: undefined, ...weigh(file) });
      }
    }
  }
  return rows;
}
