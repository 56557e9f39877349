/**
 * Stage 6: the round the article reports, matched to a round the site already
 * has (by day, give or take one, then place, format and people) or proposed
 * as a new one with the id `YYYY-MM-DD-<city>` or `YYYY-MM-DD-video`.
 */
import type { Entry, RoundData } from '../lib/types.ts';
import { daysApart } from './dates.ts';
import type { Knowledge } from './knowledge.ts';
import type { TablePerson } from './table.ts';
import { slugify } from './text.ts';
import type { Format } from './types.ts';

export interface RoundMatch {
  id: string;
  existing: Entry<RoundData> | null;
}

export interface RoundFacts {
  date: string | null;
  format: Format;
  /** The venue's id and city, when known. */
  venue: string | null;
  city: string | null;
  table: TablePerson[];
}

/** How well an existing round fits the facts; 0 when it cannot be the same round. */
export function matchScore(round: Entry<RoundData>, facts: RoundFacts, knowledge: Knowledge, window = 1): number {
  const r = round.data;
  const venueCity = r.venue ? knowledge.venues.get(r.venue.id)?.data.city ?? null : null;
  const samePlace = (facts.venue !== null && facts.venue === r.venue?.id) || (facts.city !== null && venueCity !== null && venueCity.toLowerCase() === facts.city.toLowerCase());
  const people = facts.table.filter((p) => r.parties.some((q) => q.participant.id === p.id)).length;
  const placeClash = facts.city !== null && venueCity !== null && !samePlace;
  if (facts.date) {
    const apart = Math.abs(daysApart(r.date, facts.date));
    const end = r.endDate && facts.date >= r.date && facts.date <= r.endDate;
    if (apart > window && !end) return 0;
    let score = apart === 0 || end ? 3 : 2;
    if (facts.format !== r.format) score -= 2;
    if (samePlace) score += 2;
    if (placeClash) score -= 1;
    score += Math.min(people, 3);
    return Math.max(score, 0);
  }
  // No day given: only a close fit on place and people will do.
  return samePlace && people >= 2 && facts.format === r.format ? 1 + people : 0;
}

/** The best existing round for the facts, or a new id. */
export function matchRound(facts: RoundFacts, knowledge: Knowledge, taken: Set<string> = new Set()): RoundMatch | null {
  let best: { round: Entry<RoundData>; score: number } | null = null;
  for (const round of knowledge.rounds) {
    const score = matchScore(round, facts, knowledge);
    if (score >= 2 && (!best || score > best.score)) best = { round, score };
  }
  if (best) return { id: best.round.id, existing: best.round };
  if (!facts.date) return null;
  return { id: newRoundId(facts, knowledge, taken), existing: null };
}

/** `2023-08-05-jeddah`, `2022-04-01-video`; `-2`, `-3`… when taken. */
export function newRoundId(facts: RoundFacts, knowledge: Knowledge, taken: Set<string> = new Set()): string {
  const place = facts.format === 'video' ? 'video' : slugify(facts.city ?? '', 4) || 'unknown-place';
  const base = `${facts.date}-${place}`;
  let id = base;
  for (let n = 2; knowledge.ids.rounds.has(id) || taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
