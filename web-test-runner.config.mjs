// Shared by every package. `npm test` in a package runs it through scripts/test-browsers.mjs,
// which picks the engines (BROWSERS), starts what WebKit needs and passes them in NP_ENGINES.
// Run directly (`web-test-runner --config ../../web-test-runner.config.mjs`) it uses Chromium only.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { defaultReporter } from '@web/test-runner';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';
import { downloadRecorderPlugin } from './scripts/download-recorder.mjs';
import { examplePagesPlugin } from './scripts/example-pages.mjs';
import { accessibilityTreePlugin } from './scripts/accessibility-tree.mjs';
import { engineResultsReporter } from './scripts/engine-results-reporter.mjs';
import { focusCommandsPlugin } from './scripts/focus-commands.mjs';
import { requestRecorderPlugin } from './scripts/request-recorder.mjs';
import { freePort } from './scripts/free-port.mjs';

const rootDir = fileURLToPath(new URL('.', import.meta.url));

/**
 * The CDN files and example pages are what a city serves: they reach the browser byte for byte,
 * or Subresource Integrity would refuse them and the tests would measure esbuild's output instead.
 */
function servedAsBuilt(plugin) {
  const transform = plugin.transform.bind(plugin);
  plugin.transform = (context) => (/\/dist\/cdn\/|\/examples\//.test(context.path) ? undefined : transform(context));
  return plugin;
}
const packageName = basename(process.cwd());
const engines = process.env.NP_ENGINES
  ? JSON.parse(process.env.NP_ENGINES)
  : { chromium: { executablePath: findChromium() } };

const launchers = {
  chromium: ({ executablePath }) =>
    chromeLauncher({ launchOptions: { executablePath, headless: true, args: chromiumArgs } }),
  // Firefox over WebDriver BiDi: no geckodriver to download.
  firefox: ({ executablePath }) =>
    chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath,
        headless: true,
        // focusmanager.testmode: the headless window counts as focused, so :focus-visible can be tested.
        extraPrefsFirefox: { 'network.captive-portal-service.enabled': false, 'app.update.enabled': false, 'focusmanager.testmode': true },
      },
    }),
  // WebKitGTK's MiniBrowser through WebKitWebDriver, started by scripts/test-browsers.mjs.
  webkit: ({ miniBrowser }) =>
    webdriverLauncher({
      hostname: '127.0.0.1',
      port: Number(process.env.NP_WEBKIT_DRIVER_PORT),
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver refuses webdriverio's default BiDi request.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
      },
    }),
};

const launcherEngines = new Map(Object.entries(engines).map(([name, location]) => [launchers[name](location), name]));

export default {
  rootDir,
  hostname: '127.0.0.1',
  port: await freePort(),
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  plugins: [
    servedAsBuilt(esbuildPlugin({ ts: true, target: 'es2022', tsconfig: `${rootDir}tsconfig.base.json` })),
    requestRecorderPlugin(),
    downloadRecorderPlugin(),
    examplePagesPlugin({ rootDir }),
    focusCommandsPlugin(),
    accessibilityTreePlugin({ snapshotDir: `${process.cwd()}/test/accessibility-trees` }),
  ],
  browsers: [...launcherEngines.keys()],
  reporters: [
    defaultReporter(),
    ...(process.env.NP_ENGINE_RESULTS ? [engineResultsReporter(process.env.NP_ENGINE_RESULTS, launcherEngines)] : []),
  ],
  // One test file at a time per browser: background tabs get no animation frames, and WebKitWebDriver
  // drives one window (iframes would be needed otherwise, which MiniBrowser's automation mishandles).
  concurrency: 1,
  // V8 coverage comes from Chromium only; the other engines run the same files for behaviour.
  coverage: 'chromium' in engines,
  coverageConfig: {
    include: [`**/packages/${packageName}/src/**`],
    reportDir: 'coverage',
    report: true,
    threshold: { statements: 90, branches: 90, functions: 90, lines: 90 },
  },
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 120000,
  // Lit announces its development build in every file; the tests want it for its extra checks.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
};
