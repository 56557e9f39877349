/**
 * Stage 4b: the places an article names: the venues the site knows (by name
 * or alias), landmarks, regions and cities from the atlas in `data/`. Each
 * spot keeps the preposition before it ("in", "at") and whether it opens the
 * article as a wire dateline, where the reporter filed from.
 */
import type { Knowledge } from './knowledge.ts';
import { LONGEST_PLACE, placeNamed, REGION_WORDS, type Place } from './lexicon.ts';
import type { Sentence } from './nlp.ts';
import { fold } from './text.ts';

export interface PlaceSpot extends Place {
  sentence: number;
  from: number;
  to: number;
  /** The words as written. */
  text: string;
  /** The id of the venue the site knows by these words. */
  venue: string | null;
  /** The preposition right before the name, lower-cased, or null. */
  prep: string | null;
  /** Whether the name opens the article in capitals, as a dateline does: `ISTANBUL —`. */
  dateline: boolean;
}

const venueIndexes = new WeakMap<Knowledge, Map<string, { id: string; city: string; country: string; name: string }>>();

/** The site's venues by every name and alias, folded. */
function venueIndex(knowledge: Knowledge) {
  let index = venueIndexes.get(knowledge);
  if (!index) {
    index = new Map();
    for (const v of knowledge.venues.values()) {
      for (const n of [v.data.name, ...v.data.aliases]) index.set(fold(n), { id: v.id, city: v.data.city, country: v.data.country, name: v.data.name });
    }
    venueIndexes.set(knowledge, index);
  }
  return index;
}

/** Every place named in the sentences, longest name first where names overlap. */
export function findPlaces(sentences: Sentence[], knowledge: Knowledge): PlaceSpot[] {
  const venues = venueIndex(knowledge);
  const spots: PlaceSpot[] = [];
  for (const s of sentences) {
    const t = s.tokens;
    for (let i = 0; i < t.length; i++) {
      if (!t[i]!.capital) continue;
      for (let n = Math.min(LONGEST_PLACE + 1, t.length - i); n >= 1; n--) {
        const words = s.text.slice(t[i]!.start, t[i + n - 1]!.end);
        const known = venues.get(fold(words));
        let place: Place | undefined = known ? { city: known.city, country: known.country, landmark: known.name, kind: 'landmark' } : placeNamed(words);
        if (!place) continue;
        let to = i + n - 1;
        // "the Gomel region": a city's name with a region word is its region, when the atlas has one.
        const next = t[to + 1];
        if (next && REGION_WORDS.has(next.lower) && place.kind === 'city') {
          const region = placeNamed(`${words} region`);
          if (region) [place, to] = [region, to + 1];
        }
        const before = t[i - 1];
        spots.push({
          ...place,
          sentence: s.index,
          from: i,
          to,
          text: s.text.slice(t[i]!.start, t[to]!.end),
          venue: known?.id ?? null,
          prep: before && before.pos === 'ADP' ? before.lower : null,
          dateline: s.index <= 2 && i === 0 && t[0]!.text === t[0]!.text.toUpperCase() && /\p{Lu}{3}/u.test(t[0]!.text),
        });
        i = to;
        break;
      }
    }
  }
  return spots;
}
