import { absoluteUrl } from '@npower/core';
import type { BreadcrumbItem } from './items.js';

/** schema.org BreadcrumbList, as Google and Bing read it: the current page carries no `item`. */
export function breadcrumbList(items: readonly BreadcrumbItem[]): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => {
      const isCurrent = index === items.length - 1;
      const url = !isCurrent && item.href ? absoluteUrl(item.href) : undefined;
      return {
        '@type': 'ListItem',
        position: index + 1,
        name: item.label,
        ...(url ? { item: url } : {}),
      };
    }),
  };
}
