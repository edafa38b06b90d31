import {
  collator,
  displayNames,
  heading,
  headingLevels,
  LightDomController,
  NpElement,
  numberFormat,
  pluralRules,
  unreadableList,
  writeStructuredData,
  type Language,
} from '@npower/core';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { hasHashChoice, readHashChoice, writeHashChoice, type FilterChoice } from './filter-state.js';
import { groupPartners, type GroupBy } from './grouping.js';
import { partnerListMessages, type PartnerListMessages, type Plural } from './partner-list.messages.js';
import { partnerListStyles } from './partner-list.styles.js';
import {
  knownRoles,
  lightDomPartners,
  partnerTypes,
  readPartners,
  type LocalisedText,
  type Partner,
  type Problem,
  type ReadPartner,
} from './partners.js';
import { partnershipData } from './structured-data.js';
import { version } from './version.js';

const jsonSource = '<script type="application/json">';

const groupings: GroupBy[] = ['role', 'country', 'none'];

/** What each setting accepts: any other value is warned about, and the default used instead. */
const settings: [property: 'groupBy' | 'sort' | 'layout' | 'filterState' | 'headingLevel', attribute: string, accepted: readonly unknown[]][] = [
  ['groupBy', 'group-by', groupings],
  ['sort', 'sort', ['name', 'none']],
  ['layout', 'layout', ['list', 'grid']],
  ['filterState', 'filter-state', ['hash']],
  ['headingLevel', 'heading-level', headingLevels],
];

/**
 * A project's partnership: each partner's name as text (never a logo alone), its logo, country
 * in the page's language, city and site, grouped by role or country, optionally filterable.
 *
 * @summary Partner list, grouped and filterable, in every language.
 * @tagname np-partner-list
 *
 * @slot - The partners: a `<script type="application/json">` with the data (inert without
 * JavaScript, easy to paste in a CMS), and/or a plain `<ul>` of `<li><a href>Name</a></li>` with
 * `data-role`, `data-country`, `data-type`, `data-city`, which is what shows before and without
 * scripts, and is read when there is no JSON. Shown again when the JSON cannot be read.
 *
 * @csspart filter-group - Each group of filter controls (country, type).
 * @csspart count - The number of partners shown, announced politely after each filter change.
 * @csspart heading - A group heading, with its count.
 * @csspart list - The list of a group's partners.
 * @csspart partner - One partner.
 * @csspart logo - A partner's logo.
 * @csspart name - A partner's name, a link to its site when it has one.
 * @csspart place - City and country.
 * @csspart description - A partner's description.
 * @csspart warning - The message shown when the data cannot be read.
 *
 * @cssprop [--np-partner-card-min-width=14em] - Narrowest card in the grid layout.
 * @cssprop [--np-partner-gap=calc(2 * var(--np-gap, 0.5em))] - Space between partners.
 * @cssprop [--np-partner-border-color=var(--np-border-color, currentColor)] - Card border in the grid layout.
 * @cssprop [--np-partner-radius=var(--np-radius, 0.25em)] - Card corner radius in the grid layout.
 * @cssprop [--np-partner-background=var(--np-surface)] - Card background in the grid layout.
 * @cssprop [--np-partner-logo-max-width=8em] - Widest a logo is drawn.
 * @cssprop [--np-partner-logo-max-height=4em] - Tallest a logo is drawn.
 * @cssprop [--np-partner-warning-color=var(--np-warning-color, #b45309)] - Edge of the unreadable-data message.
 */
export class NpPartnerList extends NpElement {
  /** This package's version, compared when the tag is registered twice. */
  static override readonly version: string = version;

  static override styles = [...NpElement.styles, partnerListStyles];

  static override properties: PropertyDeclarations = {
    partners: { attribute: false },
    groupBy: { attribute: 'group-by' },
    sort: {},
    layout: { reflect: true },
    filter: { type: Boolean },
    filterState: { attribute: 'filter-state' },
    headingLevel: { attribute: 'heading-level', type: Number },
    structuredData: { attribute: 'structured-data', type: Boolean },
    projectName: { attribute: 'project-name' },
    projectUrl: { attribute: 'project-url' },
  };

  /** The partners as data; takes the place of the JSON script and the light-DOM list. */
  partners?: Partner[];

  /** `role` (default: coordinators, partners, academic, associated, then others), `country` or `none`. */
  groupBy: GroupBy = 'role';

  /** `name` (default: alphabetical in the page's language) or `none` (the order of the data). */
  sort: 'name' | 'none' = 'name';

  /** `list` (default) or `grid` of cards; both adapt to the width of their container. */
  layout: 'list' | 'grid' = 'list';

  /** Shows filters by country and by type, with a live count of the partners shown. */
  filter = false;

  /** `hash` keeps the filter choice in the URL hash (`#country=BE&type=city`, keys prefixed with the widget's `id-` when it has one). */
  filterState?: 'hash';

  /** Level of the group headings, 2 to 6. */
  headingLevel = 3;

