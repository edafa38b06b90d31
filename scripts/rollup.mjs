import minifyTemplates from '@lit-labs/rollup-plugin-minify-html-literals';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { existsSync } from 'node:fs';

const isExternal = (id) => /^(lit|@lit\/|@lit-labs\/|@npower\/)/.test(id);

/**
 * What turns sources into a file a CMS page loads with nothing else: dependencies inlined
 * (Lit's production build), TypeScript compiled, templates and code minified.
 */
export function cdnPlugins() {
  return [
    nodeResolve({ browser: true }),
    typescript({
      tsconfig: './tsconfig.json',
      noEmitOnError: true,
      declaration: false,
      declarationMap: false,
      outDir: 'dist/cdn',
    }),
    // Lit templates keep their indentation in the bundle; a CMS visitor should not download it.
    // keepClosingSlash: inside <svg>, <rect/> without its slash swallows the elements after it.
    minifyTemplates({ failOnError: true, options: { minifyOptions: { keepClosingSlash: true } } }),
    terser({ module: true, ecma: 2022, compress: { passes: 3 }, format: { comments: false } }),
  ];
}

/**
 * The two builds every package ships:
 * - `dist/`: ES modules for bundlers, with lit and @npower/* left as imports so an app
 *   that uses several widgets loads them once;
 * - `dist/cdn/<cdnName>.js` (widgets only): one minified module with everything inside,
 *   for a CMS page that has nothing but a `<script type="module">` tag.
 */
export function libraryBuild({ cdnName } = {}) {
  const entries = ['src/index.ts', 'src/define.ts'].filter((file) => existsSync(file));
  const builds = [
    {
      input: entries,
      external: isExternal,
      output: {
        dir: 'dist',
        format: 'es',
        preserveModules: true,
        preserveModulesRoot: 'src',
        sourcemap: true,
      },
      plugins: [typescript({ tsconfig: './tsconfig.json', noEmitOnError: true, importHelpers: false })],
    },
  ];
  if (cdnName) {
    builds.push({
      input: 'src/define.ts',
      output: { file: `dist/cdn/${cdnName}.js`, format: 'es', sourcemap: true },
      plugins: cdnPlugins(),
    });
  }
  return builds;
}
