/**
 * Stage 3: every date expression in the article, resolved against the
 * publication date, with the tense of its clause deciding which way a bare
 * weekday points: "will meet on Thursday" is ahead, "met on Thursday" and
 * "Tuesday's talks" are behind. chrono-node finds the expressions; weekdays
 * are resolved here because only the sentence knows its tense.
 */
import * as chrono from 'chrono-node';
// One module per function: importing the package root loads hundreds of files (seconds at start-up).
import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import { getDay } from 'date-fns/getDay';
import { parseISO } from 'date-fns/parseISO';
import type { Sentence } from './text.ts';

export type Tense = 'past' | 'present' | 'future' | 'none';

/** One date expression in one sentence. */
export interface DateMention {
  sentence: number;
  /** The words as written, e.g. `on Thursday`. */
  text: string;
  /** Where the words start in the sentence. */
  at: number;
  /** The day, YYYY-MM-DD, when the words name a day (a weekday, or a month and day). */
  day: string | null;
  /** Whether the words named only a weekday, resolved by tense. */
  weekdayOnly: boolean;
  /** Whether the words gave the year themselves. */
  explicitYear: boolean;
  tense: Tense;
}

const DATEISH = /\b(mon|tues|wednes|thurs|fri|satur|sun)day|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d|\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(yesterday|today|tomorrow|tonight)\b|\b\d{4}-\d{2}-\d{2}\b/i;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Every day-certain or weekday date in the sentences, resolved against `published` (YYYY-MM-DD, or null when unknown). */
export function findDates(sentences: Sentence[], published: string | null): DateMention[] {
  const ref = published ? parseISO(published) : new Date();
  const instant = new Date(Date.UTC(ref.getFullYear(), ref.getMonth(), ref.getDate(), 12));
  const out: DateMention[] = [];
  for (const s of sentences) {
    if (!DATEISH.test(s.text)) continue;
    for (const r of chrono.parse(s.text, { instant, timezone: 0 })) {
      // "for 60 days", "within two weeks": a length of time, not a day.
      if (/^(?:for|in|within|over|during|after)?\s*(?:\d+|a|one|two|three|several|a few)\s+(?:days?|weeks?|months?|years?|hours?)$/i.test(r.text.trim())) continue;
      if (/^(now|right now|just now|currently|this (?:week|month|year))$/i.test(r.text.trim()) || /^(?:the )?(?:end|beginning|start|middle|mid|close) of\b|^mid-/i.test(r.text.trim()) || /\b(after|before|later|earlier|ago|from now)\b/i.test(r.text)) continue;
      // "sat down", "sun", "wed": a lower-case weekday abbreviation is a word, not a day.
      if (/^(?:on )?(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$/.test(r.text.trim())) continue;
      const tense = tenseAt(s.text, r.index, r.text);
      const weekdayOnly = r.start.isCertain('weekday') && !r.start.isCertain('day');
      let day: string | null = null;
      if (weekdayOnly) {
        day = published ? resolveWeekday(published, WEEKDAYS.indexOf(weekdayName(r.text)), tense) : null;
      } else if (r.start.isCertain('day') || /\b(yesterday|today|tomorrow|tonight|this (?:morning|afternoon|evening))\b/i.test(r.text)) {
        day = `${r.start.get('year')}-${pad(r.start.get('month'))}-${pad(r.start.get('day'))}`;
        if (!published && !r.start.isCertain('year')) day = null;
        // "28 February" with no year, months ahead of the article and not spoken of as ahead: the last one.
        else if (published && day && !r.start.isCertain('year') && tense !== 'future' && differenceInCalendarDays(parseISO(day), parseISO(published)) > 60) day = `${r.start.get('year')! - 1}${day.slice(4)}`;
      }
      out.push({ sentence: s.index, text: r.text.trim(), at: r.index, day, weekdayOnly, explicitYear: r.start.isCertain('year'), tense });
    }
  }
  return oneDayPerWeekday(out);
}

/**
 * Within one article a weekday names one day: reporters write "on Thursday"
 * for the same Thursday throughout. The reading with the clearest tense wins
 * (the lead counts double), and every mention of that weekday takes it.
 */
function oneDayPerWeekday(mentions: DateMention[]): DateMention[] {
  const votes = new Map<string, Map<string, number>>();
  for (const m of mentions) {
    if (!m.weekdayOnly || !m.day || m.tense === 'none') continue;
    const name = weekdayName(m.text);
    const tally = votes.get(name) ?? new Map<string, number>();
    tally.set(m.day, (tally.get(m.day) ?? 0) + (m.sentence <= 2 ? 2 : 1) + (m.tense === 'future' ? 0.5 : 0));
    votes.set(name, tally);
  }
  return mentions.map((m) => {
    const tally = m.weekdayOnly ? votes.get(weekdayName(m.text)) : undefined;
    if (!tally) return m;
    const [day] = [...tally.entries()].sort((a, b) => b[1] - a[1])[0]!;
    return { ...m, day };
  });
}

function weekdayName(text: string): string {
  const m = /(mon|tues|wednes|thurs|fri|satur|sun)day/i.exec(text);
  return m ? `${m[1]!.toLowerCase()}day` : '';
}

const pad = (n: number | null) => String(n ?? 1).padStart(2, '0');

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

// Words that set the tense of a clause; the one nearest the date wins.
const FUTURE = /\b(will|shall|won't|is set to|are set to|set for|is due to|are due to|due on|is expected to|are expected to|expected on|is scheduled|are scheduled|scheduled for|plans? to|planned for|is to|are to|to be held|to hold|to meet|going to|ahead of|upcoming|next|later this|would)\b|'ll\b/gi;
const PRESENT = /\b(getting under ?way|under ?way|taking place|is being held|are being held|are meeting|is meeting|are holding|is holding|are talking|begin|begins|opens|open|resume|resumes|meet|meets|start|starts|today|tonight|this morning|this afternoon)\b/gi;
const PAST = /\b(was|were|had|did|met|held|failed|agreed|said|says|told|ended|took place|concluded|began|started|opened|signed|reached|announced|hosted|attended|rejected|refused|yesterday|last|ago|earlier|previous|previously|follows|followed|after|since|\w{3,}ed)\b|'s\b/gi;

const ATTRIBUTION = /^(?:said|says|told|announced|added|wrote|tweeted|posted|confirmed|reported|stated)$/i;

/** The tense of the clause around position `at` of a sentence. */
export function tenseAt(sentence: string, at: number, words = ''): Tense {
  const [from, to] = clauseBounds(sentence, at);
  const clause = sentence.slice(from, to);
  const pos = at - from;
  const end = pos + words.length;
  // "ahead of Thursday's talks" looks forward; "Tuesday's talks" otherwise looks back.
  const before = clause.slice(Math.max(0, pos - 40), pos).toLowerCase();
  if (/(?:ahead of|before|until|till|by)\s+(?:the\s+)?$|(?:ahead of|before|until|till|by)$/.test(before)) return 'future';
  // "postponed to Friday", "pushed back until Thursday", "set for Monday": the new day is ahead.
  if (/\b(?:postponed|delayed|pushed back|moved|put off|rescheduled|brought forward|set|slated|scheduled|planned)\s+(?:to|until|till|for)\s*$/.test(before)) return 'future';
  let best: { tense: Tense; distance: number } = { tense: 'none', distance: Infinity };
  for (const [tense, re] of [['future', FUTURE], ['present', PRESENT], ['past', PAST]] as const) {
    for (const m of clause.matchAll(re)) {
      if (m.index >= pos && m.index < end) continue; // the date's own words
      // "will meet on Thursday, officials said": an attribution after the date is not the clause's tense.
      if (m.index >= end && ATTRIBUTION.test(m[0])) continue;
      // "to work on a plan to end the war": "plan" is a noun there, not a verb of the future.
      // ("a US plan to", "Washington's 28-point plan to": a determiner or owner a few words before.)
      if (tense === 'future' && /^plans? to$/i.test(m[0]) && /(?:\b(?:a|an|the|its|their|his|her|peace|new)|['’]s)\s+(?:[\p{L}\d-]+\s+){0,2}$/iu.test(clause.slice(0, m.index))) continue;
      if (/^'s$/i.test(m[0]) && m.index !== end) continue;
      // "will meet", "to begin": a present form after a modal or "to" looks ahead.
      const tenseHere = tense === 'present' && /\b(?:will|would|shall|to)\s+(?:\w+\s+)?$|['’]ll\s+$/i.test(clause.slice(0, m.index)) ? 'future' : tense;
      // "US-brokered talks", "long-awaited": a participle in a compound is an adjective, not a verb.
      if (tense === 'past' && /ed$/i.test(m[0]) && clause[m.index - 1] === '-') continue;
      // A bare "-ed" word may be an adjective ("scheduled", "so-called"); a tense word or auxiliary outweighs it.
      const generic = tense === 'past' && /^\w{3,}ed$/i.test(m[0]) && !/^(?:agreed|failed|ended|started|signed|reached|announced|hosted|attended|rejected|refused|concluded|followed)$/i.test(m[0]) ? 12 : 0;
      const distance = (m.index < pos ? pos - (m.index + m[0].length) : m.index - end) + generic;
      // Verbs before the date bind more tightly than those after it ("met on Thursday").
      const weighted = distance + (m.index > pos ? 4 : 0) + (tense === 'present' ? 3 : 0);
      if (weighted < best.distance) best = { tense: tenseHere, distance: weighted };
    }
  }
  return best.tense;
}

function clauseBounds(sentence: string, at: number): [number, number] {
  // ("U.S. team": the full stop of an initial does not end a clause.)
  const breaks = /;|—|–| - |, (?:but|while|whereas|although|though|and then|which|where|when)\b|\bbut\b|(?<!\b[A-Z])\. /g;
  let from = 0;
  let to = sentence.length;
  for (const m of sentence.matchAll(breaks)) {
    if (m.index < at) from = m.index + m[0].length;
    else if (m.index > at) {
      to = m.index;
      break;
    }
  }
  return [from, to];
}

/**
 * The year in which `month`/`day` fell on `weekday`, latest first, no later
 * than `latest`: "Tuesday (March 29)" with no year is 2022.
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

export { WEEKDAYS };

/** The months' names, January first. */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
