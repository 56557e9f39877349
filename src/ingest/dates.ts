/**
 * Stage 3: every day the article names. chrono-node finds the expressions;
 * the tagger's tense of the clause decides which way a bare weekday points
 * ("will meet on Thursday" is ahead, "met on Thursday" behind), and a month
 * and day without a year take the year that puts them nearest before the
 * publication day. Without a publication day, what the words fix (a weekday,
 * a month and day) is kept, so a known round can still be recognised by it.
 */
import * as chrono from 'chrono-node';
// One module per function: importing the package root loads hundreds of files.
import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import { getDay } from 'date-fns/getDay';
import { parseISO } from 'date-fns/parseISO';
import { GRAMMAR } from './lexicon.ts';
import { tenseAt, tokenAt, type Sentence, type Tense } from './nlp.ts';

/** One date expression in one sentence. */
export interface DateMention {
  sentence: number;
  /** The first token of the words. */
  token: number;
  /** The words as written, e.g. `on Thursday`. */
  text: string;
  /** The day, YYYY-MM-DD, when it can be fixed. */
  day: string | null;
  /** The last day of a span ("February 17-18"), when the words give one. */
  endDay: string | null;
  /** What the words themselves fix. */
  month: number | null;
  dayOfMonth: number | null;
  year: number | null;
  /** 0 = Sunday, when a weekday is named. */
  weekday: number | null;
  kind: 'full' | 'month-day' | 'weekday' | 'relative';
  tense: Tense;
}

/** Every day-certain or weekday date in the sentences, resolved against `published` (YYYY-MM-DD) when known. */
export function findDates(sentences: Sentence[], published: string | null): DateMention[] {
  const ref = published ? parseISO(published) : new Date();
  const instant = new Date(Date.UTC(ref.getFullYear(), ref.getMonth(), ref.getDate(), 12));
  const out: DateMention[] = [];
  for (const s of sentences) {
    for (const r of chrono.parse(s.text, { instant, timezone: 0 })) {
      const tags = [...r.tags()];
      const casual = tags.some((t) => t.startsWith('casualReference/'));
      // "for 60 days", "two hours after", "next week": offsets from now, not days the article names.
      if (tags.includes('result/relativeDate') && !casual) continue;
      // "1.4.2022": a date written with dots puts the day first, as European usage does.
      const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(r.text.trim());
      const dayFirst = dotted && Number(dotted[2]) <= 12 ? { day: Number(dotted[1]), month: Number(dotted[2]) } : null;
      const weekdayOnly = r.start.isCertain('weekday') && !r.start.isCertain('day');
      if (!weekdayOnly && !r.start.isCertain('day')) continue;
      // "sat down", "sun": a lower-case weekday abbreviation is a word, not a day.
      if (weekdayOnly && !/^(?:on |this |last |next )?\p{Lu}/u.test(r.text.trim())) continue;
      const token = tokenAt(s, r.index);
      const tense = looksAhead(s, token) ? 'future' : tenseAt(s, token);
      const explicitYear = r.start.isCertain('year') && !casual;
      const mention: DateMention = {
        sentence: s.index,
        token,
        text: r.text.trim(),
        day: null,
        endDay: null,
        month: weekdayOnly ? null : dayFirst?.month ?? r.start.get('month')!,
        dayOfMonth: weekdayOnly ? null : dayFirst?.day ?? r.start.get('day')!,
        year: explicitYear ? r.start.get('year')! : null,
        weekday: r.start.isCertain('weekday') || weekdayOnly ? r.start.get('weekday')! : null,
        kind: casual ? 'relative' : weekdayOnly ? 'weekday' : explicitYear ? 'full' : 'month-day',
        tense,
      };
      if (casual) mention.day = published ? isoDay(r.start.date()) : null;
      else if (weekdayOnly) mention.day = published ? resolveWeekday(published, mention.weekday!, tense) : null;
      // "last night" comes out of chrono with a year it took from the reference day: without a
      // publication day that reference is today, and the day means nothing.
      else if (explicitYear && (published || /\d/.test(r.text))) mention.day = `${r.start.get('year')}-${String(mention.month).padStart(2, '0')}-${String(mention.dayOfMonth).padStart(2, '0')}`;
      else if (published) mention.day = nearestYear(mention.month!, mention.dayOfMonth!, published, tense);
      if (mention.day && r.end?.isCertain('day')) mention.endDay = shiftDay(mention.day, differenceInCalendarDays(r.end.date(), r.start.date()));
      if (mention.day || published === null) out.push(mention);
    }
  }
  return out;
}

