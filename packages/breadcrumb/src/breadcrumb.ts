import { LightDomController, NpElement, safeUrl, unreadableList, writeStructuredData } from '@npower/core';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { breadcrumbMessages } from './breadcrumb.messages.js';
import { breadcrumbStyles } from './breadcrumb.styles.js';
import { cleanItems, readLightItems, type BreadcrumbItem } from './items.js';
import { breadcrumbList } from './structured-data.js';
import { version } from './version.js';

/**
 * A breadcrumb trail that enhances the links a CMS already prints: a labelled `<nav>`, an ordered
 * list, the current page marked with `aria-current`, optional collapsing of long trails and
 * schema.org `BreadcrumbList` data for search engines.
 *
 * @summary Accessible, localised breadcrumb built from plain CMS links.
 * @tagname np-breadcrumb
 *
 * @slot - The trail as plain HTML, which stays in the page for crawlers and visitors without
 * JavaScript, as CMSes print it: links (`<a href>`) ending with a `<span>` for the current page,
 * wrapped or not (Yoast SEO, Rank Math), or a list of `<li><a>` anywhere inside (Plone, Drupal,
 * TYPO3, Joomla). It is read, not projected, and later changes are picked up; markup that cannot
 * be read is shown as printed, with a warning.
 *
 * @csspart nav - The `<nav>` landmark.
 * @csspart label - The visible "You are here" prefix.
 * @csspart list - The `<ol>` holding the items.
 * @csspart item - Each `<li>`.
 * @csspart link - Each link to an ancestor page.
 * @csspart text - An ancestor page without a (safe) link.
 * @csspart current - The current page.
 * @csspart separator - The separator drawn before every item but the first.
 * @csspart expand - The button that reveals collapsed items.
 *
 * @cssprop [--np-breadcrumb-separator='/'] - Separator content, a CSS string such as `'›'`; never read aloud.
 * @cssprop [--np-breadcrumb-separator-color=currentColor] - Separator colour.
 * @cssprop [--np-breadcrumb-gap=var(--np-gap, 0.5em)] - Space on each side of the separator.
 * @cssprop [--np-breadcrumb-current-font-weight=inherit] - Weight of the current page.
 */
export class NpBreadcrumb extends NpElement {
  /** This package's version, compared when the tag is registered twice. */
  static override readonly version: string = version;

  static override styles = [...NpElement.styles, breadcrumbStyles];

  // Declared without decorators: the helpers they compile to cost the CDN file about 0.5 kB gzip.
  static override properties: PropertyDeclarations = {
    items: { attribute: false },
    label: {},
    hideLabel: { attribute: 'hide-label', type: Boolean },
    maxItems: { attribute: 'max-items', type: Number },
    expandLabel: { attribute: 'expand-label' },
    structuredData: { attribute: 'structured-data', type: Boolean },
  };

  /** The trail as data; when set, it takes the place of the light-DOM links. */
  items?: BreadcrumbItem[];

  /** Name of the navigation landmark and visible prefix; default a localised "You are here". */
  label?: string;

  /** Hides the visible prefix; the landmark keeps its name. */
  hideLabel = false;

  /** Show at most this many items (2 or more): the first and the last ones, the middle behind a button. */
  maxItems?: number;

  /** Accessible name of the button that reveals collapsed items; default a localised "Show full path". */
  expandLabel?: string;

  /** Writes a schema.org `BreadcrumbList` as microdata into the light DOM, where search engines read it. */
  structuredData = false;

  #expanded = false;

  #lightItems: unknown[] | undefined = [];

  #trail: BreadcrumbItem[] = [];

  constructor() {
    super();
    new LightDomController(this, () => {
      const previous = this.#lightItems;
      this.#lightItems = readLightItems(this);
      this.requestUpdate('lightItems', previous);
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('items') || changed.has('lightItems')) this.#trail = this.#resolveTrail();
    // null: the attribute was removed, which shows every item again.
    if (changed.has('maxItems') && this.maxItems != null && !this.#isValidMaxItems) {
      this.warnInvalid('max-items', this.maxItems, 'a whole number from 2; showing every item');
    }
  }

  protected override updated(): void {
    writeStructuredData(this, this.structuredData && this.#trail.length ? breadcrumbList(this.#trail) : undefined);
  }

  #resolveTrail(): BreadcrumbItem[] {
    const report = this.warn.bind(this);
    if (Array.isArray(this.items)) return cleanItems(this.items, safeUrl, report);
    if (this.items != null) report('items', `${unreadableList('{label, href?, lang?}')}; showing the links in the page instead`);
    if (!this.#lightItems) report('slot', 'a link without a name; showing the trail as printed');
    return cleanItems(this.#lightItems ?? [], safeUrl, report);
  }

  get #isValidMaxItems(): boolean {
    return Number.isInteger(this.maxItems) && this.maxItems! >= 2;
  }

  /** How many items after the first are hidden behind the button. */
  get #collapsedCount(): number {
    return this.#expanded || !this.#isValidMaxItems ? 0 : Math.max(0, this.#trail.length - this.maxItems!);
  }

  async #expand(): Promise<void> {
    this.#expanded = true;
    this.requestUpdate();
    await this.updateComplete;
    // With no link among the revealed items, the list takes focus rather than losing it with the button.
    (this.renderRoot.querySelector<HTMLElement>('li:nth-child(n+2) a') ?? this.renderRoot.querySelector('ol'))!.focus();
  }

  protected override render(): TemplateResult | typeof nothing {
    // An empty or unreadable trail stays as the CMS printed it.
    if (!this.#trail.length) return html`<slot></slot>`;
    const messages = this.locale.messages(breadcrumbMessages);
    const writtenLabel = this.label?.trim();
    const label = writtenLabel || messages.label;
    const writtenExpand = this.expandLabel?.trim();
    const collapsed = this.#collapsedCount;
    const separator = html`<span class="separator" part="separator" aria-hidden="true"></span>`;
    // The prefix is hidden from screen readers, which announce the landmark's name instead.
    return html`<nav part="nav" aria-label=${label} lang=${ifDefined(this.locale.langOf(writtenLabel))}>
      ${this.hideLabel ? nothing : html`<span part="label" aria-hidden="true">${label}</span>`}
      <ol part="list" tabindex="-1">
        ${this.#trail.map((item, index) => {
          if (index > 0 && index <= collapsed) {
            return index > 1
              ? nothing
              : html`<li part="item">
                  ${separator}<button
                    type="button"
                    part="expand"
                    aria-expanded="false"
                    aria-label=${writtenExpand || messages.expand}
                    lang=${ifDefined(this.locale.langOf(writtenExpand))}
                    @click=${this.#expand}
                  >
                    …
                  </button>
                </li>`;
          }
          // The trail is the page's content, in the page's language unless an item says otherwise.
          return html`<li part="item" lang=${ifDefined(item.lang ?? this.locale.pageLang)}>
            ${index ? separator : nothing}${this.#renderContent(item, index === this.#trail.length - 1 && !item.href)}
          </li>`;
        })}
      </ol>
    </nav>`;
  }

  #renderContent(item: BreadcrumbItem, current: boolean): TemplateResult {
    if (current) return html`<span part="current" aria-current="page">${item.label}</span>`;
    return item.href
      ? html`<a part="link" href=${item.href}>${item.label}</a>`
      : html`<span part="text">${item.label}</span>`;
  }
}

declare global {
  // With the class, so that the main entry types `document.querySelector('np-…')` too.
  interface HTMLElementTagNameMap {
    'np-breadcrumb': NpBreadcrumb;
  }
}
