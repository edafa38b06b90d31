import { html, nothing, type TemplateResult } from 'lit';
import type { CheckedContact } from './contact.js';

const optional = (value: string | undefined, className: string) =>
  value ? html`<span class=${className}>${value}</span> ` : nothing;

/**
 * The card as a microformats2 h-card, for the light DOM: parsers of the page read markup, and
 * the shadow DOM is invisible to them. Not displayed (the widget has no slot for it) and so
 * not read twice by screen readers.
 */
export function hCard(contact: CheckedContact, countryName: string | undefined): TemplateResult {
  const { email, phone } = contact;
  const hasAddress = contact.street || contact.locality || countryName;
  return html`${optional(contact.name ?? contact.organization, 'p-name')}
    ${optional(contact.jobTitle, 'p-job-title')} ${optional(contact.organization, 'p-org')}
    ${email?.inPage ? html`<a class="u-email" href="mailto:${email.address}">${email.address}</a>` : nothing}
    ${phone?.number ? html`<a class="p-tel" href="tel:${phone.number.e164}">${phone.number.e164}</a>` : nothing}
    ${hasAddress
      ? html`<span class="p-adr h-adr">
          ${optional(contact.street, 'p-street-address')} ${optional(contact.postalCode, 'p-postal-code')}
          ${optional(contact.locality, 'p-locality')} ${optional(countryName, 'p-country-name')}
        </span>`
      : nothing}
    ${contact.website ? html`<a class="u-url" href=${contact.website}>${contact.website}</a>` : nothing}`;
}
