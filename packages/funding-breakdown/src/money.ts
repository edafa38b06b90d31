/** The separator a locale writes between whole and fraction (`,` in fr, nl, de; `.` in en). */
const decimalSeparator = (locale: string): string => (1.5).toLocaleString(locale)[1]!;

/**
 * Reads a number as editors write it: `539.349,58`, `539 349,58`, `539,349.58`, `50,5`, `1.5`.
 * With both `.` and `,` the last one is the decimal separator; with one of them, the locale
 * decides unless the digits make it plain (`1.234.567`, `50,5`). Returns NaN when it is not a number.
 */
export function parseLocaleNumber(text: string, locale: string): number {
  const compact = text.replace(/[\s\u00a0\u202f']/g, '').replace(/^\+/, '');
  if (!/^-?\d[\d.,]*$/.test(compact) || /[.,]{2}|[.,]$/.test(compact)) return NaN;
  const lastDot = compact.lastIndexOf('.');
  const lastComma = compact.lastIndexOf(',');
  let decimal: string | undefined;
  if (lastDot !== -1 && lastComma !== -1) decimal = lastDot > lastComma ? '.' : ',';
  else {
    const separator = lastDot !== -1 ? '.' : lastComma !== -1 ? ',' : undefined;
    if (separator) {
      const repeated = compact.indexOf(separator) !== compact.lastIndexOf(separator);
      const digitsAfter = compact.length - compact.lastIndexOf(separator) - 1;
      // One separator followed by three digits is a thousands separator unless the locale says otherwise.
      const grouping = repeated || (digitsAfter === 3 && decimalSeparator(locale) !== separator);
      decimal = grouping ? undefined : separator;
    }
  }
  const group = decimal === ',' ? /\./g : decimal === '.' ? /,/g : /[.,]/g;
  const number = Number(compact.replace(group, '').replace(',', '.'));
  // 400 digits make Infinity, which no cent can be worked out of.
  return Number.isFinite(number) ? number : NaN;
}

/** Whole cents from a number of currency units (never negative here: negative values are refused earlier). */
export const toCents = (units: number): number => Math.round(units * 100);

/**
 * Splits `totalCents` in proportion to `weights` over `whole` (100 for shares in percent; by
 * default the weights' sum), so that the parts add up exactly to the total's matching
 * portion, each within a cent of its exact value: largest remainder method.
 */
export function allocate(totalCents: number, weights: readonly number[], whole?: number): number[] {
  // Weights may carry decimals (50.5 %): scale them to whole numbers and work in BigInt,
  // where total × weight cannot lose a cent.
  const decimals = Math.max(0, ...[...weights, whole ?? 0].map((value) => (String(value).split('.')[1] ?? '').length));
  const scale = 10 ** Math.min(decimals, 6);
  const scaled = weights.map((weight) => BigInt(Math.round(weight * scale)));
  const sum = scaled.reduce((a, b) => a + b, 0n);
  const denominator = whole === undefined ? sum : BigInt(Math.round(whole * scale));
  if (denominator === 0n) return weights.map(() => 0);
  const total = BigInt(totalCents);
  const exact = scaled.map((weight) => total * weight);
  const parts = exact.map((value) => value / denominator);
  // The parts' total, rounded half up: the whole total when the weights make up the whole.
  const target = (total * sum * 2n + denominator) / (2n * denominator);
  let leftover = target - parts.reduce((a, b) => a + b, 0n);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value % denominator }))
    // Largest remainder first; ties go to the earlier source, so results are stable.
    .sort((a, b) => (b.remainder > a.remainder ? 1 : b.remainder < a.remainder ? -1 : a.index - b.index));
  for (const { index } of byRemainder) {
    if (leftover <= 0n) break;
    parts[index]! += 1n;
    leftover--;
  }
  return parts.map(Number);
}
