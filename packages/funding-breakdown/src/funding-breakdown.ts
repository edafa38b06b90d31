import {
  currencyFormat,
  dateFormat,
  heading,
  headingLevels,
  invalidValue,
  LightDomController,
  NpElement,
  numberFormat,
  unreadableList,
  writeStructuredData,
} from '@npower/core';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { computeBreakdown, type Breakdown, type BreakdownRow, type Figure } from './breakdown.js';
import { chart, type ChartStyle, type Slice } from './chart.js';
import { euEmblem as euEmblemLogo } from './eu-emblem.js';
import { fundingBreakdownMessages } from './funding-breakdown.messages.js';
import { fundingBreakdownStyles } from './funding-breakdown.styles.js';
import { funds } from './funds.js';
import { parseLocaleNumber } from './money.js';
import { readDataSources, readLightSources, type FundingSource, type ReadSource } from './sources.js';
import { monetaryGrants } from './structured-data.js';
import { version } from './version.js';

/** A valid `start` or `end`: the date (midnight UTC) and how much of it was given. */
interface ProjectDate {
  date: Date;
  /** 1 year, 2 month, 3 day. */
  precision: number;
  iso: string;
}

/** What each source needs, in the console warnings. */
const sourceValueExpected = 'a share (50%) or an amount (1000), from 0';

/** The default heading level, the `<h2>` the widget always had. */
const defaultLevel = 2;

/**
 * Who pays for an EU-funded project: the total, a table of sources with their share and
 * amount (exact to the cent: the parts always add up to the total), a chart drawn from the
 * same numbers, the project period and the EU emblem with its statement.
 *
 * @summary Funding breakdown of an EU-funded project, exact to the cent, in every language.
 * @tagname np-funding-breakdown
 *
 * @slot - The sources as the CMS prints them, which stay readable without JavaScript: a list
 * (`<ul><li>FEDER 50%</li>…</ul>`, each item "label share %" or "label amount") or a
 * `<table>` of label | share or amount. Read, not projected; later changes are picked up.
 *
 * @csspart heading - The heading ("Budget", or `label`): an `<h2>`, or the level `heading-level` gives.
 * @csspart total - The total amount.
 * @csspart period - The project period, one localised range ("juin 2018 – décembre 2021").
 * @csspart warning - A message about data that does not add up or cannot be read.
 * @csspart chart - The chart and its legend (hidden from assistive technology).
 * @csspart table - The table of sources.
 * @csspart eu - The EU emblem and its statement.
 * @csspart eu-emblem - The EU emblem.
 *
 * @cssprop [--np-funding-color-1=#0072b2] - First source's colour (Okabe–Ito palette, safe for colour blindness); `-2` to `-6` follow.
 * @cssprop [--np-funding-color-2=#e69f00] - Second source's colour.
 * @cssprop [--np-funding-color-3=#009e73] - Third source's colour.
 * @cssprop [--np-funding-color-4=#cc79a7] - Fourth source's colour.
 * @cssprop [--np-funding-color-5=#56b4e9] - Fifth source's colour.
 * @cssprop [--np-funding-color-6=#d55e00] - Sixth source's colour.
 * @cssprop [--np-funding-mark-color=#fff] - Colour of the patterns drawn over the colours.
 * @cssprop [--np-funding-bar-height=2em] - Height of the bar chart.
 * @cssprop [--np-funding-donut-size=10em] - Size of the donut chart.
 * @cssprop [--np-funding-rule-color=var(--np-border-color, currentColor)] - Table rules.
 * @cssprop [--np-funding-warning-color=var(--np-warning-color, #b45309)] - Edge of warnings.
 * @cssprop [--np-funding-emblem-height=3em] - Height of the EU emblem.
 */
export class NpFundingBreakdown extends NpElement {
  /** This package's version, compared when the tag is registered twice. */
  static override readonly version: string = version;

  static override styles = [...NpElement.styles, fundingBreakdownStyles];

  static override properties: PropertyDeclarations = {
    sources: {
      converter: {
        fromAttribute: (value: string | null) => {
          try {
            return value === null ? undefined : JSON.parse(value);
          } catch {
            // Not an array: reported as unreadable.
            return NaN;
          }
        },
      },
    },
    total: {},
    currency: {},
    label: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    formatLocale: { attribute: 'format-locale' },
    chart: {},
    start: {},
    end: {},
    euEmblem: { attribute: 'eu-emblem', type: Boolean },
    structuredData: { attribute: 'structured-data', type: Boolean },
  };

  /** The sources as data (`{label, share?, amount?, fund?}[]`), or JSON in the attribute; takes the place of the light DOM. */
  sources?: FundingSource[];

  /** The project's total, for example `539349.58`; worked out from the amounts when missing. */
  total?: string;

  /** ISO 4217 currency code. */
  currency = 'EUR';

  /** The heading; default a localised "Budget". */
  label?: string;

