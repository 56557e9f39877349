/**
 * Calendar days as the site shows them. Content stores days as `YYYY-MM-DD`
 * strings, which sort and compare as text; these helpers turn them into words.
 * Parsing and formatting both use local time, so a day never shifts by a time zone.
 */
// One module per function, as the ingest does: the 'date-fns' index loads all of its ~865
// modules, over a second of every command that reads content outside Astro (the check, the
// images, the ingest), where six are used.
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import { formatDuration } from 'date-fns/formatDuration';
import { intervalToDuration } from 'date-fns/intervalToDuration';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';

/** Parses a `YYYY-MM-DD` day; throws with the fix when the text is not one. */
export function parseDay(day: string): Date {
  const date = parseISO(day);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !isValid(date)) {
    throw new RangeError(`\`${day}\` is not a day written as YYYY-MM-DD, e.g. 2022-03-10`);
  }
  return date;
}

/** Words for each day already formatted: a pure function of the day, so the answer never changes. */
const dayWords = new Map<string, string>();
const longDayWords = new Map<string, string>();

/**
 * The day as a reader says it.
 * @example formatDay('2022-03-10') // => '10 March 2022'
 */
export function formatDay(day: string): string {
  // Memoised: a build formats the same few thousand days hundreds of thousands of times (~11 µs each).
  let words = dayWords.get(day);
  if (words === undefined) dayWords.set(day, (words = format(parseDay(day), 'd MMMM yyyy')));
  return words;
}

/**
 * The day with its weekday, for a round's own page.
 * @example formatLongDay('2022-03-10') // => 'Thursday 10 March 2022'
 */
export function formatLongDay(day: string): string {
  let words = longDayWords.get(day);
  if (words === undefined) longDayWords.set(day, (words = format(parseDay(day), 'EEEE d MMMM yyyy')));
  return words;
}

/**
 * A span of days, shortened where the month or year repeat.
 * @example formatSpan('2022-03-29', '2022-03-30') // => '29–30 March 2022'
 * @example formatSpan('2022-03-10') // => '10 March 2022'
 */
export function formatSpan(start: string, end?: string | null): string {
  if (!end || end === start) return formatDay(start);
  const [a, b] = [parseDay(start), parseDay(end)];
  if (a.getFullYear() !== b.getFullYear()) return `${formatDay(start)} – ${formatDay(end)}`;
  if (a.getMonth() !== b.getMonth()) return `${format(a, 'd MMMM')} – ${formatDay(end)}`;
  return `${format(a, 'd')}–${formatDay(end)}`;
}

/** The year of a day, as a number. */
export function yearOf(day: string): number {
  return Number(day.slice(0, 4));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseDay(to), parseDay(from));
}

/**
 * The length of a gap between two days in words, to the month (or to the day when under a month).
 * @example describeGap('2022-04-01', '2025-05-16') // => '3 years 1 month'
 */
export function describeGap(from: string, to: string): string {
  const duration = intervalToDuration({ start: parseDay(from), end: parseDay(to) });
  const words = formatDuration(duration, { format: ['years', 'months'] });
  return words || formatDuration(duration, { format: ['days'] }) || '0 days';
}

/** Today's day in local time, as `YYYY-MM-DD`. */
export function today(now: Date = new Date()): string {
  return format(now, 'yyyy-MM-dd');
}

/**
 * The months a stretch of days covers, as a heading says them.
 * @example formatMonthSpan('2022-02-28', '2022-04-01') // => 'February – April 2022'
 * @example formatMonthSpan('2022-03-10', '2022-03-15') // => 'March 2022'
 * @example formatMonthSpan('2025-11-20', '2026-02-18') // => 'November 2025 – February 2026'
 * @example formatMonthSpan('2022-02-28', '2022-04-01', { short: true }) // => 'Feb – Apr 2022'
 */
export function formatMonthSpan(from: string, to: string, options: { short?: boolean } = {}): string {
  const [a, b] = [parseDay(from), parseDay(to)];
  const month = options.short ? 'MMM' : 'MMMM';
  if (a.getFullYear() !== b.getFullYear()) return `${format(a, `${month} yyyy`)} – ${format(b, `${month} yyyy`)}`;
  if (a.getMonth() !== b.getMonth()) return `${format(a, month)} – ${format(b, `${month} yyyy`)}`;
  return format(a, `${month} yyyy`);
}

/**
 * How long a stretch of days lasted, both days counted, in the unit a reader would use.
 * @example describeLength('2022-02-28', '2022-04-01') // => 'in 5 weeks'
 * @example describeLength('2025-05-16', '2025-07-23') // => 'in 2 months'
 * @example describeLength('2022-03-14', '2022-03-15') // => 'in 2 days'
 */
export function describeLength(from: string, to: string): string {
  const days = daysBetween(from, to) + 1;
  if (days <= 1) return 'in one day';
  if (days < 14) return `in ${days} days`;
  if (days < 63) return `in ${Math.round(days / 7)} weeks`;
  const months = Math.round(days / 30.44);
  if (months < 24) return `in ${months} months`;
  return `in ${Math.round(days / 365.25)} years`;
}
