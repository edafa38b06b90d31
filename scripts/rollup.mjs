import minifyTemplates from '@lit-labs/rollup-plugin-minify-html-literals';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { existsSync } from 'node:fs';

const isExternal = (id) => /^(lit|@lit\/|@lit-labs\/|@npower\/)/.test(id);

/**
 * Lit's production build keeps two long error messages in its `css` tag, about values only a
 * developer can pass (our styles are typed `css` templates, so they never fire on a city page).
 * Every CDN file carried them: about 125 B gzip each. They are shortened, never removed (the
 * errors are still thrown), and the build fails when Lit's text changes so that an upgrade is looked at.
 */
function shortenLitCssErrors() {
  const messages = [
    ['"CSSResult is not constructable. Use `unsafeCSS` or `css` instead."', '"CSSResult: use css"'],
    [
      `"Value passed to 'css' function must be a 'css' function result: "+t+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security."`,
      '"css: not a css result: "+t',
    ],
  ];
  return {
    name: 'shorten-lit-css-errors',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith('@lit/reactive-element/css-tag.js')) return null;
      for (const [long, short] of messages) {
        if (!code.includes(long)) this.error(`Lit's css-tag.js changed: "${long.slice(1, 40)}…" not found; review shortenLitCssErrors`);
        code = code.replace(long, short);
      }
      return { code, map: null };
    },
  };
}

/**
 * What turns sources into a file a CMS page loads with nothing else: dependencies inlined
 * (Lit's production build), TypeScript compiled, templates and code minified.
 */
export function cdnPlugins() {
  return [
    nodeResolve({ browser: true }),
    shortenLitCssErrors(),
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
