/**
 * Places in the text: known venues by name or alias (any spelling, or all the
 * words of the name within one sentence: "a diplomacy forum in Turkey's
 * southern province of Antalya"), and cities with their country.
 */
import { cityNamed, cityNames, countryOf } from './gazetteer.ts';
import type { Knowledge } from './knowledge.ts';
import { escapeRegExp, fold, type Sentence } from './text.ts';

export interface PlaceSpot {
  sentence: number;
  at: number;
  /** A known venue's id, when the words name one. */
  venue: string | null;
  city: string | null;
  country: string | null;
  /** The words as written. */
  text: string;
}

const STOP = new Set(['the', 'of', 'a', 'an', 'and', 'in', 'at', 'region', 'near', 'border', 'city']);
let cityPattern: RegExp | undefined;
const LOCATIVE = /\b(in|at|near|outside|inside|to|hosted in|held in|venue in|city of|town of|resort of)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]+\s+)?$/u;
// "according to Kiev", "close to the Kremlin", "deported to Moscow": a government or a destination, not where anyone met.
const NOT_LOCATIVE = /\b(?:according|close|closer|loyal|linked|next|opposed|known|due|said|says|told|wrote|reported|spoke|talked|appealed|sent|handed|delivered|deported|taken|transferred|returned|belonging|allegiance|thanks|owing)\s+to\s+(?:the\s+)?$/i;
const PLACE_NOUN = /^(?:['’]s)?\s+(talks|meeting|meetings|round|summit|negotiations|process|format|forum|declaration|venue|conference|will host|hosts|hosted|is hosting|is to host|is set to host|will again host)\b/i;

/** Every venue and city the sentences name. */
export function findPlaces(sentences: Sentence[], knowledge: Knowledge): PlaceSpot[] {
  const spots: PlaceSpot[] = [];
  const venues = venueKeys(knowledge);
  cityPattern ??= new RegExp(`(?<![\\p{L}])(${cityNames().map(escapeRegExp).join('|')})(?![\\p{L}])`, 'giu');
  return scan(sentences, venues, spots);
}

const folded = new WeakMap<Knowledge['venues'], ReturnType<typeof foldVenues>>();
/** The venues' spellings, folded once per content folder rather than once per article. */
function venueKeys(knowledge: Knowledge) {
  let keys = folded.get(knowledge.venues);
  if (!keys) folded.set(knowledge.venues, (keys = foldVenues(knowledge)));
  return keys;
}

function foldVenues(knowledge: Knowledge) {
  return [...knowledge.venues.values()].map((v) => ({
    id: v.id,
    city: v.data.city,
    country: v.data.country,
    spellings: [v.data.name, ...v.data.aliases].map((a) => fold(a)).filter((a) => a.length >= 4),
    words: fold(v.data.name).split(/[^a-z0-9]+/).filter((w) => w.length > 2 && !STOP.has(w)),
  }));
}

function scan(sentences: Sentence[], venues: ReturnType<typeof foldVenues>, spots: PlaceSpot[]): PlaceSpot[] {
  for (const s of sentences) {
    const folded = fold(s.text);
    for (const v of venues) {
      let hit = v.spellings.map((a) => ({ a, at: wordIndex(folded, a) })).find((h) => h.at >= 0);
      if (!hit && v.words.length >= 2 && v.words.every((w) => wordIndex(folded, w) >= 0)) hit = { a: v.words.join(' '), at: wordIndex(folded, v.words[0]!) };
      if (hit) spots.push({ sentence: s.index, at: hit.at, venue: v.id, city: v.city, country: v.country, text: s.text.slice(hit.at, hit.at + hit.a.length) });
    }
    for (const m of s.text.matchAll(cityPattern!)) {
      if (!/^\p{Lu}/u.test(m[0])) continue;
      // "Moscow invaded", "with Ankara hoping": a capital standing for its government is no place.
      const before = s.text.slice(Math.max(0, m.index - 30), m.index);
      const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 30);
      if ((!LOCATIVE.test(before) || NOT_LOCATIVE.test(before)) && !PLACE_NOUN.test(after)) continue;
      const city = cityNamed(m[0])!;
      spots.push({ sentence: s.index, at: m.index, venue: null, city: city.name, country: city.country, text: m[0] });
    }
    // "the Swiss city of Bern", "Turkey's southern province of Antalya", "in Lusaka, Zambia".
    for (const m of s.text.matchAll(/\b(?:city|town|resort|province|region|capital) of (\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)|\bin (\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?), (\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?)\b/gu)) {
      const name = m[1] ?? m[2]!;
      if (cityNamed(name) || countryOf(name)) continue;
      const country = m[3] ? countryOf(m[3]) : countryBefore(s.text.slice(Math.max(0, m.index - 40), m.index));
      if (m[3] && !country) continue;
      spots.push({ sentence: s.index, at: m.index + m[0].indexOf(name), venue: null, city: name, country: country ?? null, text: name });
    }
  }
  return spots;
}

function countryBefore(text: string): string | undefined {
  const words = text.split(/[\s,]+/).reverse();
  for (const w of words) {
    const c = countryOf(w.replace(/['’]s$/, ''));
    if (c) return c;
  }
  return undefined;
}

/** Where `phrase` occurs in `text` as whole words, or -1. */
function wordIndex(text: string, phrase: string): number {
  let from = 0;
  for (;;) {
    const at = text.indexOf(phrase, from);
    if (at < 0) return -1;
    const before = at === 0 ? ' ' : text[at - 1]!;
    const after = text[at + phrase.length] ?? ' ';
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return at;
    from = at + 1;
  }
}
