// Serves the repository on 127.0.0.1, as a city's server would serve the files, and the pages
// the benchmark writes (bench/pages.mjs) from memory.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const root = new URL('../', import.meta.url).pathname;
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml', '.css': 'text/css', '.png': 'image/png' };

/** Starts the server; `pages` maps a path to the HTML served there. */
export function serve(pages) {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname)).replace(/^(\.\.[/\\])+/, '');
    // What every city's server answers besides its pages; a 404 would be a console error in Lighthouse.
    if (path === '/favicon.ico') return response.writeHead(204).end();
    if (path === '/robots.txt') return response.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nAllow: /\n');
    const page = pages.get(path);
    try {
      const body = page ?? (await readFile(join(root, path)));
      // Revalidated each time, as a CMS serves pages; each run has a fresh browser context anyway.
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
