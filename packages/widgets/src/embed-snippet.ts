/** What `dist/cdn/integrity.json` holds, written by the build. */
export interface CdnIntegrity {
  /** Always `sha384`: what the `integrity` attribute and import maps check. */
  readonly algorithm: 'sha384';
  /** Every file in `dist/cdn/` (but this one), by its path there: its `sha384-…` value. */
  readonly files: Readonly<Record<string, string>>;
  /**
   * An import map for the chunks `np-loader.js` imports, keyed by their path in `dist/cdn/`
   * (`./chunks/…`). Import-map keys are resolved against the page, not the loader: write the
   * folder's URL in front of each, or let `embedSnippet` (or `npx np-embed-snippet`) do it.
   */
  readonly importMap: { readonly integrity: Readonly<Record<string, string>> };
}

export interface EmbedSnippet {
  /** The import map's JSON: the exact text of `<script type="importmap">`, which a CSP hash covers. */
  readonly importMapJson: string;
  /** Import map and loader, to paste into the page's `<head>`, import map first. */
  readonly loader: string;
  /**
   * The all-in-one file: one tag, no import map (it imports nothing). It holds the page's first
   * paint until the widgets have rendered (`blocking="render"`), so nothing moves when they do.
   */
  readonly allInOne: string;
}

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * The tags that load the widgets from `folder` (the URL where the contents of `dist/cdn/` are
 * served, for example `/assets/npower/` or `https://cdn.example.org/npower/1.2.0/`) with
 * Subresource Integrity, so a changed byte anywhere in what runs makes the browser refuse it.
 */
export function embedSnippet(integrity: CdnIntegrity, folder: string): EmbedSnippet {
  const base = folder.endsWith('/') ? folder : `${folder}/`;
  const at = (path: string) => base + path.replace(/^\.\//, '');
  const keyed = Object.entries(integrity.importMap.integrity).map(([path, hash]) => [at(path), hash]);
  // `<` escaped so that no URL can close the script element; JSON reads \u003c back as `<`.
  const importMapJson = JSON.stringify({ integrity: Object.fromEntries(keyed) }).replace(/</g, '\\u003c');
  const tag = (file: string, extra = '') =>
    `<script type="module" src="${attribute(at(file))}" integrity="${integrity.files[file]}" crossorigin="anonymous"${extra}></script>`;
  return {
    importMapJson,
    // No render blocking for the loader: it cannot hold the paint for the chunks it imports later.
    loader: `<script type="importmap">${importMapJson}</script>\n${tag('np-loader.js')}`,
    // Painting the CMS's markup first and the widgets a moment later would shift the page (a video
    // link becomes a 16:9 box). Browsers without `blocking` ignore it and paint as before.
    allInOne: tag('np-widgets.js', ' blocking="render"'),
  };
}
