/**
 * Scores what the ingest derived from one labelled page against its label,
 * by the fields and rules of `../shared/labelling.md`: the round's first day,
 * the venue's city, the people at the table, outcome topics (and statuses),
 * and whether a page that reports no round is left without one.
 */
import type { DerivedJson } from '../types.ts';
import { fold, nameKey, nearKey } from '../text.ts';
import type { Label } from './corpus.ts';

/** The label's topic names, as the content's outcome ids spell them. */
const TOPIC_IDS: Record<string, string> = {
  'presidential-meeting': 'leaders-meeting',
  'continue-talks': 'continuing-talks',
  'children-return': 'return-of-children',
};
/** Content topics the label convention files under `other`. */
const OTHER_TOPICS = new Set(['civilian-detainees']);

export const FIELDS = ['date', 'venue', 'people', 'topic', 'topic+status', 'no round'] as const;
export type Field = (typeof FIELDS)[number];

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface PageScore {
  tallies: Record<Field, Tally>;
  /** One line per miss, for `--verbose`. */
  misses: string[];
}

const empty = (): Tally => ({ tp: 0, fp: 0, fn: 0 });

/** The topic a label names, as an outcome id of the content. */
export function topicId(labelTopic: string): string {
  return TOPIC_IDS[labelTopic] ?? labelTopic;
}

/** Whether a region-sized label ("Gomel Region") is met by its city's name ("Gomel"). */
function sameCity(want: string, have: string): boolean {
  const [w, h] = [fold(want), fold(have)];
  return w === h || w.replace(/ region$/, '') === h.replace(/ region$/, '');
}

/** Whether a derived person is the labelled one: the surnames agree under transliteration, as do first names when both are given. */
export function samePerson(labelled: string, derived: string): boolean {
  const a = labelled.split(/\s+/).map(nameKey).filter(Boolean);
  const b = derived.split(/\s+/).map(nameKey).filter(Boolean);
  if (!a.length || !b.length) return false;
  const close = (x: string, y: string) => nearKey(x, y) || (x.length >= 7 && y.length >= 7 && x.slice(0, 5) === y.slice(0, 5));
  if (!close(a.at(-1)!, b.at(-1)!)) return false;
  return a.length < 2 || b.length < 2 || close(a[0]!, b[0]!) || a[0]![0] === b[0]![0];
}

/** Scores one page. `got` is null when the command refused the page. */
export function scorePage(label: Label, got: DerivedJson | null): PageScore {
  const t = Object.fromEntries(FIELDS.map((f) => [f, empty()])) as Record<Field, Tally>;
  const misses: string[] = [];
  const round = got?.rounds[0] ?? null;
  const want = label.about_round;
  // Is there a round, and is it the right day?
  if (!want) {
    if (round) {
      t['no round'].fn++;
      t.date.fp++;
      misses.push(`no round: the page reports none, but got ${round.date ?? 'an undated round'}`);
    } else t['no round'].tp++;
  } else {
    if (!round) t['no round'].fp++;
    if (round?.date === want.date) t.date.tp++;
    else {
      t.date.fn++;
      if (round?.date) t.date.fp++;
      misses.push(`date: want ${want.date}, got ${round?.date ?? 'none'}`);
    }
    const city = round?.venue?.city ?? null;
    const rightPlace = want.venue_city === null ? round !== null && city === null : city !== null && sameCity(want.venue_city, city);
    if (rightPlace) t.venue.tp++;
    else {
      t.venue.fn++;
      if (city) t.venue.fp++;
      misses.push(`venue: want ${want.venue_city ?? '(video, none)'}, got ${city ?? 'none'}`);
    }
  }
  // People at the table, one to one.
  const have = [...(got?.participants ?? [])].filter((p) => !/delegation$/i.test(p.name));
  const left = [...label.participants.map((p) => p.name)];
  for (const p of have) {
    const i = left.findIndex((name) => samePerson(name, p.name));
    if (i >= 0) {
      t.people.tp++;
      left.splice(i, 1);
    } else {
      t.people.fp++;
      misses.push(`people: extra ${p.name}`);
    }
  }
  t.people.fn += left.length;
  for (const name of left) misses.push(`people: missing ${name}`);
  // Outcomes: topics, and topics with their status.
  const derived = (got?.outcomes ?? []).map((o) => ({ topic: OTHER_TOPICS.has(o.topic) ? 'other' : o.topic, status: o.status }));
  const labelled = label.outcomes.map((o) => ({ topic: topicId(o.topic), status: o.status }));
  for (const [field, key] of [['topic', (o: { topic: string }) => o.topic], ['topic+status', (o: { topic: string; status: string }) => `${o.topic}:${o.status}`]] as const) {
    const w = new Set(labelled.map(key));
    const h = new Set(derived.map(key));
    for (const x of h) (w.has(x) ? t[field].tp++ : (t[field].fp++, misses.push(`${field}: extra ${x}`)));
    for (const x of w) if (!h.has(x)) (t[field].fn++, misses.push(`${field}: missing ${x}`));
  }
  return { tallies: t, misses };
}

/** Precision, recall and F1 of a tally. */
export function prf(t: Tally): { p: number; r: number; f1: number } {
  const p = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
  const r = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function addTallies(into: Record<Field, Tally>, from: Record<Field, Tally>): void {
  for (const f of FIELDS) {
    into[f].tp += from[f].tp;
    into[f].fp += from[f].fp;
    into[f].fn += from[f].fn;
  }
}

export function emptyTallies(): Record<Field, Tally> {
  return Object.fromEntries(FIELDS.map((f) => [f, empty()])) as Record<Field, Tally>;
}
