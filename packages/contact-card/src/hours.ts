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
      // 24:00 ends a day; as an opening time it would be the next day's 00:00, under the wrong day's name.
      const validTimes =
        times.length && times.every((range) => range.length === 2 && range[0] !== '24:00' && range.every((hhmm) => time.test(hhmm)));
      if (!validDays || !validTimes) return undefined;
      return {
        days: days.map((range) => [range[0]!, range[range.length - 1]!]),
        times: times as [string, string][],
      };
    });
  return rules.length && rules.every(Boolean) ? (rules as HoursRule[]) : undefined;
}

/** The days of a rule in the locale's short names: "lun.–ven., sam.". */
export function formatDays(days: HoursRule['days'], locale: string): string {
  const day = (index: number) => weekday(index, locale, 'short');
  return days.map(([first, last]) => (first === last ? day(first) : `${day(first)}–${day(last)}`)).join(', ');
}

/**
 * "lun.–ven. 09:00–12:00", one string per rule, for the vCard's note: the days in the locale's
 * names, the times as schema.org writes them, so that the file says the same in any address book.
 */
export const formatHours = (rules: readonly HoursRule[], locale: string): string[] =>
  rules.map(({ days, times }) => `${formatDays(days, locale)} ${times.map((range) => range.join('–')).join(', ')}`);

/** A piece of a displayed time range: its text, and the `HH:MM` it shows when it shows one. */
export type TimePart = [text: string, datetime?: string];

/** A time of day on a fixed date in UTC, formatted in UTC, so that the visitor's time zone never moves it. */
function at(hhmm: string): number {
  const [hours, minutes] = hhmm.split(':').map(Number);
  return Date.UTC(2024, 0, 1, hours, minutes);
}

const clockOptions: Intl.DateTimeFormatOptions = { timeStyle: 'short', timeZone: 'UTC' };

/**
 * A time range as the locale writes it ("9:00 AM – 12:00 PM", "09:00 – 12:00", "09:00–12:00 Uhr"),
 * in pieces, so that each time can carry its `HH:MM`. Closing at 24:00 reads "24:00" on a 24-hour
 * clock (Intl's h24 cycle) and `midnight` on a 12-hour one, where "12:00 AM" would read as the
 * morning of the same day; it is never formatted as the next day's 00:00, which made Intl add
 * both dates.
 */
export function formatTimes([opens, closes]: [string, string], locale: string, midnight: string): TimePart[] {
  const clock = dateFormat(locale, clockOptions);
  const range = (from: string, to: string) => {
    try {
      return clock.formatRangeToParts(at(from), at(to));
    } catch {
      // No formatRangeToParts (Safari before 14.1): the pieces are put together below.
      return undefined;
    }
  };
  const endsAtMidnight = closes === '24:00';
  const texts: Record<string, string> = {};
  let parts = endsAtMidnight ? undefined : range(opens, closes);
  if (!parts) {
    texts.startRange = clock.format(at(opens));
    texts.endRange = !endsAtMidnight
      ? clock.format(at(closes))
      : /^h1/.test(clock.resolvedOptions().hourCycle ?? '')
        ? midnight
        : dateFormat(locale, { ...clockOptions, hourCycle: 'h24' }).format(at('00:00'));
    // A morning and an evening share no day period, so this range gives the locale's separator
    // and any word after both times (German "Uhr") around two pieces of their own.
    parts = range('09:00', '21:00') ?? [
      { type: 'literal', value: '', source: 'startRange' },
      { type: 'literal', value: '–', source: 'shared' },
      { type: 'literal', value: '', source: 'endRange' },
    ];
  }
  const pieces: [source: string, text: string][] = [];
  for (const { source, value } of parts) {
    const last = pieces[pieces.length - 1];
    if (last?.[0] === source) last[1] += value;
    else pieces.push([source, value]);
  }
  // HTML's times of day stop at 23:59: closing at midnight is left without a `datetime`.
  return pieces.map(([source, text]) => [
    texts[source] ?? text,
    source === 'startRange' ? opens : source === 'endRange' && !endsAtMidnight ? closes : undefined,
  ]);
}
