import type { Catalogue } from '@npower/core';
import type { KnownRole, PartnerType } from './partners.js';

/** A noun in the singular and in the plural, chosen with the language's plural rules; `#` is the count. */
export type Plural = [one: string, other: string];

export interface PartnerListMessages {
  /** Group headings for the known roles. */
  roles: Record<KnownRole, Plural>;
  /** Heading of the group of partners with no role, or no country. */
  others: string;
  types: Record<PartnerType, string>;
  /** Legends of the filter controls. */
  country: string;
  type: string;
  /** The option that removes a filter. */
  all: string;
  /** What the live region says after filtering. */
  count: Plural;
  unreadable: string;
}

export const partnerListMessages: Catalogue<PartnerListMessages> = {
  en: {
    roles: {
      coordinator: ['Coordinator', 'Coordinators'],
      partner: ['Partner', 'Partners'],
      academic: ['Academic partner', 'Academic partners'],
      associated: ['Associated partner', 'Associated partners'],
    },
    others: 'Other',
    types: { city: 'City or municipality', university: 'University or college', agency: 'Agency', ngo: 'NGO', other: 'Other' },
    country: 'Country',
    type: 'Type',
    all: 'All',
    count: ['# partner', '# partners'],
    unreadable: 'The partner data cannot be read.',
  },
  fr: {
    roles: {
      coordinator: ['Coordinateur', 'Coordinateurs'],
      partner: ['Partenaire', 'Partenaires'],
      academic: ['Partenaire académique', 'Partenaires académiques'],
      associated: ['Partenaire associé', 'Partenaires associés'],
    },
    others: 'Autres',
    types: { city: 'Ville ou commune', university: 'Université ou haute école', agency: 'Agence', ngo: 'Association', other: 'Autre' },
    country: 'Pays',
    type: 'Type',
    all: 'Tous',
    count: ['# partenaire', '# partenaires'],
    unreadable: 'Les données des partenaires sont illisibles.',
  },
  nl: {
    roles: {
      coordinator: ['Coördinator', 'Coördinatoren'],
      partner: ['Partner', 'Partners'],
      academic: ['Academische partner', 'Academische partners'],
      associated: ['Geassocieerde partner', 'Geassocieerde partners'],
    },
    others: 'Overige',
    types: { city: 'Stad of gemeente', university: 'Universiteit of hogeschool', agency: 'Agentschap', ngo: 'Vereniging', other: 'Andere' },
    country: 'Land',
    type: 'Soort',
    all: 'Alle',
    count: ['# partner', '# partners'],
    unreadable: 'De partnergegevens zijn onleesbaar.',
  },
  de: {
    roles: {
      coordinator: ['Koordination', 'Koordination'],
      partner: ['Partner', 'Partner'],
      academic: ['Wissenschaftlicher Partner', 'Wissenschaftliche Partner'],
      associated: ['Assoziierter Partner', 'Assoziierte Partner'],
    },
    others: 'Weitere',
    types: { city: 'Stadt oder Gemeinde', university: 'Hochschule', agency: 'Agentur', ngo: 'Verein', other: 'Sonstige' },
    country: 'Land',
    type: 'Art',
    all: 'Alle',
    count: ['# Partner', '# Partner'],
    unreadable: 'Die Partnerdaten sind nicht lesbar.',
  },
};
