import type { Fund } from './funds.js';
import { allocate, toCents } from './money.js';
import type { ReadSource } from './sources.js';

export interface BreakdownRow {
  label: string;
  fund?: Fund;
  /** Percent of the total, as given or derived from the amount. */
  share?: number;
  amountCents?: number;
}

/** A number to format as money (whole cents) or as a percentage. */
export type Figure = { cents: number } | { percent: number };

/** A message to show: its key in the catalogue and its arguments. */
export type Warning = ['mismatch', Figure, Figure, Figure] | ['noTotal'] | ['invalid', string, string] | ['missing', string];

export interface Breakdown {
  rows: BreakdownRow[];
  totalCents?: number;
  warnings: Warning[];
}

/** Shares summed in millionths of a percent, so that 33.3 + 33.3 + 33.4 is exactly 100. */
const sumShares = (shares: number[]) => shares.reduce((sum, share) => sum + Math.round(share * 1e6), 0) / 1e6;

/**
 * Works out every amount and share in whole cents: amounts from shares by the largest
 * remainder method (the parts add up to the total exactly), shares from amounts, the total
 * from the amounts when it is missing. What does not add up becomes a warning; the rest shows.
 */
export function computeBreakdown(sources: readonly ReadSource[], total?: number): Breakdown {
  const warnings: Warning[] = sources
    .filter((source) => source.problem)
    .map(({ label, problem, written }) => (problem === 'missing' ? ['missing', label] : ['invalid', label, written!]));
  const valid = sources.filter((source) => !source.problem);
  const given = valid.filter((source) => source.amount !== undefined);
  const byShare = valid.filter((source) => source.amount === undefined);
  let totalCents = total === undefined ? undefined : toCents(total);
  if (totalCents === undefined && byShare.length === 0 && given.length) {
    totalCents = given.reduce((sum, source) => sum + toCents(source.amount!), 0);
  }

  const shareAmounts =
    totalCents === undefined ? [] : allocate(totalCents, byShare.map((source) => source.share!), 100);
  if (totalCents === undefined && byShare.length) warnings.push(['noTotal']);

  const rows = valid.map((source): BreakdownRow => {
    const row: BreakdownRow = { label: source.label, fund: source.fund };
    if (source.amount !== undefined) {
      row.amountCents = toCents(source.amount);
      if (totalCents) row.share = (row.amountCents / totalCents) * 100;
    } else {
      row.share = source.share!;
      const amount = shareAmounts[byShare.indexOf(source)];
      if (amount !== undefined) row.amountCents = amount;
    }
    return row;
  });

  if (byShare.length && !given.length) {
    const sum = sumShares(byShare.map((source) => source.share!));
    if (sum !== 100) warnings.push(['mismatch', { percent: sum }, { percent: 100 }, { percent: Math.round((100 - sum) * 1e6) / 1e6 }]);
  }
  // Amounts, alone or mixed with shares: the amounts worked out must make the total.
  if (given.length && totalCents !== undefined) {
    const sumCents = rows.reduce((sum, row) => sum + row.amountCents!, 0);
    if (sumCents !== totalCents) warnings.push(['mismatch', { cents: sumCents }, { cents: totalCents }, { cents: totalCents - sumCents }]);
  }
  return { rows, totalCents, warnings };
}
