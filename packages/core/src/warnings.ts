/*
 * One wording per kind of problem, for the console warnings of every widget: an editor who has
 * learnt what one widget says understands the others, and can search the console for `invalid`
 * or `unsafe URL`. Widgets prefix these with `<np-x> attribute:` (NpElement.warn) and, for an
 * entry of a list, with the entry's name in quotes.
 */

/** `invalid "7", expected 2, 3, 4, 5, 6` */
export const invalidValue = (value: unknown, expected?: string): string =>
  `invalid "${String(value)}"${expected ? `, expected ${expected}` : ''}`;

/** `unsafe URL "javascript:alert(1)" dropped` */
export const unsafeUrlDropped = (url: unknown): string => `unsafe URL "${String(url)}" dropped`;

/** What a country must be, in every widget that takes one. */
export const countryCodeExpected = 'a two-letter ISO 3166-1 code such as BE';

/** `cannot be read, expected an array of {"name": …}`: data (JSON or a property) with nothing to show. */
export const unreadableList = (shape: string): string => `cannot be read, expected an array of ${shape}`;