  /** Writes schema.org microdata (the project as an `Organization` with its partners as `member`s) into the light DOM. */
  structuredData = false;

  /** The project's name, for the structured data. */
  projectName?: string;

  /** The project's site, for the structured data. */
  projectUrl?: string;

  #partners: ReadPartner[] = [];
  #unreadable = false;
  /** The light DOM as last read, so that a mutation that changes nothing warns nothing again. */
  #lightDomRead?: string;
  #choice: FilterChoice = { country: '', type: '' };
  readonly #failedLogos = new Set<string>();

  constructor() {
    super();
    new LightDomController(this, () => this.#readLightDom());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  /**
   * Data (`source`: the JSON or the property) without a partner to show is as unreadable as
   * broken JSON: the message and the CMS list show instead of nothing.
   */
  #use(partners: ReadPartner[] | undefined, problems: Problem[], source?: string): void {
    this.#unreadable = !!source && !partners?.length;
    if (this.#unreadable) problems.push([source!, unreadableList('{"name": …}')]);
    this.#partners = partners ?? [];
    for (const [source, message] of problems) this.warn(source, message);
  }

  #readLightDom(): void {
    if (this.partners !== undefined) return;
    const script = this.querySelector<HTMLScriptElement>(':scope>script[type="application/json"]');
    const list = this.querySelector(':scope>:is(ul,ol)');
    const read = script ? script.text : (list?.outerHTML ?? '');
    if (read === this.#lightDomRead) return;
    this.#lightDomRead = read;
    const problems: Problem[] = [];
    let partners: ReadPartner[] | undefined;
    if (script) {
      try {
        partners = readPartners(JSON.parse(script.text), jsonSource, problems);
      } catch {
        // Reported by #use, like JSON that is not a list.
      }
      this.#use(partners, problems, jsonSource);
    } else this.#use(lightDomPartners(list, problems), problems);
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    for (const [property, attribute, accepted] of settings) {
      const value = this[property];
      // null: the attribute was removed, which brings the default back.
      if (changed.has(property)) this.acceptOneOf(attribute, value, accepted);
    }
    if (changed.has('partners')) {
      this.#lightDomRead = undefined;
      if (this.partners === undefined) this.#readLightDom();
      else {
        const problems: Problem[] = [];
        this.#use(readPartners(this.partners, 'partners', problems), problems, 'partners');
      }
    }
    if (changed.has('filterState') && this.filterState === 'hash') this.#choice = readHashChoice(location.hash, this.#hashPrefix);
  }

  protected override updated(): void {
    writeStructuredData(
      this,
      this.structuredData && this.#partners.length
        ? partnershipData({ name: this.projectName, url: this.projectUrl }, this.#partners, (partner, field) => {
            const text = partner[field];
            return text && this.#text(text)[0];
          })
        : undefined,
    );
  }

  get #groupBy(): GroupBy {
    return groupings.includes(this.groupBy) ? this.groupBy : 'role';
  }

