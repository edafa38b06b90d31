import { absoluteUrl } from '@npower/core';
import type { BreadcrumbItem } from './items.js';

/** schema.org BreadcrumbList, as Google and Bing read it: the current page (no href) carries no `item`. */
export function breadcrumbList(items: readonly BreadcrumbItem[]): object {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => {
      const url = item.href ? absoluteUrl(item.href) : undefined;
      return {
        '@type': 'ListItem',
        position: index + 1,
        name: item.label,
        ...(url ? { item: url } : {}),
      };
    }),
  };
}
