// One static server for the scripts that show files to a browser as a city's web server would
// (test-stories, the release rehearsal, the bench): sirv serves `root` with each file's MIME
// type, an index.html for a folder, and nothing outside `root`; 127.0.0.1 only, on a free port.
import { createServer } from 'node:http';
import sirv from 'sirv';

/**
 * Starts serving `root`. `answer(request, response, path)` may answer a request first (a page kept
 * in memory, a robots.txt) and returns true when it did. Resolves with the origin and the way to stop.
 */
export async function serveFiles(root, answer = () => false) {
  // dev: files are looked up at each request, as they are written while the server runs.
  const files = sirv(root, { dev: true, dotfiles: false });
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    if (answer(request, response, path)) return;
    files(request, response, () => response.writeHead(404).end());
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
