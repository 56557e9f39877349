/**
 * What the reading stages found in one article, gathered once so that every
 * decision's features read the same facts: tagged sentences, the cue classes
 * and countries each sentence names, people, places, dates and topics.
 */
import type { DateMention } from './dates.ts';
import { countryOf, findCues, GRAMMAR, type CueClass, type CueHit } from './lexicon.ts';
import type { Metadata } from './metadata.ts';
import { clauseOf, type Sentence } from './nlp.ts';
import type { Person } from './people.ts';
import type { PlaceSpot } from './places.ts';
import type { TopicSpot } from './topics.ts';

export interface Reading {
  meta: Metadata;
  sentences: Sentence[];
  /** The cues each sentence holds, by sentence index. */
  cues: CueHit[][];
  /** The countries each sentence names (by name, adjective or seat of government). */
  countries: Set<string>[];
  /** The countries each sentence names as parties: subjects or partners of what happens ("Russia and Ukraine met",
   * "the Ukrainian delegation", "talks between Russia and Ukraine"), not places or topics ("the war in Ukraine",
   * "the Ukrainian crisis", "talks on Ukraine"). */
  parties: Set<string>[];
  people: Person[];
  places: PlaceSpot[];
  dates: DateMention[];
  topics: TopicSpot[];
  /** The index of the first sentence of the body (the headline, when there is one, is 0). */
  lead: number;
  /** Whether sentence 0 is a headline. */
  hasTitle: boolean;
  /** Years the URL or the text name, for days given without one. */
  years: number[];
}

export function readingOf(parts: Omit<Reading, 'cues' | 'countries' | 'parties' | 'lead'>): Reading {
  const cues = parts.sentences.map((s) => findCues(s.tokens));
  const countries = parts.sentences.map((s) => new Set(s.tokens.map((t) => countryOf(t.text)).filter((c): c is string => !!c)));
  const parties = parts.sentences.map((s, i) => {
    const named = new Set(s.tokens.filter((t, k) => countryOf(t.text) && asParty(s, k, cues[i]!)).map((t) => countryOf(t.text)!));
    for (const p of parts.people) if (p.country && p.spots.some((spot) => spot.sentence === s.index)) named.add(p.country);
    return named;
  });
  return { ...parts, cues, countries, parties, lead: parts.hasTitle ? 1 : 0 };
}

/**
 * Whether the country word at token `k` names a party: a name not governed by a preposition of place
 * or topic ("in", "on", "over"; "between" and "with" join parties), or an adjective before a party noun
 * ("Ukrainian delegation", "Russia's negotiators"), and not negated ("neither Ukraine nor …").
 */
function asParty(s: Sentence, k: number, cues: CueHit[]): boolean {
  const t = s.tokens[k]!;
  if (t.negated || ['neither', 'nor', 'without'].includes(s.tokens[k - 1]?.lower ?? '')) return false;
  if (t.pos === 'ADJ' || /(?:ian|ish|ese|i)$/i.test(t.text) || s.tokens[k + 1]?.lower === "'s" || s.tokens[k + 1]?.lower === '’s') {
    const next = s.tokens[k + 1]?.lower === "'s" || s.tokens[k + 1]?.lower === '’s' ? k + 2 : k + 1;
    return cues.some((c) => c.cls === 'party' && c.from >= next && c.from <= next + 2);
  }
  let j = k - 1;
  while (j >= 0 && (s.tokens[j]!.pos === 'DET' || s.tokens[j]!.pos === 'CCONJ' || s.tokens[j]!.text === ',' || countryOf(s.tokens[j]!.text))) j--;
  return !(j >= 0 && GRAMMAR.placePrepositions.includes(s.tokens[j]!.lower));
}

/** Whether sentence `i` holds a cue of class `cls`, anywhere or within tokens `from`…`to`. */
export function hasCue(r: Reading, i: number, cls: CueClass, from = 0, to = Infinity): boolean {
  return (r.cues[i] ?? []).some((c) => c.cls === cls && c.to >= from && c.from <= to);
}

const cuesByClause = new WeakMap<Reading, Map<string, CueHit[]>>();

/** The cues of one clause of one sentence (by the clause's first token), worked out once per reading. */
function clauseCues(r: Reading, i: number, from: number): CueHit[] {
  let map = cuesByClause.get(r);
  if (!map) cuesByClause.set(r, (map = new Map()));
  const key = `${i}:${from}`;
  let list = map.get(key);
  if (!list) {
    const s = r.sentences[i]!;
    const [f, t] = clauseOf(s, from);
    list = (r.cues[i] ?? []).filter((c) => c.from >= f && c.to <= t);
    map.set(key, list);
  }
  return list;
}

/** Whether the clause around token `t` of sentence `i` holds a cue of class `cls` (negated cues count only when `negated`). */
export function clauseHas(r: Reading, i: number, t: number, cls: CueClass, negated?: boolean): boolean {
  const s = r.sentences[i]!;
  const [from] = clauseOf(s, t);
  const key = `${i}:${from}:${cls}:${negated}`;
  let answers = clauseAnswers.get(r);
  if (!answers) clauseAnswers.set(r, (answers = new Map()));
  let answer = answers.get(key);
  if (answer === undefined) answers.set(key, (answer = clauseCues(r, i, from).some((c) => c.cls === cls && (negated === undefined || s.tokens[c.from]!.negated === negated))));
  return answer;
}

const clauseAnswers = new WeakMap<Reading, Map<string, boolean>>();

/** Whether a sentence is in the article's opening: the headline or the first two sentences of the body. */
export function inLead(r: Reading, i: number): boolean {
  return i <= r.lead + 1;
}

/** Whether a sentence speaks of a meeting. */
export function speaksOfMeeting(r: Reading, i: number): boolean {
  return hasCue(r, i, 'meeting');
}
