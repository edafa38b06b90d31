/** A scheme part (what comes before the first `/`, `?` or `#`) that is relative or names a safe scheme. */
const allowedSchemePart = /^[^:&]*$|^(https?|mailto|tel):[^&]*$/i;

/**
 * URL parsers drop tabs and newlines anywhere and controls and spaces at the ends, so
 * `java\tscript:` still runs. Any other character left in a scheme makes it unknown, hence refused.
 */
// eslint-disable-next-line no-control-regex
const ignoredInScheme = /[\u0000-\u0020\u007f]/g;

/**
 * Returns the URL, trimmed, when following it cannot run script: http(s), mailto, tel and
 * relative URLs. Anything else (`javascript:`, `data:`, `vbscript:`…), including schemes
 * disguised with case, white space or control characters, gives `undefined`.
 *
 * An `&` before the first `/`, `?` or `#` is refused too: it may start an HTML entity
 * (`javascript&colon;`, `&#106;avascript:`) that would become a scheme if the URL were ever
 * written into HTML. Refusing is simpler and safer than decoding entities to look behind
 * them, and no web address or relative link an editor writes needs one there.
 */
export function safeUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  const trimmed = url.trim();
  return trimmed && allowedSchemePart.test(trimmed.replace(ignoredInScheme, '').split(/[/?#]/)[0]!) ? trimmed : undefined;
}

/** Resolves a URL against the page, as structured data needs absolute URLs; `undefined` when it cannot. */
export function absoluteUrl(url: string, base: string = document.baseURI): string | undefined {
  try {
    return new URL(url, base).href;
  } catch {
    return undefined;
  }
}

/**
 * A host name at the start of a URL written without scheme: `www.liege.be`, `uhasselt.be/en`.
 * Not a file name (`liege.html`, `plan.pdf`): a relative link stays relative.
 */
const bareHost = /^[\w-]+(?:\.[\w-]+)*\.(?!(?:html?|php|aspx?|pdf|jpe?g|png)\b)[a-z]{2,}(?:[/?#]|$)/i;

/**
 * A safe URL for an organisation's website, as editors write them. `www.liege.be` would be a
 * link relative to the current page, broken on every site: it is read as `https://www.liege.be`.
 */
export function websiteUrl(url: unknown): string | undefined {
  const safe = safeUrl(url);
  return safe && bareHost.test(safe) ? 'https://' + safe : safe;
}