  /** Level of the heading, 2 to 6; default 2. Changes the page's outline, not the heading's size. */
  headingLevel = defaultLevel;

  /** Locale for numbers and amounts when the page's does not suit, for example `de-BE` for `539.349,58 €`; dates follow the page. */
  formatLocale?: string;

  /** `bar` (default), `donut` or `none`. */
  chart: ChartStyle = 'bar';

  /**
   * Project start, an ISO date: `2018`, `2018-06` or `2018-06-01`. With `end`, the period is one
   * range at the precision both give (`2018-06` to `2021-12-31` shows months).
   */
  start?: string;

  /** Project end, an ISO date: `2021`, `2021-12` or `2021-12-31`. */
  end?: string;

  /** Shows the EU emblem with the localised "Co-funded by the European Union". */
  euEmblem = false;

  /** Writes a schema.org `MonetaryGrant` per funder as microdata into the light DOM. */
  structuredData = false;

  #breakdown: Breakdown = { rows: [], warnings: [] };
  #unreadable = false;
  #period: (ProjectDate | undefined)[] = [];
  /** `format-locale` when Intl accepts it; a malformed tag would make every formatter throw. */
  #formatLocale?: string;

  constructor() {
    super();
    new LightDomController(this, () => this.requestUpdate());
  }

  protected override willUpdate(changed: PropertyValues): void {
    // null: the attribute was removed, which brings the default back.
    if (changed.has('headingLevel')) this.acceptOneOf('heading-level', this.headingLevel, headingLevels);
    if (changed.has('formatLocale')) {
      this.#formatLocale = undefined;
      try {
        // POSIX spellings too, as WordPress and Drupal write locales: fr_BE, fr_BE.UTF-8, de_DE@euro.
        this.#formatLocale = Intl.getCanonicalLocales(this.formatLocale?.replace(/[.@].*/, '').replace(/_/g, '-') || [])[0];
      } catch {
        this.warnInvalid('format-locale', this.formatLocale, 'a language tag such as de-BE or de_BE');
      }
    }
    if (changed.has('start') || changed.has('end')) this.#period = this.#readPeriod();
    const numbersLocale = this.#numbersLocale;
    const fromData = readDataSources(this.sources);
    this.#unreadable = this.sources !== undefined && !fromData;
    const read: ReadSource[] = fromData ?? readLightSources(this, numbersLocale);
    const sources = read.filter((source) => !source.total);
    // The total row of the page's table or list: the total when none is given (then checked against the funders).
    const stated = read.find((source) => source.total)?.amount;
    const total = this.total == null ? stated : parseLocaleNumber(this.total, numbersLocale);
    const validTotal = total !== undefined && total >= 0;
    this.#breakdown = computeBreakdown(sources, validTotal ? total : undefined);
    // Reported once per change of the data, not at every render (a change of language, say).
    if (this.hasUpdated && !changed.has('sources') && !changed.has('total')) return;
    if (this.#unreadable) this.warn('sources', unreadableList('{label, share?, amount?}'));
    if (total !== undefined && !validTotal) this.warnInvalid('total', this.total, 'a number from 0');
    for (const [key, label, written] of this.#breakdown.warnings) {
      if (key === 'invalid') this.warn('sources', `"${label}": ${invalidValue(written, sourceValueExpected)}`);
      if (key === 'missing') this.warn('sources', `"${label}": missing, expected ${sourceValueExpected}`);
    }
  }

  protected override updated(): void {
    const rows = this.#breakdown.rows;
    writeStructuredData(
      this,
      this.structuredData && rows.length ? monetaryGrants(rows, this.currency, (row) => this.#name(row)) : undefined,
    );
  }

  #name(row: BreakdownRow): string {
    const fund = row.fund && funds[row.fund][this.locale.language];
    return fund ? `${fund[0]} (${fund[1]})` : row.label;
  }

  get #numbersLocale(): string {
    return this.#formatLocale || this.locale.tag;
  }

  #money(cents: number): string {
    try {
      return currencyFormat(this.#numbersLocale, this.currency).format(cents / 100);
    } catch {
      // A malformed currency code: the number, still readable.
      return (cents / 100).toFixed(2);
    }
  }

