import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname } from 'node:path';
import { cdnIntegrity } from '../../scripts/cdn-integrity.mjs';
import { cdnPlugins, libraryBuild } from '../../scripts/rollup.mjs';

// Chunk names carry a content hash: a folder left over from an earlier build would keep stale
// chunks that integrity.json and the size check would then count.
rmSync('dist', { recursive: true, force: true });

/** Lit and core: what every widget needs, loaded once however many widgets a page has. */
const isRuntime = (id) => /\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(id) || /\/packages\/core\//.test(id);

/** `…/packages/breadcrumb/dist/define.js` → `np-breadcrumb`: the chunk that defines that widget. */
const chunkName = ({ name, facadeModuleId }) =>
  facadeModuleId && basename(facadeModuleId) === 'define.js' ? `np-${basename(dirname(dirname(facadeModuleId)))}` : name;

/**
 * The loader hears the site's banner from its first line, with its own copy of the consent
 * package's announcements module: shared with the video's chunk, Rollup would move it to a chunk
 * that every page then fetches, or have the chunk import the loader back by URL (a second
 * loader where a CMS adds `?ver=` to the tag). The copies share one inbox on the page.
 */
function ownCopyOfAnnouncements() {
  const id = '\0np-loader-announcements';
  const source = createRequire(import.meta.url).resolve('@npower/consent/announcements.js');
  return {
    name: 'np-loader-announcements',
    resolveId: (source) => (source === '@npower/consent/announcements.js' ? id : null),
    load: (loading) => (loading === id ? readFileSync(source, 'utf8') : null),
  };
}

export default [
  // dist/index.js, dist/define.js and dist/embed-snippet.js for bundlers (lit and @npower/* as imports).
  ...libraryBuild(),
  {
    input: 'src/define.ts',
    output: { file: 'dist/cdn/np-widgets.js', format: 'es', sourcemap: true },
    plugins: cdnPlugins(),
  },
  {
    input: { 'np-loader': 'src/loader.ts' },
    output: {
      dir: 'dist/cdn',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: (chunk) => `chunks/${chunkName(chunk)}-[hash].js`,
      manualChunks: (id) => (isRuntime(id) ? 'np-runtime' : undefined),
    },
    plugins: [ownCopyOfAnnouncements(), ...cdnPlugins(), cdnIntegrity()],
  },
];
