import { dateFormat } from '@npower/core';

/** One rule of schema.org `openingHours`: day ranges (0 = Monday) and time ranges (`HH:MM`). */
export interface HoursRule {
  days: [first: number, last: number][];
  times: [opens: string, closes: string][];
}

const dayCodes = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
export const dayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const time = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/**
 * Reads schema.org `openingHours`: `Mo-Fr 09:00-12:00`, `Mo,We 09:00-12:00,13:30-16:00`,
 * several rules separated by `;` or by `, ` before a day. `undefined` when any part is not that syntax.
 */
export function parseHours(value: string): HoursRule[] | undefined {
  const rules = value
    .split(/\s*(?:;|\n|,\s+(?=[A-Z][a-z]))\s*/)
    .filter(Boolean)
    .map((rule): HoursRule | undefined => {
      const [daysPart, ...timeParts] = rule.trim().split(/\s+/);
      const days = daysPart!.split(',').map((range) => range.split('-').map((code) => dayCodes.indexOf(code)));
      const times = timeParts
        .join('')
        .split(',')
        .map((range) => range.split('-'));
      const validDays = days.every((range) => range.length <= 2 && range.every((day) => day >= 0));
      const validTimes = times.length && times.every((range) => range.length === 2 && range.every((hhmm) => time.test(hhmm)));
      if (!validDays || !validTimes) return undefined;
      return {
        days: days.map((range) => [range[0]!, range[range.length - 1]!]),
        times: times as [string, string][],
      };
    });
  return rules.length && rules.every(Boolean) ? (rules as HoursRule[]) : undefined;
}

/** "lun.–ven. 09:00–12:00", one string per rule, in the locale's day names and clock. */
export function formatHours(rules: readonly HoursRule[], locale: string): string[] {
  // 1 January 2024 was a Monday.
  const day = (index: number) => dateFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + index));
  const clock = (hhmm: string) => {
    const [hours, minutes] = hhmm.split(':').map(Number);
    return dateFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1, hours, minutes));
  };
  return rules.map(
    ({ days, times }) =>
      `${days.map(([first, last]) => (first === last ? day(first) : `${day(first)}–${day(last)}`)).join(', ')} ${times
        .map(([opens, closes]) => `${clock(opens)}–${clock(closes)}`)
        .join(', ')}`,
  );
}
