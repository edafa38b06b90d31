import { countryCodeExpected, invalidValue, nonEmptyText, safeUrl, textOf, unsafeUrlDropped, websiteUrl, type Language } from '@npower/core';

/** A name in one language for everyone, or per language. */
export type LocalisedText = string | Partial<Record<Language, string>>;

/** Roles with a localised heading, in the order their groups are shown. */
export const knownRoles = ['coordinator', 'partner', 'academic', 'associated'] as const;
export type KnownRole = (typeof knownRoles)[number];

export const partnerTypes = ['city', 'university', 'agency', 'ngo', 'other'] as const;
export type PartnerType = (typeof partnerTypes)[number];

/** One partner as the JSON or the `partners` property gives it. */
export interface Partner {
  name: LocalisedText;
  shortName?: string;
  url?: string;
  logo?: { src: string; alt?: string; width?: number; height?: number };
  /** ISO 3166-1 alpha-2, for example `BE`. */
  country?: string;
  city?: string;
  /** `coordinator`, `partner`, `academic`, `associated`, or any other text, shown as is. */
  role?: KnownRole | (string & {});
  type?: PartnerType;
  description?: LocalisedText;
}

/** A partner checked: unsafe URLs, bad countries and unknown types are gone. */
export interface ReadPartner extends Partner {
  /** Position in the data, for authored order. */
  index: number;
  country?: string;
  type?: PartnerType;
}

/** Where a problem was found and what it was, for `console.warn`. */
export type Problem = [source: string, message: string];

function localisedText(value: unknown): LocalisedText | undefined {
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, text]) => nonEmptyText(text));
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return nonEmptyText(value);
}

/** The text in `language`, else in English, else in the first language given. */
export function inLanguage(text: LocalisedText, language: Language): string {
  return typeof text === 'string' ? text : (text[language] ?? text.en ?? Object.values(text)[0]!);
}

/**
 * Checks partners given as data. `source` names where they came from in warnings
 * (`partners`, or the JSON script). Returns `undefined` when the data is not a list at all.
 */
export function readPartners(value: unknown, source: string, problems: Problem[]): ReadPartner[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.flatMap((entry: Record<string, unknown> | null, index): ReadPartner[] => {
    const name = localisedText(entry?.name);
    if (!name) {
      problems.push([source, `partner ${index + 1} has no name, skipped`]);
      return [];
    }
    const label = `"${inLanguage(name, 'en')}"`;
    const partner: ReadPartner = { name, index };
    const url = nonEmptyText(entry!.url);
    if (url) {
      partner.url = websiteUrl(url);
      if (!partner.url) problems.push([source, `${label}: ${unsafeUrlDropped(url)}`]);
    }
    const logo = entry!.logo as Record<string, unknown> | undefined;
    const writtenSrc = nonEmptyText(logo?.src);
    const logoSrc = safeUrl(writtenSrc);
    if (logoSrc) {
      const [width, height] = [logo!.width, logo!.height].map(Number);
      partner.logo = { src: logoSrc, alt: nonEmptyText(logo!.alt), width, height };
      if (!(width! > 0 && height! > 0)) problems.push([source, `${label}: logo has no width and height`]);
    } else if (logo) problems.push([source, `${label}: logo ${writtenSrc ? unsafeUrlDropped(writtenSrc) : 'without src dropped'}`]);
    const country = nonEmptyText(entry!.country);
    if (country) {
      if (/^[a-z]{2}$/i.test(country)) partner.country = country.toUpperCase();
      else problems.push([source, `${label}: country ${invalidValue(country, countryCodeExpected)}`]);
    }
    const type = nonEmptyText(entry!.type);
    if (type) {
      if ((partnerTypes as readonly string[]).includes(type)) partner.type = type as PartnerType;
      else problems.push([source, `${label}: type ${invalidValue(type, partnerTypes.join(', '))}`]);
    }
    partner.shortName = nonEmptyText(entry!.shortName);
    partner.city = nonEmptyText(entry!.city);
    partner.role = nonEmptyText(entry!.role);
    partner.description = localisedText(entry!.description);
    return [partner];
  });
}

/**
 * The partners of a plain list the CMS printed (`<ul><li><a href>Name</a></li>…</ul>`, possibly
 * grouped in nested lists), with
 * `data-role`, `data-country`, `data-type` and `data-city` on the item or the link, and an
 * optional `<img>` as the logo. Checked like data, with the data attribute named in warnings.
 */
export function lightDomPartners(list: Element | null, problems: Problem[]): ReadPartner[] {
  // Partners grouped under a country or a role in nested lists are the innermost items; the groups are not partners.
  const items = [...(list?.querySelectorAll('li:not(:has(li))') ?? [])];
  const data = items.map((item) => {
    const link = item.querySelector('a');
    const img = item.querySelector('img');
    const attribute = (name: string) => item.getAttribute(`data-${name}`) ?? link?.getAttribute(`data-${name}`) ?? undefined;
    const text = textOf(link ?? item);
    return {
      // A logo wall links images alone: their text alternative is the partner's name, shown as text.
      name: text || img?.alt,
      url: link?.getAttribute('href') ?? undefined,
      // The name is shown as text beside the logo: an alt as well would have it read twice.
      logo: img ? { src: img.getAttribute('src'), alt: '', width: img.getAttribute('width'), height: img.getAttribute('height') } : undefined,
      role: attribute('role'),
      country: attribute('country'),
      type: attribute('type'),
      city: attribute('city'),
    };
  });
  return readPartners(data, '<li>', problems)!;
}
