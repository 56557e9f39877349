/**
 * Lookups over the record that the decisions need for every article, built
 * once per content folder so that reading an article costs the same with ten
 * rounds as with thousands: rounds by day, place and person; how many rounds
 * a place or a person has.
 */
import type { Entry, RoundData } from '../lib/types.ts';
import { daysApart, shiftDay } from './dates.ts';
import type { Knowledge } from './knowledge.ts';
import { fold } from './text.ts';

export interface RecordIndex {
  byDay: Map<string, Entry<RoundData>[]>;
  byMonthDay: Map<string, Entry<RoundData>[]>;
  byPlace: Map<string, Entry<RoundData>[]>;
  byPerson: Map<string, Entry<RoundData>[]>;
  /** The folded city of each round's venue. */
  cityOf: Map<string, string>;
}

const indexes = new WeakMap<Knowledge, RecordIndex>();

const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => m.set(k, [...(m.get(k) ?? []), v]);

/** The folded city a place name is filed under, for comparing places: `Gomel Region` and `Gomel` meet. */
export const cityKey = (city: string) => fold(city).replace(/ region$/, '');

export function recordIndex(knowledge: Knowledge): RecordIndex {
  let index = indexes.get(knowledge);
  if (index) return index;
  index = { byDay: new Map(), byMonthDay: new Map(), byPlace: new Map(), byPerson: new Map(), cityOf: new Map() };
  for (const r of knowledge.rounds) {
    const last = r.data.endDate ?? r.data.date;
    for (let d = r.data.date; d <= last && daysApart(r.data.date, d) < 31; d = shiftDay(d, 1)) {
      push(index.byDay, d, r);
      push(index.byMonthDay, d.slice(5), r);
    }
    const venue = r.data.venue ? knowledge.venues.get(r.data.venue.id) : undefined;
    if (venue) {
      index.cityOf.set(r.id, cityKey(venue.data.city));
      push(index.byPlace, `venue:${venue.id}`, r);
      push(index.byPlace, `city:${cityKey(venue.data.city)}`, r);
    }
    for (const p of r.data.parties) push(index.byPerson, p.participant.id, r);
  }
  indexes.set(knowledge, index);
  return index;
}

/** Rounds of the record held within `window` days of `day`. */
export function roundsNear(index: RecordIndex, day: string, window: number): Entry<RoundData>[] {
  const out = new Set<Entry<RoundData>>();
  for (let k = -window; k <= window; k++) for (const r of index.byDay.get(shiftDay(day, k)) ?? []) out.add(r);
  return [...out];
}
