// Serves the repository on 127.0.0.1, as a city's server would serve the files, and the pages
// the benchmark writes (bench/pages.mjs) from memory.
import { fileURLToPath } from 'node:url';
import { serveFiles } from '../scripts/static-server.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));

/** Starts the server; `pages` maps a path to the HTML served there. */
export function serve(pages) {
  return serveFiles(root, (request, response, path) => {
    // What every city's server answers besides its pages; a 404 would be a console error in Lighthouse.
    if (path === '/favicon.ico') response.writeHead(204).end();
    else if (path === '/robots.txt') response.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nAllow: /\n');
    // Revalidated each time, as a CMS serves pages; each run has a fresh browser context anyway.
    else if (pages.has(path)) response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' }).end(pages.get(path));
    else return false;
    return true;
  });
}
