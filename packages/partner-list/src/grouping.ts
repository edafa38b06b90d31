import { knownRoles, type ReadPartner } from './partners.js';

export type GroupBy = 'role' | 'country' | 'none';

export interface Group {
  /** A known role, a role written in the data, a country code, or `''` for partners without one. */
  key: string;
  partners: ReadPartner[];
}

/**
 * Groups partners by role (known roles first in their fixed order, then other roles in the
 * order they first appear, then partners without a role) or by country (ordered by the
 * localised country name, partners without a country last), each group sorted with `compare`.
 */
export function groupPartners(
  partners: readonly ReadPartner[],
  groupBy: GroupBy,
  compare: ((a: ReadPartner, b: ReadPartner) => number) | undefined,
  countryOrder: (a: string, b: string) => number,
): Group[] {
  const sorted = compare ? [...partners].sort(compare) : partners;
  if (groupBy === 'none') return sorted.length ? [{ key: '', partners: [...sorted] }] : [];
  const byKey = new Map<string, ReadPartner[]>();
  // Authored order decides among roles nobody planned for.
  for (const partner of [...partners].sort((a, b) => a.index - b.index)) {
    const key = (groupBy === 'role' ? partner.role : partner.country) ?? '';
    if (!byKey.has(key)) byKey.set(key, []);
  }
  for (const partner of sorted) byKey.get((groupBy === 'role' ? partner.role : partner.country) ?? '')!.push(partner);
  const rank = (key: string) => {
    if (!key) return Infinity;
    const known = (knownRoles as readonly string[]).indexOf(key);
    return groupBy === 'role' && known !== -1 ? known : knownRoles.length;
  };
  return [...byKey]
    .map(([key, members]) => ({ key, partners: members }))
    .sort((a, b) => rank(a.key) - rank(b.key) || (groupBy === 'country' && a.key && b.key ? countryOrder(a.key, b.key) : 0));
}
