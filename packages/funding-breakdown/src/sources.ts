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
  /** The value as written, for messages. */
  written?: string;
}

/** "label value": the value is a number, possibly negative, with a currency before or after, or `%`. */
const valuePattern = /^(.*?)[\s:–—-]*((?:[€$£]|EUR|CHF)?\s*[-+]?\d[\d\s\u00a0\u202f.,']*\s*(?:%|[€$£]|EUR|CHF)?)$/;

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

const text = (node: Node | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Reads the sources from what a CMS printed inside the widget: a table of label | share or
 * amount (header rows skipped), or a list of "FEDER 50%", "Ville de Liège : 53.934,96 €".
 */
export function readLightSources(host: Element, locale: string): ReadSource[] {
  const table = host.querySelector('table');
  const entries: [Element, string, string][] = table
    ? [...table.rows]
        .filter((row) => !row.closest('thead') && !/^\D+$/.test(text(row.cells[1])))
        .map((row) => [row, text(row.cells[0]), text(row.cells[1])])
    : [...host.querySelectorAll(':scope>:is(ul,ol)>li')].map((item) => {
        const content = text(item);
        const match = content.match(valuePattern);
        return [item, match?.[1] || content, match?.[1] ? match[2]! : ''];
      });
  return entries
    .filter(([, label]) => label)
    .map(([element, label, written]) => {
      const fund = fundOf(element, label);
      return written ? readValue(label, written, locale, fund) : { label, problem: 'missing', fund };
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
