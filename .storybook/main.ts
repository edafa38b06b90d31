import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Alias, Plugin } from 'vite';

const packagesDir = fileURLToPath(new URL('../packages/', import.meta.url));

/**
 * `npm start` serves the widgets from their TypeScript sources: every entry of a package's
 * `exports` that points to a built module (`./dist/define.js`) is aliased to its source
 * (`src/define.ts`), so `@npower/breadcrumb`, `@npower/breadcrumb/define.js`, `@npower/core`,
 * `@npower/consent`… load `packages/<pkg>/src/*.ts`. What has no module source stays as
 * published: `custom-elements.json` (the manifest file), the CDN bundles, the JSON data files.
 * Exact matches only: `@npower/breadcrumb` must not capture `@npower/breadcrumb/define.js`.
 */
function sourceAliases(): Alias[] {
  const aliases: Alias[] = [];
  for (const dir of readdirSync(packagesDir)) {
    const manifestPath = join(packagesDir, dir, 'package.json');
    if (!existsSync(manifestPath)) continue;
    const { name, exports = {} } = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
      name: string;
      exports?: Record<string, string | { default?: string }>;
    };
    for (const [subpath, target] of Object.entries(exports)) {
      const built = typeof target === 'string' ? target : target.default;
      const module = built && /^\.\/dist\/(?!cdn\/)(.+)\.js$/.exec(built)?.[1];
      if (!module) continue;
      const source = join(packagesDir, dir, 'src', `${module}.ts`);
      if (!existsSync(source)) continue;
      const specifier = subpath === '.' ? name : `${name}/${subpath.slice(2)}`;
      aliases.push({ find: new RegExp(`^${specifier.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`), replacement: source });
    }
  }
  return aliases;
}

/**
 * An edited widget source reloads the preview. Hot-swapping the module would run `define.ts`
 * again, and a custom element cannot be defined twice: the page would keep the old class (old
 * styles, old template) and only warn that the tag is taken.
 */
function reloadOnWidgetSourceChange(): Plugin {
  return {
    name: 'npower:reload-on-widget-source-change',
    apply: 'serve',
    hotUpdate({ file, modules }) {
      if (this.environment.name !== 'client' || !file.startsWith(packagesDir) || !file.includes('/src/')) return;
      if (!modules.length) return;
      this.environment.hot.send({ type: 'full-reload', path: '*' });
      return [];
    },
  };
}

/**
 * Lit's packages, loaded once. Vite pre-bundles what the stories import (`lit` and its
 * directives, with their own copy of lit-html inside), but serves as-is what a module under
 * node_modules imports: Storybook's web-components renderer imports `lit/directive-helpers.js`,
 * which then brought a second lit-html from `node_modules/lit-html/` ("Multiple versions of Lit
 * loaded"). Left out of pre-bundling, every importer gets the same files; `dedupe` keeps a
 * nested copy (an addon's own `node_modules/lit`) out as well.
 */
const litPackages = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'];

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // Example assets the stories use as a site would: files, not inlined data: URLs.
  staticDirs: [{ from: '../packages/consent-video/examples', to: '/examples/consent-video' }],
  // Storybook's own chunks are large and listed on every build; only warnings are worth reading.
  viteFinal: (viteConfig, { configType }) => {
    const common = {
      ...viteConfig,
      logLevel: 'warn' as const,
      build: { ...viteConfig.build, chunkSizeWarningLimit: 2000 },
    };
    // The static build keeps importing the packages' dist/: it is what a site gets, and what
    // `npm run test-stories` checks (a `sideEffects` list or a compiler setting that drops a
    // module shows there, not in sources compiled by Vite).
    if (configType !== 'DEVELOPMENT') return common;
    const userAliases = viteConfig.resolve?.alias ?? [];
    return {
      ...common,
      // scripts/test-storybook-dev.mjs starts with an empty dependency cache of its own.
      cacheDir: process.env.NPOWER_STORYBOOK_CACHE_DIR || viteConfig.cacheDir,
      resolve: {
        ...viteConfig.resolve,
        alias: [
          ...sourceAliases(),
          ...(Array.isArray(userAliases)
            ? userAliases
            : Object.entries(userAliases).map(([find, replacement]) => ({ find, replacement }))),
        ],
        dedupe: [...(viteConfig.resolve?.dedupe ?? []), ...litPackages],
      },
      optimizeDeps: {
        ...viteConfig.optimizeDeps,
        exclude: [...(viteConfig.optimizeDeps?.exclude ?? []), ...litPackages],
      },
      plugins: [...(viteConfig.plugins ?? []), reloadOnWidgetSourceChange()],
    };
  },
};

export default config;
