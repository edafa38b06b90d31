const allowedSchemes = new Set(['http', 'https', 'mailto', 'tel']);
const schemeEntities: Record<string, string> = { colon: ':', tab: '\t', newline: '\n' };

/**
 * URL parsers drop tabs and newlines anywhere and controls and spaces at the ends, so
 * `java\tscript:` still runs. Any other character left in a scheme makes it unknown, hence refused.
 */
// eslint-disable-next-line no-control-regex
const ignoredInScheme = /[\u0000-\u0020\u007f]/g;

/**
 * Reveals the characters that entities can hide in a scheme. Other named entities are left
 * as they are: an `&` left before the colon makes the scheme unknown, hence refused.
 */
function decodeEntities(value: string): string {
  return value.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(colon|tab|newline));?/gi, (_, hex?: string, decimal?: string, name?: string) => {
    if (name) return schemeEntities[name.toLowerCase()]!;
    const code = hex ? parseInt(hex, 16) : Number(decimal);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/**
 * Returns the URL, trimmed, when following it cannot run script: http(s), mailto, tel and
 * relative URLs. Anything else (`javascript:`, `data:`, `vbscript:`…), including schemes
 * disguised with case, white space, control characters or HTML entities, gives `undefined`.
 */
export function safeUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  const trimmed = url.trim();
  if (!trimmed) return undefined;
  const revealed = decodeEntities(trimmed).replace(ignoredInScheme, '');
  const colon = revealed.indexOf(':');
  const boundary = revealed.search(/[/?#]/);
  const hasScheme = colon !== -1 && (boundary === -1 || colon < boundary);
  if (!hasScheme) return trimmed;
  const scheme = revealed.slice(0, colon).toLowerCase();
  return allowedSchemes.has(scheme) ? trimmed : undefined;
}

/** Resolves a URL against the page, as structured data needs absolute URLs; `undefined` when it cannot. */
export function absoluteUrl(url: string, base: string = document.baseURI): string | undefined {
  try {
    return new URL(url, base).href;
  } catch {
    return undefined;
  }
}

/** A host name at the start of a URL written without scheme: `www.liege.be`, `uhasselt.be/en`. */
const bareHost = /^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:[/?#]|$)/i;

/**
 * A safe URL for an organisation's website, as editors write them. `www.liege.be` would be a
 * link relative to the current page, broken on every site: it is read as `https://www.liege.be`.
 */
export function websiteUrl(url: unknown): string | undefined {
  const safe = safeUrl(url);
  return safe && bareHost.test(safe) ? 'https://' + safe : safe;
}
