import type { CheckedContact } from './contact.js';

/** Countries that write the locality before the postcode; the rest of Europe writes `4000 Liège`. */
const localityFirst = /^(?:GB|IE|US|CA|AU|NZ)$/;

/** The address lines in the country's usual order: street, postcode and locality, country. */
export function addressLines(contact: CheckedContact, countryName: string | undefined): string[] {
  const place = localityFirst.test(contact.country ?? '')
    ? [contact.locality, contact.postalCode]
    : [contact.postalCode, contact.locality];
  return [contact.street, place.filter(Boolean).join(' '), countryName].filter((line): line is string => !!line);
}

/** A search on OpenStreetMap: a link away, so no map and no third-party request before the visitor asks. */
export const mapUrl = (lines: readonly string[]): string =>
  `https://www.openstreetmap.org/search?query=${encodeURIComponent(lines.join(', '))}`;
