// Shared by every package: `web-test-runner --config ../../web-test-runner.config.mjs` from a package folder.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { createServer } from 'node:net';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';

const rootDir = fileURLToPath(new URL('.', import.meta.url));
const packageName = basename(process.cwd());

/** Packages run their suites in parallel under turbo; each needs its own port. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export default {
  rootDir,
  hostname: '127.0.0.1',
  port: await freePort(),
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: `${rootDir}tsconfig.base.json` })],
  browsers: [
    chromeLauncher({ launchOptions: { executablePath: findChromium(), headless: true, args: chromiumArgs } }),
  ],
  coverage: true,
  coverageConfig: {
    include: [`**/packages/${packageName}/src/**`],
    reportDir: 'coverage',
    report: true,
    threshold: { statements: 90, branches: 90, functions: 90, lines: 90 },
  },
  testFramework: { config: { timeout: 5000 } },
  // Lit announces its development build in every file; the tests want it for its extra checks.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
};
