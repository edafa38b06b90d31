// Visual review: a screenshot of every story of the built Storybook, in every theme, in each
// engine, compared with the committed baselines in visual/screenshots/<engine>/baseline.
// `npm run test-visual` runs it through scripts/test-browsers.mjs (part of `npm test`);
// `npm run visual:update` writes new baselines instead of comparing.
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import base from './web-test-runner.config.mjs';
import { failureThreshold, failureThresholdType } from './visual/tolerance.mjs';

const update = process.env.NP_UPDATE_SCREENSHOTS === '1';

// The baselines were drawn in these fonts; with others every screenshot would differ.
const fonts = execFileSync('fc-list', [':', 'family'], { encoding: 'utf8' });
for (const family of ['DejaVu Sans', 'Liberation Sans']) {
  if (!fonts.includes(family)) throw new Error(`The font "${family}" is not installed: run \`npm run setup\` (scripts/install-browsers.sh installs it).`);
}
const staticRoot = join(base.rootDir, 'storybook-static');
const contentTypes = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png' };

/**
 * The built Storybook, served byte for byte from the test server (same origin as the test page,
 * which drives the preview in an iframe): no plugin rewrites Storybook's bundles.
 */
async function serveStorybook(context, next) {
  if (!context.path.startsWith('/storybook-static/')) return next();
  const file = join(staticRoot, normalize(decodeURIComponent(context.path.slice('/storybook-static'.length))).replace(/^(\.\.[/\\])+/, ''));
  if (!existsSync(file) || !statSync(file).isFile()) return next();
  context.type = contentTypes[extname(file)] ?? 'application/octet-stream';
  context.body = createReadStream(file);
}

export default {
  ...base,
  files: ['visual/*.test.ts'],
  middleware: [serveStorybook],
  plugins: [
    ...base.plugins,
    visualRegressionPlugin({
      update,
      baseDir: join(base.rootDir, 'visual/screenshots'),
      // A story with no baseline fails (the plugin saves its screenshot under failed/ to review).
      failureThreshold,
      failureThresholdType,
    }),
  ],
  coverage: false,
  testFramework: { config: { timeout: 60000 } },
  testsFinishTimeout: 30 * 60 * 1000,
};