/**
 * Whether the words just before a date look ahead whatever the clause's tense: "ahead of talks
 * Thursday", "until Monday", "the planned talks on Friday".
 */
export function looksAhead(s: Sentence, token: number): boolean {
  const before = s.tokens.slice(Math.max(0, token - 4), token);
  const words = before.map((t) => t.lower);
  return GRAMMAR.futurePrepositions.some((p) => words.slice(-p.length - 2).join(' ').includes(p.join(' '))) || before.some((t) => GRAMMAR.futureAdjectives.includes(t.lower));
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * A month and day without a year, seen from the publication day: the latest such day no more
 * than two months ahead (a preview looks ahead; a report of "28 February" in June looks back).
 * @example nearestYear(2, 28, '2022-03-01', 'past') // '2022-02-28'
 */
export function nearestYear(month: number, day: number, published: string, tense: Tense): string {
  const year = Number(published.slice(0, 4));
  const ahead = tense === 'future' ? 300 : 60;
  for (const y of [year + 1, year, year - 1]) {
    const candidate = `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (daysApart(published, candidate) <= ahead) return candidate;
  }
  return `${year - 1}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The day a bare weekday names, seen from the publication day: ahead for the
 * future tense, behind for the past, the nearer one otherwise.
 * @example resolveWeekday('2022-03-09', 4, 'future') // '2022-03-10' (Thursday)
 */
export function resolveWeekday(published: string, weekday: number, tense: Tense): string {
  const base = parseISO(published);
  const ahead = (weekday - getDay(base) + 7) % 7;
  const behind = (getDay(base) - weekday + 7) % 7;
  const offset = tense === 'future' ? ahead : tense === 'past' ? -behind : ahead < behind ? ahead : -behind;
  return format(addDays(base, offset), 'yyyy-MM-dd');
}

/**
 * The ordinal day of a meeting the words give ("the second day of talks"), counting from 1, or 1.
 * @example meetingDayNumber(readSentences(['A second day of talks began on Wednesday.'])[0]) // 2
 */
export function meetingDayNumber(s: Sentence): number {
  let n = dayNumbers.get(s);
  if (n === undefined) {
    n = 1;
    for (let i = 0; i + 1 < s.tokens.length; i++) {
      const ordinal = GRAMMAR.ordinals[s.tokens[i]!.lower];
      if (ordinal && s.tokens[i + 1]!.lemma === 'day') {
        n = ordinal;
        break;
      }
    }
    dayNumbers.set(s, n);
  }
  return n;
}

const dayNumbers = new WeakMap<Sentence, number>();

/**
 * The year in which `month`/`day` fell on `weekday`, latest first, no later than `latest`.
 * @example yearForWeekday(3, 29, 2, 2026) // 2022
 */
export function yearForWeekday(month: number, day: number, weekday: number, latest: number, earliest = 2014): number | undefined {
  for (let year = latest; year >= earliest; year--) {
    const d = new Date(Date.UTC(year, month - 1, day));
    if (d.getUTCMonth() === month - 1 && d.getUTCDay() === weekday) return year;
  }
  return undefined;
}

/** Days from `a` to `b`, both YYYY-MM-DD. */
export function daysApart(a: string, b: string): number {
  return differenceInCalendarDays(parseISO(b), parseISO(a));
}

/** `day` moved by `n` days. */
export function shiftDay(day: string, n: number): string {
  return format(addDays(parseISO(day), n), 'yyyy-MM-dd');
}

/** The weekday number (0 = Sunday) of a day. */
export function weekdayOf(day: string): number {
  return getDay(parseISO(day));
}

/** The months' names, January first. */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
