import { dateFormat } from '@npower/core';

/** One rule of schema.org `openingHours`: day ranges (0 = Monday) and time ranges (`HH:MM`). */
export interface HoursRule {
  days: [first: number, last: number][];
  times: [opens: string, closes: string][];
}

/** A weekday's name, 0 = Monday: 1 January 2024 was a Monday. */
const weekday = (index: number, locale: string, style: 'long' | 'short') =>
  dateFormat(locale, { weekday: style, timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + index));

const week = [0, 1, 2, 3, 4, 5, 6];

/** The English day names of a range, as schema.org wants them; `Sa-Mo` wraps over the weekend. */
export const dayNamesIn = ([first, last]: [number, number]): string[] =>
  [...week, ...week].slice(first, last + (last < first ? 8 : 1)).map((day) => weekday(day, 'en', 'long'));

const time = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/**
 * Reads schema.org `openingHours`: `Mo-Fr 09:00-12:00`, `Mo,We 09:00-12:00,13:30-16:00`,
 * several rules separated by `;` or by `, ` before a day. `undefined` when any part is not that syntax.
 */
export function parseHours(value: string): HoursRule[] | undefined {
  // schema.org's day codes are the first two letters of the English short names: Mo, Tu, We…
  const dayCodes = week.map((day) => weekday(day, 'en', 'short').slice(0, 2));
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

/**
 * "lun.–ven. 09:00–12:00", one string per rule, in the locale's day names. Times stay as written,
 * on the 24-hour clock every language of the Euregio uses, where closing at midnight reads 24:00.
 */
export function formatHours(rules: readonly HoursRule[], locale: string): string[] {
  const day = (index: number) => weekday(index, locale, 'short');
  return rules.map(
    ({ days, times }) =>
      `${days.map(([first, last]) => (first === last ? day(first) : `${day(first)}–${day(last)}`)).join(', ')} ${times
        .map((range) => range.join('–'))
        .join(', ')}`,
  );
}
