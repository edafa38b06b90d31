/**
 * Numbering plans of the Euregio's countries and its neighbours: the country calling code and
 * the digits of a national number after its trunk 0. Numbers of other countries are read when
 * written internationally, and shown as written.
 */
const plans: Record<string, [code: string, national: RegExp]> = {
  BE: ['32', /^\d{8,9}$/],
  // Dutch service numbers (0800, 0900, 0906, 0909) are shorter or longer than the others.
  NL: ['31', /^(?:\d{9}|(?:800|90[069])\d{4,7})$/],
  DE: ['49', /^\d{6,13}$/],
  // Nine digits after the 0 everywhere in France, the first never 0.
  FR: ['33', /^[1-9]\d{8}$/],
  // No trunk prefix and no area codes in Luxembourg: 4 to 11 digits, the longer ones with a
  // company's extension after its 6- or 8-digit number (`4796-1`, `26 12 34 56-78`).
  LU: ['352', /^[1-9]\d{3,10}$/],
};

export interface PhoneNumber {
  /** `+3242212345`, for `tel:` links and the vCard. */
  e164: string;
  /** As people of the contact's country write it (`04 221 23 45`), or international (`+32 4 221 23 45`) for a number abroad. */
  display: string;
}

/** NL area codes of two digits; every other NL landline code has three. */
const dutchShortAreas = /^(?:10|13|15|20|23|24|26|30|33|35|36|38|40|43|45|46|50|53|55|58|7\d|8[4578]|91)/;

/** Groups the digits after the trunk prefix the way directories of the country print them, when the writer gave no spacing. */
function group(country: string, digits: string): string {
  const split = (sizes: number[]) => {
    const parts: string[] = [];
    let at = 0;
    for (const size of sizes) {
      if (at < digits.length) parts.push(digits.slice(at, (at += size)));
    }
    if (at < digits.length) parts.push(digits.slice(at));
    return parts.join(' ');
  };
  if (country === 'BE') {
    // Mobiles 4xx and two-digit zones, then the one-digit zones of Brussels, Antwerp, Liège and Ghent.
    if (digits.length === 9) return split([3, 2, 2, 2]);
    return /^[2349]/.test(digits) ? split([1, 3, 2, 2]) : split([2, 2, 2, 2]);
  }
  if (country === 'NL') {
    if (/^(?:800|90)/.test(digits)) return split([3]);
    return digits.startsWith('6') ? split([1, 4, 4]) : dutchShortAreas.test(digits) ? split([2, 3, 4]) : split([3, 3, 3]);
  }
  if (country === 'FR') return digits.startsWith('8') ? split([3, 3, 3]) : split([1, 2, 2, 2, 2]);
  if (country === 'LU') {
    // Mobiles 6x1 in threes, free and premium numbers 800x/90xx in fours, landlines in pairs.
    if (/^6\d{8}$/.test(digits)) return split([3, 3]);
    if (/^[89]0/.test(digits)) return split([4]);
    // An odd length is a number with its extension, which only the writer knows where to split.
    return digits.length % 2 ? digits : split([2, 2, 2, 2, 2]);
  }
  // Area codes of other plans (German ones run from 2 to 5 digits) cannot be told apart without a directory.
  return digits;
}

/**
 * Reads a phone number as people write it: national (`04 221 23 45`, `0241/432-0`) for the
 * contact's `country`, or international (`+32 4 221 23 45`, `0032 4 …`, `+32 (0)4 …`).
 * Returns `undefined` for anything that is not a dialable number.
 */
export function parsePhone(written: string, country: string | undefined): PhoneNumber | undefined {
  const trimmed = written.trim();
  if (!/^(?:\+|00)?[\d\s./()-]+$/.test(trimmed)) return undefined;
  // "(0)" is the trunk prefix some people write inside international numbers; it is not dialled.
  const compact = trimmed.replace(/\(0\)/g, '').replace(/^00/, '+');
  const digits = compact.replace(/\D/g, '');
  const international = compact.startsWith('+');
  const plan = international
    ? Object.entries(plans).find(([, [code]]) => digits.startsWith(code))
    : Object.entries(plans).find(([key]) => key === country?.toUpperCase());
  if (!plan) {
    // Plans we do not know are taken on trust within E.164's length: 8 to 15 digits.
    return international && digits.length >= 8 && digits.length <= 15
      ? { e164: `+${digits}`, display: compact.replace(/\s+/g, ' ') }
      : undefined;
  }
  const [numberCountry, [code, pattern]] = plan;
  // Luxembourg numbers are dialled in full inside the country: a leading 0 there is a mistake.
  const trunk = numberCountry === 'LU' ? '' : '0';
  if (!international && !digits.startsWith(trunk)) return undefined;
  const dialled = international ? digits.slice(code.length) : digits;
  // A trunk 0 written after the country code is not dialled either.
  const national = trunk ? dialled.replace(/^0/, '') : dialled;
  if (!pattern.test(national)) return undefined;
  // What follows the country code's digits, however they were spaced (`+ 32 4…`, `00 32 4…`).
  const writtenNational = (international ? compact.slice(compact.indexOf(code) + code.length) : compact)
    .replace(/[()]/g, '')
    .replace(/^[\s./-]*0?[\s./-]*/, '');
  // Grouped as the country's directories print it (`04/221.23.45` → `04 221 23 45`), where its
  // plan tells how. German area codes, and Luxembourg extensions (`4796-1`), only the writer knows.
  const grouped =
    numberCountry === 'DE' || (numberCountry === 'LU' && writtenNational.includes('-'))
      ? writtenNational.replace(/\s+/g, ' ')
      : group(numberCountry, national);
  return {
    e164: `+${code}${national}`,
    display: numberCountry === country?.toUpperCase() ? `${trunk}${grouped}` : `+${code} ${grouped}`,
  };
}
