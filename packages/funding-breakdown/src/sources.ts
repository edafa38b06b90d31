import { textOf as text } from '@npower/core';
import { fundFromLabel, isFund, type Fund } from './funds.js';
import { parseLocaleNumber } from './money.js';

/** One funder as the data gives it: a share in percent or an amount in currency units. */
export interface FundingSource {
  label: string;
  share?: number;
  amount?: number;
  /** An EU fund, shown with its official localised name: `erdf`, `esf-plus`, `jtf`, `cohesion`, `interreg`. */
  fund?: Fund;
}

/** A source as read, with what was wrong with it. */
export interface ReadSource extends FundingSource {
  problem?: 'negative' | 'not-a-number' | 'missing';
  /** A total row (`<tfoot>`, "Total"…): the total the page states, never a funder. */
  total?: boolean;
  /** The value as written, for messages. */
  written?: string;
}

/**
 * A number as the page's languages write it: thousands grouped by three (`269 674,79`,
 * `269.674,79`, `269,674.79`) or not (`50,5`). So "Horizon 2020 25 %" is "Horizon 2020" at
 * 25 %, not "Horizon" at 202 025 %.
 */
const number = String.raw`\d{1,3}(?:[\s\u00a0\u202f.,']\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;
const currency = '[€$£]|EUR|CHF';
/** "label value": the value is a number, possibly negative, with a currency before or after, or `%`; it starts a word. */
const valuePattern = new RegExp(String.raw`^(.*?)[\s:–—-]*(?<![\d.,'])((?:${currency})?\s*[-+]?(?:${number})\s*(?:%|${currency})?)$`);
/** Anything number-like at the end, to report a malformed value rather than lose it in the label. */
const looseValuePattern = new RegExp(String.raw`^(.*?)[\s:–—-]*((?:${currency})?\s*[-+]?\d[\d\s\u00a0\u202f.,']*\s*(?:%|${currency})?)$`);
/** The label of a total row or of a paragraph stating the budget, in the four languages. */
const totalLabel = /^(?:total|totaal|gesamt|insgesamt|summe|somme|montant total|budget|begroting)\b/i;

/** A value with a `%` is a share; anything else numeric is an amount. */
function readValue(label: string, written: string, locale: string, fund?: Fund): ReadSource {
  const source: ReadSource = { label, written, fund };
  const number = parseLocaleNumber(written.replace(/%|[€$£]|EUR|CHF/g, '').trim(), locale);
  if (Number.isNaN(number)) source.problem = 'not-a-number';
  else if (number < 0) source.problem = 'negative';
  else if (written.includes('%')) source.share = number;
  else source.amount = number;
  return source;
}

function fundOf(element: Element, label: string): Fund | undefined {
  const declared = element.getAttribute('data-fund');
  return isFund(declared) ? declared : fundFromLabel(label);
}

/**
 * Reads the sources from what a CMS printed inside the widget: a table of label | share or
 * amount (header rows skipped), or a list of "FEDER 50%", "Ville de Liège : 53.934,96 €".
 * Beside a list, a paragraph that states the budget ("Budget : 539.349,58 €", as the liege.be
 * page prints it) is the stated total; other paragraphs are prose.
 */
export function readLightSources(host: Element, locale: string): ReadSource[] {
  const table = host.querySelector('table');
  const entries: [Element, string, string][] = table
    ? [...table.rows]
        // A table with a share and an amount column: the amount, last, is what adds up to the total.
        .map((row): [Element, string, string] => {
          const values = [...row.cells].slice(1);
          return [row, text(row.cells[0]), text(values.findLast((cell) => /\d/.test(text(cell))) ?? values[0])];
        })
        // Header rows outside a <thead> have words where the figures go.
        .filter(([row, , written]) => !row.closest('thead') && !/^\D+$/.test(written))
    : [...host.querySelectorAll(':scope :is(ul,ol)>li,:scope>p')].map((item) => {
        const content = text(item);
        const match = content.match(valuePattern) ?? content.match(looseValuePattern);
        return [item, match?.[1] || content, match?.[1] ? match[2]! : ''];
      });
  return entries
    .filter(([element, label]) => label && (element.localName != 'p' || totalLabel.test(label)))
    .map(([element, label, written]) => {
      const fund = fundOf(element, label);
      const source: ReadSource = written ? readValue(label, written, locale, fund) : { label, problem: 'missing', fund };
      if (element.closest('tfoot') || totalLabel.test(label)) source.total = true;
      return source;
    });
}

/** Checks sources given as data (property or JSON attribute): shares and amounts are numbers. */
export function readDataSources(value: unknown): ReadSource[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.flatMap((entry: Partial<Record<keyof FundingSource, unknown>> | null): ReadSource[] => {
    const label = typeof entry?.label === 'string' ? entry.label.trim() : '';
    if (!label) return [];
    const fund = isFund(entry?.fund) ? entry.fund : fundFromLabel(label);
    const value = entry?.share ?? entry?.amount;
    if (value === undefined) return [{ label, problem: 'missing', fund }];
    return [readValue(label, `${value}${entry?.share === undefined ? '' : '%'}`, 'en', fund)];
  });
}
