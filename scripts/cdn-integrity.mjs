// Writes dist/cdn/integrity.json: the sha384 of every file a page may load from the folder,
// and an import map that makes the browser check the loader's chunks too (import() has no
// `integrity` attribute of its own). Run as the last step of a build that fills dist/cdn.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const outputName = 'integrity.json';

const sri = (path) => `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .filter((path) => path !== outputName)
    .sort();
}

/** A Rollup plugin: after the last build has written, hash what `dir` holds. */
export function cdnIntegrity({ dir = 'dist/cdn', chunksDir = 'chunks' } = {}) {
  return {
    name: 'np-cdn-integrity',
    writeBundle() {
      const files = filesUnder(dir);
      const hashes = Object.fromEntries(files.map((path) => [path, sri(join(dir, path))]));
      const chunks = files.filter((path) => path.startsWith(`${chunksDir}/`) && path.endsWith('.js'));
      const importMap = { integrity: Object.fromEntries(chunks.map((path) => [`./${path}`, hashes[path]])) };
      writeFileSync(join(dir, outputName), `${JSON.stringify({ algorithm: 'sha384', files: hashes, importMap }, null, 2)}\n`);
    },
  };
}
