import { textOf as text, unsafeUrlDropped } from '@npower/core';

/** One step of the trail. The last item is the current page, unless it links to another page. */
export interface BreadcrumbItem {
  label: string;
  href?: string;
  /** The item's language when it differs from the page's, for example a Dutch page title on a French site. */
  lang?: string;
}

// Headings are the "Breadcrumb" titles themes print for screen readers (Drupal); aria-hidden holds
// icons; the widget's own structured data is [hidden]. Elements without text (meta) are left out anyway.
const notCrumbs = 'script,style,noscript,h1,h2,h3,h4,h5,h6,[hidden],[aria-hidden=true]';

/**
 * The crumbs of a trail as CMSs print it, list or not: each link is a crumb; other elements
 * (`<nav>`, `<ol>`, `<li>`, wrapper `<span>`s) are opened until they hold no link, and what is
 * left (an unlinked `<li>`, a final `<span>`, text) is a crumb too.
 */
const crumbsIn = (node: Node): Node[] =>
  [...node.childNodes].flatMap((child) =>
    child instanceof Element
      ? child.matches(notCrumbs)
        ? []
        : child.localName != 'a' && child.querySelector('a')
          ? crumbsIn(child)
          : [child]
      : // Text, not comments: templates and server-rendered frameworks (Lit, Vue) leave comments in the trail.
        child.nodeType == 3
        ? [child]
        : [],
  );

/** What a reader hears: the text, or for an icon-only link its `aria-label` or image `alt`. */
const nameOf = (node: Node): string =>
  text(node) || (node as Element).getAttribute?.('aria-label') || (node as Element).querySelector?.('img')?.alt || '';

/**
 * Reads the trail from the markup CMSs print (Plone, Drupal, TYPO3, Joomla and block-editor
 * lists; Yoast SEO, Rank Math and Breadcrumb NavXT runs of links). Separators (`»`, `/`, `>`) and
 * a "You are here:" prefix are not items; a link to the page itself (`aria-current` or the page's
 * own URL) is unlinked, so that a trail ending with it ends with the current page. Fields may be
 * `null` here; `cleanItems` decides what is kept. `undefined` when a link has no name: the widget
 * then leaves the markup as printed rather than show a trail with a step missing.
 */
export function readLightItems(host: Element): unknown[] | undefined {
  const items = [];
  for (const node of crumbsIn(host)) {
    const link = node instanceof HTMLAnchorElement ? node : undefined;
    const label = nameOf(node);
    if (link && !label) return;
    if (link || !/^[\p{P}\p{S}]*$|:$/u.test(label))
      items.push({
        label,
        href:
          link?.matches('[aria-current=page]') || link?.href.split('#')[0] == location.href.split('#')[0]
            ? undefined
            : link?.getAttribute('href'),
        lang: (node as Element).getAttribute?.('lang'),
      });
  }
  return items;
}

/**
 * Keeps the entries that have a label, with their href only when it is safe to follow;
 * `report` is told about everything left out.
 */
export function cleanItems(
  entries: readonly unknown[],
  isSafe: (href: string) => string | undefined,
  report: (attribute: string, problem: string) => void,
): BreadcrumbItem[] {
  return entries.flatMap((entry) => {
    const candidate = entry as Partial<BreadcrumbItem> | null;
    const label = typeof candidate?.label === 'string' ? candidate.label.trim() : '';
    if (!label) {
      report('items', 'an item without a label was left out');
      return [];
    }
    const item: BreadcrumbItem = { label };
    if (typeof candidate?.href === 'string') {
      const href = isSafe(candidate.href);
      if (href) item.href = href;
      else report('href', `"${label}": ${unsafeUrlDropped(candidate.href)}`);
    }
    if (typeof candidate?.lang === 'string' && candidate.lang) item.lang = candidate.lang;
    return [item];
  });
}
