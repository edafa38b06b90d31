/** The languages every widget ships messages for. */
export const supportedLanguages = ['en', 'fr', 'nl', 'de'] as const;

export type Language = (typeof supportedLanguages)[number];

export interface ResolvedLocale {
  /** Canonical BCP 47 tag to format numbers and dates with, for example `fr-BE`. */
  readonly tag: string;
  /** The supported language whose messages are shown. */
  readonly language: Language;
  /** The element's own language, canonical (`es-ES`), or `''` when missing or invalid. */
  readonly page: string;
}

/**
 * The raw language of an element: its own `lang`, else the closest ancestor's,
 * looking through shadow roots to their hosts, else the document's.
 */
export function findLanguageTag(element: Element): string {
  let node: Element | null = element;
  while (node) {
    // An empty lang means "unknown", which tells a widget nothing: keep looking.
    const owner: Element | null = node.closest('[lang]:not([lang=""])');
    if (owner) return owner.getAttribute('lang')!.trim();
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  // <html lang> was an ancestor above, so nothing says which language this is.
  return '';
}

/** Maps any BCP 47 tag to a supported language: `fr-BE` → `fr`, unknown or invalid → `en`. */
export function negotiateLocale(tag: string): ResolvedLocale {
  let page = '';
  try {
    // Throws on an empty or malformed tag, which leaves English. The canonical form has the
    // language in lower case: `FR-be` → `fr-BE`.
    page = Intl.getCanonicalLocales(tag)[0]!;
    const language = page.split('-')[0] as Language;
    if (supportedLanguages.includes(language)) return { tag: page, language, page };
  } catch {
    // English, below.
  }
  return { tag: 'en', language: 'en', page };
}

export function resolveLocale(element: Element): ResolvedLocale {
  return negotiateLocale(findLanguageTag(element));
}
