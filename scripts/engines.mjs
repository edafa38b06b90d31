// The three browser engines the tests run in, found among Debian's packages (nothing here
// downloads a browser). Each entry says where its binaries are and how to install them.
import { existsSync, readdirSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

/** The path set in `variable` if any (a wrong one counts as missing), else the first default that exists. */
function locate(variable, defaults) {
  const configured = process.env[variable];
  const candidates = configured ? [configured] : defaults;
  return candidates.find((path) => existsSync(path));
}

function miniBrowserPath() {
  // WebKitGTK puts MiniBrowser under the multiarch directory: x86_64-linux-gnu, aarch64-linux-gnu…
  const candidates = readdirSync('/usr/lib').map((dir) => `/usr/lib/${dir}/webkit2gtk-4.1/MiniBrowser`);
  return locate('MINIBROWSER_PATH', candidates);
}

export const engines = {
  chromium: {
    label: 'Chromium',
    debianPackages: ['chromium'],
    find() {
      try {
        return { executablePath: findChromium() };
      } catch {
        return undefined;
      }
    },
  },
  firefox: {
    label: 'Firefox',
    debianPackages: ['firefox-esr'],
    find() {
      const executablePath = locate('FIREFOX_PATH', ['/usr/bin/firefox-esr', '/usr/bin/firefox']);
      return executablePath && { executablePath };
    },
  },
  webkit: {
    label: 'WebKit',
    debianPackages: ['webkit2gtk-driver', 'xvfb'],
    find() {
      const driver = locate('WEBKIT_WEBDRIVER_PATH', ['/usr/bin/WebKitWebDriver']);
      const miniBrowser = miniBrowserPath();
      const xvfb = locate('XVFB_PATH', ['/usr/bin/Xvfb']);
      return driver && miniBrowser && xvfb && { driver, miniBrowser, xvfb };
    },
  },
};

export const engineNames = Object.keys(engines);

/** The engines asked for with BROWSERS (a comma- or space-separated list), all three by default. */
export function requestedEngines(value = process.env.BROWSERS) {
  if (!value?.trim()) return engineNames;
  const names = value.split(/[\s,]+/).filter(Boolean).map((name) => name.toLowerCase());
  const unknown = names.filter((name) => !engineNames.includes(name));
  if (unknown.length) {
    throw new Error(`BROWSERS names unknown engine(s) ${unknown.join(', ')}; choose from ${engineNames.join(', ')}.`);
  }
  return [...new Set(names)];
}
