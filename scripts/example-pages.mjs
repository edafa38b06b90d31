// Test-server plugins for the packages' example pages, which the tests open as a city's page.
// - `?entry=np-loader.js` serves the page with another of its package's CDN entries in place of
//   the one it names, so one page (the N-POWER project's) proves each way of embedding.
// - `?probe` adds, before the page's first script, a classic script that records errors, console
//   errors and Content-Security-Policy violations (test-support/page-probe.js), and axe-core.
//   Written into the HTML by the server, both pass `script-src 'self'` and need no Trusted Types:
//   a parser-inserted script is not a sink, unlike one a test would create.
// - `/np-tampered/<file name>/<path>` serves the file at <path> with one byte of <file name>
//   changed: everything it imports resolves under the same prefix, so a test can change one
//   chunk of a loader and prove that Subresource Integrity refuses it.
import { readFile } from 'node:fs/promises';
import { basename, join, normalize } from 'node:path';

const entryName = /^np-[a-z-]+\.js$/;
const tamperedPrefix = /^\/np-tampered\/([^/]+)(\/.+)$/;

/** Changes the last character before the trailing newline: in our bundles, inside the source map comment. */
function changeOneByte(text) {
  const index = text.trimEnd().length - 1;
  return text.slice(0, index) + (text[index] === 'x' ? 'y' : 'x') + text.slice(index + 1);
}

export function examplePagesPlugin({ rootDir }) {
  return {
    name: 'np-example-pages',
    async serve(context) {
      const match = tamperedPrefix.exec(context.path);
      if (!match) return undefined;
      const [, tampered, path] = match;
      const file = normalize(join(rootDir, path));
      if (!file.startsWith(rootDir)) return undefined;
      const text = await readFile(file, 'utf8');
      return { body: basename(file) === tampered ? changeOneByte(text) : text, type: file.endsWith('.js') ? 'js' : 'html' };
    },
    transform(context) {
      if (!/\/examples\/[^/]+\.html$/.test(context.path) || typeof context.body !== 'string') return undefined;
      let body = context.body;
      const entry = context.URL.searchParams.get('entry');
      if (entry && entryName.test(entry)) {
        body = body.replace(/(<script type="module" src="[^"]*\/dist\/cdn\/)np-[a-z-]+\.js"/, `$1${entry}"`);
      }
      if (context.URL.searchParams.has('probe')) {
        const probe = '<script src="/test-support/page-probe.js"></script><script src="/node_modules/axe-core/axe.min.js"></script>';
        body = body.replace('<script', `${probe}<script`);
      }
      return body === context.body ? undefined : { body, transformCache: false };
    },
  };
}
