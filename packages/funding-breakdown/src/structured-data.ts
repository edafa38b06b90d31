import type { BreakdownRow } from './breakdown.js';

/** schema.org MonetaryGrant per funder, with its amount and the funder as an organisation. */
export function monetaryGrants(rows: readonly BreakdownRow[], currency: string, funderName: (row: BreakdownRow) => string): object {
  return {
    '@graph': rows
      .filter((row) => row.amountCents !== undefined)
      .map((row) => ({
        '@type': 'MonetaryGrant',
        amount: { '@type': 'MonetaryAmount', currency, value: row.amountCents! / 100 },
        funder: { '@type': 'Organization', name: funderName(row) },
      })),
  };
}
