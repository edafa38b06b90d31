import ICAL from 'ical.js';

/** The properties the card writes, as ical.js (an independent parser) reads them back. */
export interface ReadVCard {
  version: unknown;
  fn: unknown;
  n: unknown;
  org: unknown;
  title: unknown;
  email: unknown;
  tel: unknown;
  adr: unknown;
  url: unknown;
  note: unknown;
}

/*
 * ical.js applies vCard 4 text rules to 3.0 and leaves `\;` escaped in unstructured text
 * (kewisch/ical.js#173); RFC 2426 escapes `;` in every text value. Only that one sequence is
 * undone here, and only when the backslash is not itself escaped.
 */
const unescapeSemicolons = (value: unknown) => (typeof value === 'string' ? value.replace(/(?<!\\)\\;/g, ';') : value);

export function readVCard(text: string): ReadVCard {
  const card = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const value = (name: string) => card.getFirstPropertyValue(name) ?? undefined;
  return {
    version: value('version'),
    fn: unescapeSemicolons(value('fn')),
    n: value('n'),
    org: value('org'),
    title: unescapeSemicolons(value('title')),
    email: value('email'),
    tel: value('tel'),
    adr: value('adr'),
    url: value('url'),
    note: unescapeSemicolons(value('note')),
  };
}
