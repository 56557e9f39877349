/**
 * Domain knowledge as data: the files in `data/` (English grammar the tagger
 * does not give, the atlas of countries, cities and landmarks, words of office,
 * and the cue classes sentences are read for), loaded once and indexed for
 * lookup. No decision is taken here: the stages turn what is found into
 * features, and fitted weights decide.
 */
import cues from './data/cues.json' with { type: 'json' };
import grammar from './data/grammar.json' with { type: 'json' };
import places from './data/places.json' with { type: 'json' };
import roles from './data/roles.json' with { type: 'json' };
import { fold } from './text.ts';

export const GRAMMAR = {
  negationCues: grammar.negationCues,
  relatives: grammar.relatives,
  pastAuxiliaries: grammar.pastAuxiliaries,
  presentAuxiliaries: grammar.presentAuxiliaries,
  futureModals: grammar.futureModals,
  futureFrames: grammar.futureFrames,
  hedges: grammar.hedges,
  months: grammar.months,
  weekdays: grammar.weekdays,
  ordinals: grammar.ordinals as Record<string, number>,
  nameParticles: grammar.nameParticles,
  honorifics: grammar.honorifics,
  futurePrepositions: grammar.futurePrepositions,
  futureAdjectives: grammar.futureAdjectives,
  placePrepositions: grammar.placePrepositions,
  attribution: grammar.attribution,
};

export type CueClass = keyof Omit<typeof cues, '$comment'>;
export const CUE_CLASSES = Object.keys(cues).filter((k) => k !== '$comment') as CueClass[];

export type RoleClass = keyof typeof roles.classes;
export const ROLE_CLASSES = Object.keys(roles.classes) as RoleClass[];

const roleClassOf = new Map<string, RoleClass[]>();
for (const cls of ROLE_CLASSES) for (const w of roles.classes[cls]) roleClassOf.set(w, [...(roleClassOf.get(w) ?? []), cls]);
const titles = new Set(roles.titles);
const organisations = new Set(roles.organisations);

/** The classes of office a word belongs to: `minister` → minister; `head` → lead. */
export function roleClasses(word: string): RoleClass[] {
  return roleClassOf.get(word.toLowerCase()) ?? [];
}

/** Whether a word can stand in a title before a name: `President`, `Defence`, `Kremlin`. */
export function isTitleWord(word: string): boolean {
  return titles.has(word.toLowerCase().replace(/\.$/, '')) || roleClassOf.has(word.toLowerCase());
}

/** Whether a capitalised word makes its run an organisation or a thing rather than a person. */
export function isOrganisationWord(word: string): boolean {
  return organisations.has(word.toLowerCase());
}

// ---- Places ----------------------------------------------------------------

export interface Place {
  /** The city (or region) name the site files the place under. */
  city: string;
  country: string;
  /** A building or site within the city, when the words name one. */
  landmark: string | null;
  kind: 'city' | 'region' | 'landmark';
}

const placeIndex = new Map<string, Place>();
const countryIndex = new Map<string, string>();
for (const c of places.countries) {
  for (const n of [c.name, ...c.aliases]) countryIndex.set(fold(n), c.name);
  for (const a of c.adjectives) countryIndex.set(fold(a), c.name);
}
for (const c of places.cities) for (const n of [c.name, ...c.aliases]) placeIndex.set(fold(n), { city: c.name, country: c.country, landmark: null, kind: 'city' });
for (const r of places.regions) {
  for (const n of [r.name, ...r.aliases]) placeIndex.set(fold(n), { city: r.name, country: r.country, landmark: null, kind: 'region' });
  for (const n of r.landmarks) placeIndex.set(fold(n), { city: r.name, country: r.country, landmark: r.landmarks[0]!, kind: 'landmark' });
}
for (const l of places.landmarks) {
  const city = placeIndex.get(fold(l.city))!;
  for (const n of [l.name, ...l.aliases]) placeIndex.set(fold(n), { city: city.city, country: city.country, landmark: l.name, kind: 'landmark' });
}

/** The longest place name, in words, so a scan knows how far to look. */
export const LONGEST_PLACE = Math.max(...[...placeIndex.keys()].map((k) => k.split(' ').length));

/** The place a name points at: `Istanbul`, `Dolmabahce Palace`, `Gomel region`. */
export function placeNamed(name: string): Place | undefined {
  return placeIndex.get(fold(name));
}

/** The country a name, adjective or seat of government points at: `Turkish`, `Türkiye`, `Kremlin` → its country. */
export function countryOf(word: string): string | undefined {
  return countryIndex.get(fold(word).replace(/'s$/, ''));
}

/** Cities a region is named after take the region's name with a region word: `Gomel` + `region`. */
export const REGION_WORDS = new Set(['region', 'oblast', 'province', 'district', 'area']);

// ---- Cues ------------------------------------------------------------------

/** Each cue as a list of words, under its first word. */
const cueIndex = new Map<string, { words: string[]; cls: CueClass }[]>();
for (const cls of CUE_CLASSES) {
  for (const cue of (cues as unknown as Record<CueClass, string[]>)[cls]) {
    const words = cue.toLowerCase().split(/\s+/);
    cueIndex.set(words[0]!, [...(cueIndex.get(words[0]!) ?? []), { words, cls }]);
  }
}

/** A cue found in a sentence: its class and the tokens it covers. */
export interface CueHit {
  cls: CueClass;
  from: number;
  to: number;
}

/**
 * Every cue in a run of tokens, matched on lemma or written form.
 * @example findCues(readSentences(['They agreed to meet again.'])[0].tokens) // [{ cls: 'agree', … }, { cls: 'meeting', … }]
 */
export function findCues(tokens: { lemma: string; lower: string }[]): CueHit[] {
  const hits: CueHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    for (const key of new Set([t.lemma, t.lower])) {
      for (const cue of cueIndex.get(key) ?? []) {
        if (cue.words.every((w, k) => tokens[i + k]?.lemma === w || tokens[i + k]?.lower === w)) hits.push({ cls: cue.cls, from: i, to: i + cue.words.length - 1 });
      }
    }
  }
  return hits;
}
