import { expect } from '@open-wc/testing';
import { embedSnippet, type CdnIntegrity } from '../src/embed-snippet.js';
import { cdnFolder, heard, openProbedPage, rendered, strictPolicy } from './pages.js';

const digest = async (algorithm: 'SHA-256' | 'SHA-384', data: BufferSource) =>
  btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest(algorithm, data))));

const integrity = async (): Promise<CdnIntegrity> => (await fetch(`${cdnFolder}integrity.json`)).json();

const breadcrumb = '<np-breadcrumb><a href="/">Accueil</a><span>Quartiers</span></np-breadcrumb>';

/** The folder as the test server serves it with one byte of `file` changed (scripts/example-pages.mjs). */
const tamperedFolder = (file: string) => `/np-tampered/${file.split('/').pop()}${cdnFolder}`;

/** The loader's snippet in a page under the strict policy, its import map allowed by its hash. */
async function loaderPage(snippet: ReturnType<typeof embedSnippet>, withImportMap = true) {
  const importMapHash = `'sha256-${await digest('SHA-256', new TextEncoder().encode(snippet.importMapJson))}'`;
  const tags = withImportMap ? snippet.loader : snippet.loader.replace(/<script type="importmap">.*?<\/script>/, '');
  return openProbedPage(strictPolicy(undefined, importMapHash) + tags, breadcrumb);
}

describe('dist/cdn/integrity.json and Subresource Integrity', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('holds the sha384 of every file as served, and covers every chunk the loader can import', async () => {
    const { algorithm, files, importMap } = await integrity();
    expect(algorithm).to.equal('sha384');
    for (const [path, expected] of Object.entries(files)) {
      const served = await (await fetch(cdnFolder + path)).arrayBuffer();
      expect(`sha384-${await digest('SHA-384', served)}`, path).to.equal(expected);
    }
    // Every chunk named by the loader or by another chunk is in the import map, with its file's hash.
    const imported = new Set<string>();
    const scripts = ['np-loader.js', ...Object.keys(files).filter((path) => path.startsWith('chunks/') && path.endsWith('.js'))];
    for (const script of scripts) {
      const text = await (await fetch(cdnFolder + script)).text();
      const base = new URL(script, `https://x${cdnFolder}`);
      for (const [, specifier] of text.matchAll(/(?:import\(|from)\s*"(\.[^"]+)"/g)) {
        imported.add(`./${new URL(specifier!, base).pathname.slice(cdnFolder.length)}`);
      }
    }
    expect(imported.size).to.equal(6);
    expect(Object.keys(importMap.integrity).sort()).to.deep.equal([...imported].sort());
    for (const [key, hash] of Object.entries(importMap.integrity)) expect(hash).to.equal(files[key.slice(2)]);
  });

  it('loads np-widgets.js with its integrity, and the browser refuses it with one byte changed', async () => {
    const page = await openProbedPage(strictPolicy() + embedSnippet(await integrity(), cdnFolder).allInOne, breadcrumb);
    await rendered(page, ['np-breadcrumb']);
    expect(page.npProbe.errors).to.deep.equal([]);

    // Without integrity the changed file still runs (the change is harmless): the refusal below is the browser's check.
    const changed = embedSnippet(await integrity(), tamperedFolder('np-widgets.js')).allInOne;
    const unchecked = await openProbedPage(strictPolicy() + changed.replace(/ integrity="[^"]+"/, ''), breadcrumb);
    await rendered(unchecked, ['np-breadcrumb']);

    const refused = await openProbedPage(strictPolicy() + changed, breadcrumb);
    await heard(refused, 'errors', 'the changed file was not refused');
    expect(refused.npProbe.errors[0]).to.match(/failed to load .*np-widgets\.js/);
    expect(refused.customElements.get('np-breadcrumb')).to.equal(undefined);
  });

  it('loads the loader with its import map under the policy, and the browser refuses a changed runtime chunk', async () => {
    const files = await integrity();
    const page = await loaderPage(embedSnippet(files, cdnFolder));
    await rendered(page, ['np-breadcrumb']);
    expect(page.npProbe.errors).to.deep.equal([]);
    expect(page.npProbe.violations).to.deep.equal([]);

    const runtime = Object.keys(files.files).find((path) => /^chunks\/np-runtime-.*\.js$/.test(path))!;
    const changed = embedSnippet(files, tamperedFolder(runtime));
    const unchecked = await loaderPage(changed, false);
    await rendered(unchecked, ['np-breadcrumb']);

    const refused = await loaderPage(changed);
    await heard(refused, 'errors', 'the changed runtime chunk was not refused');
    expect(refused.npProbe.errors[0]).to.include('np-loader: <np-breadcrumb> could not be loaded');
    expect(refused.customElements.get('np-breadcrumb')).to.equal(undefined);
  });

  it('leaves a widget whose chunk was refused as the HTML it was written as, says so once, and does not ask for it again this page view', async () => {
    const files = await integrity();
    const chunk = Object.keys(files.files).find((path) => /^chunks\/np-breadcrumb-.*\.js$/.test(path))!;
    const refused = await loaderPage(embedSnippet(files, tamperedFolder(chunk)));
    await heard(refused, 'errors', 'the changed chunk was not refused');
    const written = refused.document.querySelector('np-breadcrumb')!;
    expect(written.querySelector('a')!.textContent).to.equal('Accueil');
    // The same widget again, as a CMS block inserted later: nothing more is fetched or said.
    refused.document.body.append(written.cloneNode(true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(refused.npProbe.errors.filter((error) => error.includes('np-loader'))).to.have.length(1);
    expect(refused.customElements.get('np-breadcrumb')).to.equal(undefined);
  });
});