  get #hashPrefix(): string {
    return this.id ? `np-${this.id}-` : 'np-';
  }

  #onHashChange = (): void => {
    // A skip link, a table of contents, "back to top": not ours, the filters stay.
    if (this.filterState !== 'hash' || !hasHashChoice(location.hash, this.#hashPrefix)) return;
    this.#choice = readHashChoice(location.hash, this.#hashPrefix);
    this.requestUpdate();
  };

  #onFilter = (event: Event): void => {
    const { name, value } = event.target as HTMLInputElement;
    this.#choice = { ...this.#choice, [name]: value };
    if (this.filterState === 'hash') {
      const url = new URL(location.href);
      const hash = writeHashChoice(url.hash, this.#hashPrefix, this.#choice);
      url.hash = hash ?? url.hash;
      // Replaced, not pushed: Back leaves the page rather than stepping through every filter.
      if (hash !== undefined) history.replaceState(history.state, '', url.href);
    }
    this.requestUpdate();
  };

  #onLogoError = (event: Event): void => {
    this.#failedLogos.add((event.target as HTMLImageElement).getAttribute('src')!);
    this.requestUpdate();
  };

  /** The text in the page's language, and the language it is really in when it had to fall back. */
  #text(text: LocalisedText): [string, string | undefined] {
    // Plain text is the page's, in its language; inside the widget's own English it says so.
    if (typeof text === 'string') return [text, this.locale.pageLang];
    const language = this.locale.language;
    const used = (text[language] ? language : text.en ? 'en' : Object.keys(text)[0]) as Language;
    return [text[used]!, used === language ? this.locale.ownLang : used];
  }

  #country = (code: string): string => displayNames(this.locale.tag, { type: 'region' }).of(code) ?? code;

  #plural(forms: Plural, count: number): string {
    const tag = this.locale.tag;
    return forms[pluralRules(tag).select(count) === 'one' ? 0 : 1].replace('#', numberFormat(tag).format(count));
  }

  #groupHeading(key: string, count: number, messages: PartnerListMessages): TemplateResult {
    const known = this.#groupBy === 'country' || (knownRoles as readonly string[]).includes(key);
    const title =
      this.#groupBy === 'country'
        ? key && this.#country(key)
        : known
          ? this.#plural(messages.roles[key as keyof PartnerListMessages['roles']], count)
          : key;
    // A role the widget does not know is shown as the page wrote it.
    return heading(
      this.headingLevel,
      `${title || messages.others} (${numberFormat(this.locale.tag).format(count)})`,
      undefined,
      undefined,
      this.locale.langOf(!known && key),
    );
  }

  /** `chosen`: the option in effect, which a stale hash naming no option leaves at "all". */
  #filterControls(field: keyof FilterChoice, legend: string, options: [string, string][], all: string, chosen: string): TemplateResult {
    return html`<fieldset part="filter-group" lang=${ifDefined(this.locale.ownLang)}>
      <legend>${legend}</legend>
      ${[['', all], ...options].map(
        ([value, label]) =>
          html`<label
            ><input type="radio" name=${field} .value=${value!} .checked=${value === chosen} @change=${this.#onFilter} />
            ${label}</label
          >`,
      )}
    </fieldset>`;
  }

  #partner = (partner: ReadPartner): TemplateResult => {
    const [name, nameLanguage] = this.#text(partner.name);
    const label = partner.shortName ? `${name} (${partner.shortName})` : name;
    const logo = partner.logo && !this.#failedLogos.has(partner.logo.src) ? partner.logo : undefined;
    const place = [partner.city, partner.country && this.#country(partner.country)].filter(Boolean).join(', ');
    const [description, descriptionLanguage] = partner.description ? this.#text(partner.description) : [];
    return html`<li part="partner">
      ${logo
        ? html`<img
            part="logo"
            src=${logo.src}
            alt=${logo.alt ?? ''}
            width=${ifDefined(logo.width || undefined)}
            height=${ifDefined(logo.height || undefined)}
            loading="lazy"
            decoding="async"
            @error=${this.#onLogoError}
          />`
        : nothing}
      <div>
        ${partner.url
          ? html`<a part="name" href=${partner.url} lang=${ifDefined(nameLanguage)}>${label}</a>`
          : html`<span part="name" lang=${ifDefined(nameLanguage)}>${label}</span>`}
        ${place ? html`<span part="place" lang=${ifDefined(this.locale.ownLang)}>${place}</span>` : nothing}
        ${description ? html`<span part="description" lang=${ifDefined(descriptionLanguage)}>${description}</span>` : nothing}
      </div>
    </li>`;
  };

  protected override render(): TemplateResult {
    const messages = this.locale.messages(partnerListMessages);
    // A note for the editor, not an alert that would interrupt visitors at page load.
    if (this.#unreadable) return html`<p part="warning" lang=${ifDefined(this.locale.ownLang)}>${messages.unreadable}</p><slot></slot>`;
    // A CMS list without a partner the widget can read stays as the CMS printed it.
    if (!this.#partners.length) return html`<slot></slot>`;
    const names = collator(this.locale.tag);
    const countries = [...new Set(this.#partners.flatMap((partner) => partner.country ?? []))]
      .map((code): [string, string] => [code, this.#country(code)])
      .sort((a, b) => names.compare(a[1], b[1]));
    const types = partnerTypes
      .filter((type) => this.#partners.some((partner) => partner.type === type))
      .map((type): [string, string] => [type, messages.types[type]]);
    // A choice from an old link or a hand-edited hash that matches no option filters nothing.
    const country = this.filter && countries.some(([code]) => code === this.#choice.country) ? this.#choice.country : '';
    const type = this.filter && types.some(([value]) => value === this.#choice.type) ? this.#choice.type : '';
    const shown = this.#partners.filter(
      (partner) => (!country || partner.country === country) && (!type || partner.type === type),
    );
    const groups = groupPartners(
      shown,
      this.#groupBy,
      this.sort === 'none' ? undefined : (a, b) => names.compare(this.#text(a.name)[0], this.#text(b.name)[0]),
      (a, b) => names.compare(this.#country(a), this.#country(b)),
    );
    // role="list": WebKit stops announcing a list as one once its markers are removed.
    return html`
      ${this.filter
        ? html`${countries.length > 1 ? this.#filterControls('country', messages.country, countries, messages.all, country) : nothing}
            ${types.length > 1 ? this.#filterControls('type', messages.type, types, messages.all, type) : nothing}
            <p part="count" role="status" lang=${ifDefined(this.locale.ownLang)}>${this.#plural(messages.count, shown.length)}</p>`
        : nothing}
      ${groups.map(
        (group) => html`${this.#groupBy === 'none'
            ? nothing
            : this.#groupHeading(group.key, group.partners.length, messages)}
          <ul part="list" role="list">
            ${group.partners.map(this.#partner)}
          </ul>`,
      )}
    `;
  }
}

declare global {
  // With the class, so that the main entry types `document.querySelector('np-…')` too.
  interface HTMLElementTagNameMap {
    'np-partner-list': NpPartnerList;
  }
}
