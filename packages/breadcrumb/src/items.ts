import { structuredDataSelector, textOf as text, unsafeUrlDropped } from '@npower/core';

/** One step of the trail. The last item is the current page. */
export interface BreadcrumbItem {
  label: string;
  href?: string;
  /** The item's language when it differs from the page's, for example a Dutch page title on a French site. */
  lang?: string;
}

/**
 * Reads the trail from the markup CMSs print: either a list (`<ol>`/`<ul>` of `<li>`, as in
 * Plone, Drupal, WordPress and TYPO3 themes) or a flat run of links with a final `<span>`.
 * Items may be incomplete here; `cleanItems` decides what is kept.
 */
export function readLightItems(host: Element): Partial<BreadcrumbItem>[] {
  const children = [...host.children].filter((child) => !child.matches(`script,template,style,noscript,${structuredDataSelector}`));
  const list = children.find((child) => child.matches('ol,ul'));
  const elements = list ? [...list.children].filter((child) => child.localName === 'li') : children;
  return elements.map((element) => {
    const link = element.localName === 'a' ? element : element.querySelector('a');
    return {
      label: text(element),
      href: link?.getAttribute('href') ?? undefined,
      lang: [link, element, list].map((node) => node?.getAttribute('lang')).find(Boolean) ?? undefined,
    };
  });
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
