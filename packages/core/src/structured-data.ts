const marker = 'data-np-structured-data';

/** Matches the block `writeStructuredData` owns, which readers of the light DOM must skip. */
export const structuredDataSelector = `[${marker}]`;

/**
 * `data` as a microdata item in `element`: `@type` becomes its schema.org type, each property
 * (each value of an array) a child: a nested item, a `<link href>` for a web address (what
 * crawlers read as a URL), a `<meta content>` for any other value.
 */
function fillItem(element: HTMLElement, data: Record<string, unknown>): HTMLElement {
  element.setAttribute('itemscope', '');
  for (const [name, values] of Object.entries(data)) {
    for (const value of [values].flat()) {
      if (value == null) continue;
      if (name === '@type') {
        element.setAttribute('itemtype', `https://schema.org/${String(value)}`);
        continue;
      }
      const isItem = typeof value === 'object';
      const isLink = !isItem && /^https?:\/\//i.test(String(value));
      const child = element.ownerDocument.createElement(isItem ? 'div' : isLink ? 'link' : 'meta');
      child.setAttribute('itemprop', name);
      if (isItem) fillItem(child, value as Record<string, unknown>);
      else child.setAttribute(isLink ? 'href' : 'content', String(value));
      element.append(child);
    }
  }
  return element;
}

/**
 * Writes `data` (schema.org, shaped as JSON-LD: `@type`, `@graph`, nested objects and arrays)
 * into the light DOM of `host` as microdata, where search engines read it (they do not look into
 * shadow roots), or removes it when `data` is undefined.
 *
 * Microdata, not a `<script type="application/ld+json">`: under `require-trusted-types-for
 * 'script'` every engine reports a script's text written without a Trusted Types policy, even
 * for a data block, and a site's `trusted-types` directive names only the policies it allows.
 * A hidden `<div>` of `<meta>` and `<link>` elements goes through no sink at all.
 * The block is only replaced when it would differ, so observers of the light DOM stay quiet.
 */
export function writeStructuredData(host: Element, data: object | undefined): void {
  const previous = host.querySelector(`:scope>${structuredDataSelector}`);
  if (!data) return previous?.remove();
  const document = host.ownerDocument;
  const block = document.createElement('div');
  block.hidden = true;
  block.setAttribute(marker, '');
  const items = (data as { '@graph'?: object[] })['@graph'] ?? [data];
  block.append(...items.map((item) => fillItem(document.createElement('div'), item as Record<string, unknown>)));
  if (!previous?.isEqualNode(block)) {
    previous?.remove();
    host.append(block);
  }
}
