import { countryCodeExpected, invalidValue, nonEmptyText, unsafeUrlDropped, websiteUrl } from '@npower/core';
import { parseHours, type HoursRule } from './hours.js';
import { parsePhone, type PhoneNumber } from './phone.js';

/** A contact as data: the `contact` property, or the attributes of the same names in kebab-case. */
export interface Contact {
  name?: string;
  jobTitle?: string;
  organization?: string;
  email?: string;
  /** With `emailDomain`, keeps the whole address out of the page source. */
  emailUser?: string;
  emailDomain?: string;
  /** Any usual national or international writing: `04 221 23 45`, `+32 4 221 23 45`. */
  phone?: string;
  /** ISO 3166-1 alpha-2: the country of national phone numbers and of the address. */
  country?: string;
  street?: string;
  postalCode?: string;
  locality?: string;
  website?: string;
  /** schema.org `openingHours`: `Mo-Fr 09:00-12:00`. */
  hours?: string;
  /** BCP 47 tags, as a space- or comma-separated list or an array. */
  languages?: string | string[];
}

/** A contact checked: what is valid is ready to render, what is not is kept as written. */
export interface CheckedContact {
  name?: string;
  jobTitle?: string;
  organization?: string;
  /**
   * `inPage`: the address may be written into the page's HTML (the light DOM's h-card and
   * schema.org data). Not when it is assembled from `email-user` and `email-domain`, which
   * exist to keep it away from scrapers that read HTML.
   */
  email?: { address: string; valid: boolean; inPage: boolean };
  phone?: { written: string; number?: PhoneNumber };
  country?: string;
  street?: string;
  postalCode?: string;
  locality?: string;
  website?: string;
  hours?: { written: string; rules?: HoursRule[] };
  languages: string[];
}

export type Problem = [attribute: string, message: string];

const emailPattern = /^[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u;

/** Checks every field, reporting problems against the attribute that carries it. */
export function checkContact(contact: Contact, problems: Problem[]): CheckedContact {
  const checked: CheckedContact = {
    name: nonEmptyText(contact.name),
    jobTitle: nonEmptyText(contact.jobTitle),
    organization: nonEmptyText(contact.organization),
    street: nonEmptyText(contact.street),
    postalCode: nonEmptyText(contact.postalCode),
    locality: nonEmptyText(contact.locality),
    languages: [],
  };
  const country = nonEmptyText(contact.country);
  if (country && /^[a-z]{2}$/i.test(country)) checked.country = country.toUpperCase();
  else if (country) problems.push(['country', invalidValue(country, countryCodeExpected)]);

  const user = nonEmptyText(contact.emailUser);
  const domain = nonEmptyText(contact.emailDomain);
  const address = nonEmptyText(contact.email) ?? (user || domain ? `${user ?? ''}@${domain ?? ''}` : undefined);
  if (address) {
    const valid = emailPattern.test(address);
    checked.email = { address, valid, inPage: valid && !!nonEmptyText(contact.email) };
    if (!checked.email.valid) problems.push([contact.email ? 'email' : 'email-user', invalidValue(address)]);
  }

  const phone = nonEmptyText(contact.phone);
  if (phone) {
    checked.phone = { written: phone, number: parsePhone(phone, checked.country) };
    if (!checked.phone.number) problems.push(['phone', invalidValue(phone, checked.country ? undefined : 'an international number (+32 …), or a country for national ones')]);
  }

  const website = nonEmptyText(contact.website);
  if (website) {
    checked.website = websiteUrl(website);
    if (!checked.website) problems.push(['website', unsafeUrlDropped(website)]);
  }

  const hours = nonEmptyText(contact.hours);
  if (hours) {
    checked.hours = { written: hours, rules: parseHours(hours) };
    if (!checked.hours.rules) problems.push(['hours', invalidValue(hours, 'opening hours such as Mo-Fr 09:00-12:00')]);
  }

  const languages = Array.isArray(contact.languages) ? contact.languages : (nonEmptyText(contact.languages)?.split(/[\s,]+/) ?? []);
  for (const tag of languages) {
    let canonical: string | undefined;
    try {
      canonical = typeof tag === 'string' ? Intl.getCanonicalLocales(tag)[0] : undefined;
    } catch {
      // A malformed tag: reported below with the rest.
    }
    if (canonical) checked.languages.push(canonical);
    else problems.push(['languages', invalidValue(tag)]);
  }
  return checked;
}
