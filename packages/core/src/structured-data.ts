const marker = 'data-np-structured-data';

const ownScript = (host: Element) => host.querySelector<HTMLScriptElement>(`:scope > script[${marker}]`);

/**
 * Writes `data` as a `<script type="application/ld+json">` child of `host`, where search engines
 * read it (they do not look into shadow roots), or removes it when `data` is undefined.
 * The block is only touched when its text changes, so observers of the light DOM stay quiet.
 */
export function writeStructuredData(host: Element, data: object | undefined): void {
  let script = ownScript(host);
  if (!data) {
    script?.remove();
    return;
  }
  // `<` escaped so that the text can never close the script element when the page is serialised.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(marker, '');
    host.append(script);
  }
  // A text node, not the textContent setter, which Trusted Types guards even for data blocks.
  if (script.textContent !== json) script.replaceChildren(json);
}
