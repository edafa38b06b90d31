// What each file a city serves weighs: minified (as built), gzip -9 and brotli (quality 11), each
// against its gzip budget (npower.sizeBudgets in the packages' package.json; a `*` in a name stands
// for a chunk's content hash). A widget's own part is its loader chunk (npower.sizeReport): what it
// adds to a page that already has Lit and core (the runtime chunk). Used by `npm run check-size`
// (scripts/check-size.mjs, which writes SIZES.md) and by `npm run bench`.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../', import.meta.url));

export function filesMatching(packageDir, pattern) {
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

/**
 * Every budgeted CDN file and every widget's own chunk, with its figures. `matches` counts the
 * files a budgeted pattern found: exactly one is expected (several mean a stale dist/).
 */
export function measureBytes() {
  const rows = [];
  for (const folder of readdirSync(join(root, 'packages')).sort()) {
    const packageDir = join(root, 'packages', folder);
    const { name, npower } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
    for (const [pattern, budget] of Object.entries(npower?.sizeBudgets ?? {})) {
      const files = filesMatching(packageDir, pattern);
      if (files.length !== 1) rows.push({ package: name, file: pattern, budget, matches: files.length });
      else rows.push({ package: name, file: pattern, budget, matches: 1, ...weigh(files[0]) });
    }
    for (const pattern of npower?.sizeReport ?? []) {
      for (const file of filesMatching(packageDir, pattern)) {
        const widget = basename(file).replace(/-[\w-]{8}\.js$/, '');
        rows.push({ package: name, file: `${widget}: own part (loader chunk, without Lit and core)`, budget: undefined, ...weigh(file) });
      }
    }
  }
  return rows;
}
