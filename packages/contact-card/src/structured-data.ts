import { absoluteUrl } from '@npower/core';
import type { CheckedContact } from './contact.js';
import { dayNamesIn } from './hours.js';

/**
 * A `Person` when the contact has a job title (someone in a role), else an `Organization` (a
 * service or team); either way the ways to reach it as a `ContactPoint` with its hours and languages.
 */
export function contactData(contact: CheckedContact): object {
  const person = !!contact.jobTitle;
  const email = contact.email?.inPage ? contact.email.address : undefined;
  const telephone = contact.phone?.number?.e164;
  return {
    '@type': person ? 'Person' : 'Organization',
    name: contact.name ?? contact.organization,
    jobTitle: contact.jobTitle,
    worksFor: person && contact.organization ? { '@type': 'Organization', name: contact.organization } : undefined,
    url: contact.website && absoluteUrl(contact.website),
    email,
    telephone,
    address:
      contact.street || contact.locality
        ? {
            '@type': 'PostalAddress',
            streetAddress: contact.street,
            postalCode: contact.postalCode,
            addressLocality: contact.locality,
            addressCountry: contact.country,
          }
        : undefined,
    contactPoint: {
      '@type': 'ContactPoint',
      email,
      telephone,
      availableLanguage: contact.languages.length ? contact.languages : undefined,
      hoursAvailable: contact.hours?.rules?.flatMap(({ days, times }) =>
        times.map(([opens, closes]) => ({
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: days.flatMap(dayNamesIn),
          opens,
          closes,
        })),
      ),
    },
  };
}
