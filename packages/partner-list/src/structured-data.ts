import { absoluteUrl } from '@npower/core';
import type { PartnerType, ReadPartner } from './partners.js';

const schemaTypes: Record<PartnerType, string> = {
  city: 'GovernmentOrganization',
  agency: 'GovernmentOrganization',
  university: 'CollegeOrUniversity',
  ngo: 'NGO',
  other: 'Organization',
};

/**
 * schema.org `Organization` for the project, each partner a `member` typed by its kind, with
 * names in the page's language and absolute URLs, as search engines require.
 */
export function partnershipData(
  project: { name?: string; url?: string },
  partners: readonly ReadPartner[],
  text: (partner: ReadPartner, field: 'name' | 'description') => string | undefined,
): object {
  const url = (value: string | undefined) => (value ? absoluteUrl(value) : undefined);
  return {
    '@type': 'Organization',
    name: project.name,
    url: url(project.url),
    member: partners.map((partner) => ({
      '@type': schemaTypes[partner.type ?? 'other'],
      name: text(partner, 'name'),
      alternateName: partner.shortName,
      url: url(partner.url),
      logo: url(partner.logo?.src),
      description: text(partner, 'description'),
      address:
        partner.country || partner.city
          ? { '@type': 'PostalAddress', addressCountry: partner.country, addressLocality: partner.city }
          : undefined,
    })),
  };
}
