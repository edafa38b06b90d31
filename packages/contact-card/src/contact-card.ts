import { absoluteUrl, displayNames, heading, headingLevels, listFormat, NpElement, writeStructuredData } from '@npower/core';
import { html, nothing, render, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { addressLines, mapUrl } from './address.js';
import { checkContact, type CheckedContact, type Contact, type Problem } from './contact.js';
import { contactCardMessages, type ContactCardMessages } from './contact-card.messages.js';
import { contactCardStyles } from './contact-card.styles.js';
import { hCard } from './h-card.js';
import { formatDays, formatHours, formatTimes } from './hours.js';
import { contactData } from './structured-data.js';
import { formatVCard, vCardFileName } from './vcard.js';
import { version } from './version.js';

type StatusMessage = 'copied' | 'copyFailed';

const lineBreaks = (lines: unknown[]) => lines.map((line, index) => html`${index ? html`<br />` : nothing}${line}`);

/** Properties that configure the card rather than carry the contact. */
const settings = new Set(['contact', 'headingLevel', 'structuredData']);

/**
 * A contact that works in one tap: call, mail, open the address on a map, save it to the
 * phone's contacts (vCard), copy the email or number. The same data is written as a
 * microformats2 h-card and, on request, schema.org microdata, both in the light DOM.
 *
 * @summary Contact card with vCard download, copy buttons, h-card and schema.org data, in every language.
 * @tagname np-contact-card
 *
 * @slot - An `<address>` written by the CMS: what shows before and without scripts. Shown
 * again when the widget has neither a name nor an organization to show.
 *
 * @csspart heading - The heading with the name (or the organization).
 * @csspart job - The job title.
 * @csspart org - The organization, under a person's name.
 * @csspart details - The list of email, phone, address, website and opening hours.
 * @csspart email-link - The email link.
 * @csspart phone-link - The phone link.
 * @csspart address - The postal address.
 * @csspart map-link - The link that opens the address on OpenStreetMap.
 * @csspart website-link - The website link.
 * @csspart opening-hours - The opening hours.
 * @csspart spoken-languages - The sentence naming the languages spoken.
 * @csspart copy - Each copy button.
 * @csspart download - The "Download contact (vCard)" button.
 * @csspart status - The polite live region confirming a copy.
 *
 * @cssprop [--np-contact-button-background=var(--np-surface)] - Background of the buttons.
 * @cssprop [--np-contact-button-color=var(--np-accent)] - Text and border colour of the buttons.
 * @cssprop [--np-contact-label-width=9em] - Width of the labels (E-mail, Téléphone…) beside their values.
 */
export class NpContactCard extends NpElement {
  /** This package's version, compared when the tag is registered twice. */
  static override readonly version: string = version;

  static override styles = [...NpElement.styles, contactCardStyles];

  static override properties: PropertyDeclarations = {
    name: {},
    jobTitle: { attribute: 'job-title' },
    organization: {},
    email: {},
    emailUser: { attribute: 'email-user' },
    emailDomain: { attribute: 'email-domain' },
    phone: {},
    country: {},
    street: {},
    postalCode: { attribute: 'postal-code' },
    locality: {},
    website: {},
    hours: {},
    languages: {},
    contact: { attribute: false },
    headingLevel: { attribute: 'heading-level', type: Number },
    structuredData: { attribute: 'structured-data', type: Boolean },
  };

  /** The person's or the service's name, shown as the heading. */
  name?: string;

  /** The person's job title (`job-title`, not `role`, which is ARIA's); makes the structured data a `Person`. */
  jobTitle?: string;

  organization?: string;

  email?: string;

  /** The part before the `@`; with `email-domain`, the address is only assembled in the browser. */
  emailUser?: string;

  emailDomain?: string;

  /**
   * Any usual writing: `04 221 23 45` (national, needs `country`; BE, NL, DE, FR and LU numbers
   * are checked), `+32 4 221 23 45`, `0032 4 …`.
   */
  phone?: string;

  /** ISO 3166-1 alpha-2: the country of national phone numbers and of the address. */
  country?: string;

  street?: string;

  postalCode?: string;

  locality?: string;

  website?: string;

  /**
   * schema.org `openingHours`: `Mo-Fr 09:00-12:00`; rules separated by `;`. Shown in the page's
   * language and clock (`9:00 AM` on an `en-US` page, `09:00` in French); the schema.org data and the
   * vCard keep the times as written.
   */
  hours?: string;

  /** BCP 47 tags of the languages spoken: `fr nl de`. */
  languages?: string;

  /** The contact as data, field names in camelCase; its fields take the place of the attributes. */
  contact?: Contact;

  /** Level of the name's heading, 2 to 6. */
  headingLevel = 3;

  /** Writes schema.org microdata (`Person` with a job title, else `Organization`, with a `ContactPoint`) into the light DOM. */
  structuredData = false;

  #contact: CheckedContact = { languages: [] };
  /** The data as last checked, so that a render for another reason warns nothing again. */
  #checked?: string;
  #status?: StatusMessage;
  #hCard?: HTMLElement;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // null: the attribute was removed, which brings the default back.
    if (changed.has('headingLevel')) this.acceptOneOf('heading-level', this.headingLevel, headingLevels);
    // Every other declared property is a field of Contact, named alike.
    const fromAttributes = Object.fromEntries(
      Object.keys(NpContactCard.properties)
        .filter((field) => !settings.has(field))
        .map((field) => [field, this[field as keyof Contact]]),
    );
    // A field left undefined in the property does not hide its attribute.
    const given = Object.entries(this.contact ?? {}).filter(([, value]) => value != null);
    const data: Contact = { ...fromAttributes, ...Object.fromEntries(given) };
    let key: string | undefined;
    try {
      key = JSON.stringify(data);
    } catch {
      // A BigInt or a cycle somewhere in the data: checked on every render, warned about as invalid.
    }
    if (key && key === this.#checked) return;
    this.#checked = key;
    const problems: Problem[] = [];
    this.#contact = checkContact(data, problems);
    for (const [attribute, message] of problems) this.warn(attribute, message);
  }

  protected override updated(): void {
    const contact = this.#contact;
    const shown = !!(contact.name ?? contact.organization);
    if (shown && !this.#hCard) {
      this.#hCard = Object.assign(document.createElement('div'), { className: 'h-card' });
      this.append(this.#hCard);
    }
    if (this.#hCard) render(shown ? hCard(contact, this.#countryName) : nothing, this.#hCard);
    writeStructuredData(this, this.structuredData && shown ? contactData(contact) : undefined);
  }

  get #countryName(): string | undefined {
    return this.#contact.country && displayNames(this.locale.tag, { type: 'region' }).of(this.#contact.country);
  }

  #languageNames(): string[] {
    return this.#contact.languages.flatMap((tag) => displayNames(this.locale.tag, { type: 'language' }).of(tag) ?? []);
  }

  /** For the vCard's note: the times as written, which read the same in any address book. */
  #hoursText(): string[] {
    const hours = this.#contact.hours;
    return hours?.rules ? formatHours(hours.rules, this.locale.tag) : hours ? [hours.written] : [];
  }

  /** For the card: each time on the page's clock, in a `<time>` that keeps its `HH:MM`. */
  #hoursLines(midnight: string): unknown[] {
    const hours = this.#contact.hours;
    const tag = this.locale.tag;
    if (!hours?.rules) return hours ? [hours.written] : [];
    return hours.rules.map(
      ({ days, times }) =>
        html`${formatDays(days, tag)} ${times.map(
          (range, index) =>
            html`${index ? ', ' : ''}${formatTimes(range, tag, midnight).map(([text, datetime]) =>
              datetime ? html`<time datetime=${datetime}>${text}</time>` : text,
            )}`,
        )}`,
    );
  }

  async #copy(value: string): Promise<void> {
    // Emptied first, so that a second copy changes the live region and is announced again.
    this.#status = undefined;
    this.requestUpdate();
    await this.updateComplete;
    try {
      await navigator.clipboard.writeText(value);
      this.#status = 'copied';
    } catch {
      // Refused permission or an unfocused page: say so, the text is still there to select.
      this.#status = 'copyFailed';
    }
    this.requestUpdate();
  }

  /** The vCard of what the card shows, with the hours and languages as a localised note. */
  toVCard(): string {
    const contact = this.#contact;
    const messages = this.locale.messages(contactCardMessages);
    const languages = this.#languageNames();
    return formatVCard([
      // A service has no family name: N stays empty, and address books show its FN and ORG.
      ['N', [contact.name, '', '', '', '']],
      ['FN', contact.name ?? contact.organization],
      ['ORG', contact.organization],
      ['TITLE', contact.jobTitle],
      ['EMAIL;TYPE=INTERNET', contact.email?.valid ? contact.email.address : undefined],
      ['TEL;TYPE=WORK', contact.phone?.number?.e164],
      ['ADR;TYPE=WORK', ['', '', contact.street, contact.locality, '', contact.postalCode, this.#countryName]],
      ['URL', contact.website && absoluteUrl(contact.website)],
      [
        'NOTE',
        [
          ...this.#hoursText().map((line) => `${messages.hours}: ${line}`),
          languages.length ? messages.speaks(listFormat(this.locale.tag, { type: 'conjunction' }).format(languages)) : '',
        ]
          .filter(Boolean)
          .join('\n'),
      ],
    ]);
  }

  #download = (): void => {
    const url = URL.createObjectURL(new Blob([this.toVCard()], { type: 'text/vcard;charset=utf-8' }));
    const link = Object.assign(document.createElement('a'), {
      href: url,
      download: vCardFileName(this.#contact.name ?? this.#contact.organization!),
    });
    this.renderRoot.append(link);
    link.click();
    link.remove();
    // The download reads the file after the click returns; a minute is ample for every browser.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };

  #copyButton(value: string, field: string, messages: ContactCardMessages): TemplateResult | typeof nothing {
    // No Clipboard API outside secure contexts (a plain-http intranet page): no button that cannot work.
    if (!navigator.clipboard) return nothing;
    return html`<button part="copy" type="button" aria-label="${messages.copy} (${field})" @click=${() => this.#copy(value)}>
      ${messages.copy}
    </button>`;
  }

  protected override render(): TemplateResult {
    const contact = this.#contact;
    const title = contact.name ?? contact.organization;
    if (!title) return html`<slot></slot>`;
    const messages = this.locale.messages(contactCardMessages);
    const { email, phone } = contact;
    const address = addressLines(contact, this.#countryName);
    const hours = this.#hoursLines(messages.midnight);
    const languages = this.#languageNames();
    // The widget's words, and the addresses and hours it writes out with them (street names are
    // proper names), are marked English on a page in a language it does not speak.
    const rows: [label: string, content: unknown][] = [
      [
        messages.email,
        email &&
          (email.valid
            ? html`<a part="email-link" href="mailto:${email.address}">${email.address}</a>
                ${this.#copyButton(email.address, messages.email, messages)}`
            : email.address),
      ],
      [
        messages.phone,
        phone &&
          (phone.number
            ? html`<a part="phone-link" href="tel:${phone.number.e164}">${phone.number.display}</a>
                ${this.#copyButton(phone.number.e164, messages.phone, messages)}`
            : phone.written),
      ],
      [
        messages.address,
        address.length &&
          html`<address part="address">${lineBreaks(address)}</address>
            <a part="map-link" href=${mapUrl(address)}>${messages.map}</a>`,
      ],
      [
        messages.website,
        contact.website &&
          html`<a part="website-link" href=${contact.website}>${contact.website.replace(/^https?:\/\/(www\.)?|\/$/g, '')}</a>`,
      ],
      [messages.hours, hours.length && html`<span part="opening-hours">${lineBreaks(hours)}</span>`],
    ];
    return html`
      ${heading(this.headingLevel, title)}
      ${contact.jobTitle ? html`<p part="job">${contact.jobTitle}</p>` : nothing}
      ${contact.name && contact.organization ? html`<p part="org">${contact.organization}</p>` : nothing}
      <dl part="details" lang=${ifDefined(this.locale.ownLang)}>
        ${rows.map(([label, content]) => (content ? html`<dt>${label}</dt><dd>${content}</dd>` : nothing))}
      </dl>
      ${languages.length
        ? html`<p part="spoken-languages" lang=${ifDefined(this.locale.ownLang)}>${messages.speaks(listFormat(this.locale.tag, { type: 'conjunction' }).format(languages))}</p>`
        : nothing}
      <button part="download" type="button" lang=${ifDefined(this.locale.ownLang)} @click=${this.#download}>${messages.download}</button>
      <p part="status" role="status" lang=${ifDefined(this.locale.ownLang)}>${this.#status ? messages[this.#status] : ''}</p>
    `;
  }
}

declare global {
  // With the class, so that the main entry types `document.querySelector('np-…')` too.
  interface HTMLElementTagNameMap {
    'np-contact-card': NpContactCard;
  }
}