  #percent = (share: number): string =>
    numberFormat(this.#numbersLocale, { style: 'percent', maximumFractionDigits: 2 }).format(share / 100);

  /** `2018`, `2018-06` or `2018-06-01`; anything else is warned about and left out. */
  #date(iso: string | undefined, attribute: string): ProjectDate | undefined {
    if (!iso) return undefined;
    // Date only: a time or an offset would let the visitor's time zone move the day.
    const date = /^\d{4}(-\d\d){0,2}$/.test(iso) ? new Date(iso) : undefined;
    // The round trip refuses what Date would roll over (2021-13-45, 2021-02-30).
    if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, iso.length) !== iso) {
      this.warnInvalid(attribute, iso, 'an ISO date: 2018, 2018-06 or 2018-06-01');
      return undefined;
    }
    return { date, precision: iso.split('-').length, iso };
  }

  #readPeriod(): (ProjectDate | undefined)[] {
    const start = this.#date(this.start, 'start');
    const end = this.#date(this.end, 'end');
    // ISO dates compare as text, at the precision both have: 2021-12 does not end before 2021-12-01.
    const length = Math.min(start?.iso.length ?? 0, end?.iso.length ?? 0);
    if (start && end && end.iso.slice(0, length) < start.iso.slice(0, length)) {
      this.warnInvalid('end', end.iso, `a date from start (${start.iso}) on`);
      return [start];
    }
    return [start, end];
  }

  /**
   * One range, as the language writes it: shared parts once ("1–31 décembre 2021", "janvier –
   * mars 2021"). Both ends take the coarser precision, since a finer one would invent a day
   * or a month nobody gave. Dates are midnight UTC, formatted in UTC, so no time zone moves them.
   */
  #formatPeriod(): string {
    const dates = this.#period.filter((date) => date !== undefined);
    if (!dates.length) return '';
    const precision = Math.min(...dates.map((date) => date.precision));
    const format = dateFormat(this.locale.tag, {
      year: 'numeric',
      month: precision > 1 ? 'long' : undefined,
      day: precision > 2 ? 'numeric' : undefined,
      timeZone: 'UTC',
    });
    return dates.length > 1 ? format.formatRange(dates[0]!.date, dates[1]!.date) : format.format(dates[0]!.date);
  }

  #format = (value: string | Figure): string =>
    typeof value === 'string' ? value : 'cents' in value ? this.#money(value.cents) : this.#percent(value.percent);

  protected override render(): TemplateResult {
    const messages = this.locale.messages(fundingBreakdownMessages);
    const { rows, totalCents, warnings } = this.#breakdown;
    const period = this.#formatPeriod();
    // A fund's name is the widget's words; any other funder's, the page's.
    const nameLang = (row: BreakdownRow) => this.locale.langOf(!row.fund);
    const slices = rows.filter((row) => row.share).map((row): Slice => ({ label: this.#name(row), share: row.share!, lang: nameLang(row) }));
    const sumShares = rows.reduce((sum, row) => sum + (row.share ?? 0), 0);
    // Warnings are notes for the editor, not alerts: a live region would interrupt visitors at
    // page load and again at every language change.
    return html`
      ${heading(this.headingLevel, this.label || messages.heading, undefined, defaultLevel, this.locale.langOf(this.label))}
      ${totalCents === undefined ? nothing : html`<p part="total" lang=${ifDefined(this.locale.ownLang)}>${this.#money(totalCents)}</p>`}
      ${period ? html`<p part="period" lang=${ifDefined(this.locale.ownLang)}>${messages.period(period)}</p>` : nothing}
      ${this.#unreadable ? html`<p part="warning" lang=${ifDefined(this.locale.ownLang)}>${messages.unreadable}</p>` : nothing}
      ${warnings.map(([key, ...values]) => {
        const message = messages[key] as string | ((...values: string[]) => string);
        return html`<p part="warning" lang=${ifDefined(this.locale.ownLang)}>
          ${typeof message === 'string' ? message : message(...values.map(this.#format))}
        </p>`;
      })}
      ${chart(this.chart, slices)}
      ${rows.length
        ? html`<table part="table" lang=${ifDefined(this.locale.ownLang)}>
            <caption>${messages.caption}</caption>
            <thead>
              <tr>
                <th scope="col">${messages.source}</th>
                <th scope="col">${messages.share}</th>
                <th scope="col">${messages.amount}</th>
              </tr>
            </thead>
            <tbody>
              ${rows.map(
                (row) => html`<tr>
                  <th scope="row" lang=${ifDefined(nameLang(row))}>${this.#name(row)}</th>
                  <td>${row.share === undefined ? '–' : this.#percent(row.share)}</td>
                  <td>${row.amountCents === undefined ? '–' : this.#money(row.amountCents)}</td>
                </tr>`,
              )}
            </tbody>
            ${totalCents === undefined
              ? nothing
              : html`<tfoot>
                  <tr>
                    <th scope="row">${messages.total}</th>
                    <td>${this.#percent(sumShares)}</td>
                    <td>${this.#money(rows.reduce((sum, row) => sum + (row.amountCents ?? 0), 0))}</td>
                  </tr>
                </tfoot>`}
          </table>`
        : nothing}
      ${this.euEmblem
        ? html`<div part="eu" lang=${ifDefined(this.locale.ownLang)}>
            ${euEmblemLogo(messages.euStatement)}<span aria-hidden="true">${messages.euStatement}</span>
          </div>`
        : nothing}
    `;
  }
}

declare global {
  // With the class, so that the main entry types `document.querySelector('np-…')` too.
  interface HTMLElementTagNameMap {
    'np-funding-breakdown': NpFundingBreakdown;
  }
}
