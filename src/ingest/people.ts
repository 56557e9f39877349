/**
 * Stage 4a: the people an article names. A name is a run of capitalised
 * tokens the tagger reads as proper nouns that are not places, titles or
 * organisations; the words of office before it ("Ukraine's Defence Minister")
 * or in an apposition after it (", who heads the Russian delegation,") are its
 * role, and give its country. A surname alone joins the full name it
 * shortens; every spelling is matched against the people the site knows.
 */
import { GRAMMAR, countryOf, isOrganisationWord, isTitleWord, placeNamed, roleClasses, type RoleClass } from './lexicon.ts';
import type { Knowledge } from './knowledge.ts';
import { isClauseBreak, type Sentence, type Token } from './nlp.ts';
import { nameKey, nearKey, slugify } from './text.ts';

/** One place in the text where a person is named. */
export interface NameSpot {
  sentence: number;
  /** Token range of the name. */
  from: number;
  to: number;
  /** The words of office around the name, as written, and where they are. */
  role: string | null;
  roleFrom: number;
  roleTo: number;
  /** A second span of office words (an apposition after a title), whose classes count too. */
  extra: readonly [number, number] | null;
}

export interface Person {
  /** The site's id when the person is known, else a slug of the name. */
  id: string;
  name: string;
  known: boolean;
  spots: NameSpot[];
  role: string | null;
  country: string | null;
  /** The classes of office the role words belong to. */
  roleClasses: Set<RoleClass>;
  /** The country of a team the text lists the person under, when it names one. */
  team: string | null;
  /** The classes of the offices the site records for a known person ("President of Ukraine" → leader). */
  recordClasses: Set<RoleClass>;
}

/** The most people one article is read for. */
const MAX_PEOPLE = 60;

/** The words of a name, a double name's parts joined by their hyphen: `Beate`, `Meinl-Reisinger`. */
function nameWords(tokens: Token[]): string[] {
  const words: string[] = [];
  tokens.forEach((t, k) => {
    const glued = k > 0 && tokens[k - 1]!.end === t.start;
    if (glued && words.length) words[words.length - 1] += t.text;
    else words.push(t.text);
  });
  return words;
}

/** Every person the sentences name, in order of first mention. */
export function findPeople(sentences: Sentence[], knowledge: Knowledge): Person[] {
  const runs = sentences.flatMap((s) => {
    const found = nameRuns(s).map((r) => ({ s, ...r, spot: withRole(s, r.from, r.to) }));
    // A list the office of its first name stands for: "the foreign ministers, Sergei Lavrov and Dmytro Kuleba".
    found.forEach((r, k) => {
      const prev = found[k - 1];
      if (r.spot.role || !prev?.spot.role || prev.to + 2 !== r.from || !['and', ','].includes(s.tokens[r.from - 1]!.lower)) return;
      if (!isPlural(s.tokens.slice(prev.spot.roleFrom, prev.spot.roleTo + 1))) return;
      r.spot = { ...r.spot, role: prev.spot.role, roleFrom: prev.spot.roleFrom, roleTo: prev.spot.roleTo };
    });
    return found;
  });
  const people: Person[] = [];
  // Full names first, so a surname alone can join the name it shortens.
  for (const run of [...runs].sort((a, b) => Number(b.to - b.from > 0) - Number(a.to - a.from > 0))) {
    const words = nameWords(run.s.tokens.slice(run.from, run.to + 1));
    const spot = run.spot;
    const person = people.find((p) => sameName(p.name.split(' '), words));
    // No article names hundreds of people: past that, a text is a list, and new names are not read (work stays linear).
    if (!person && people.length >= MAX_PEOPLE) continue;
    if (person) {
      person.spots.push(spot);
      if (words.length > person.name.split(' ').length) person.name = words.join(' ');
      continue;
    }
    const id = knowledge.names.match(words);
    // A lone word is a person only when the site knows the name, or a title or honorific stands before it.
    if (words.length === 1 && !id && !titled(run.s, run.from)) continue;
    people.push({ id: id ?? slugify(words.join(' ')), name: words.join(' '), known: !!id, spots: [spot], role: null, country: null, roleClasses: new Set(), recordClasses: new Set(), team: null });
  }
  for (const p of people) {
    p.spots.sort((a, b) => a.sentence - b.sentence || a.from - b.from);
    const known = p.known ? knowledge.participants.get(p.id) : undefined;
    if (known) p.name = known.data.name;
    const roles = p.spots.filter((s) => s.role);
    // A plural office ("the foreign ministers of …") tells the part a person plays, but is not their title.
    p.role = roles.find((s) => !isPlural(sentences[s.sentence]!.tokens.slice(s.roleFrom, s.roleTo + 1)))?.role ?? null;
    for (const spot of roles) {
      const tokens = sentences[spot.sentence]!.tokens;
      for (const [from, to] of [[spot.roleFrom, spot.roleTo] as const, ...(spot.extra ? [spot.extra] : [])]) for (const c of officeClasses(tokens.slice(from, to + 1))) p.roleClasses.add(c);
    }
    p.team = p.spots.map((spot) => teamCountry(sentences[spot.sentence]!, spot.from)).find(Boolean) ?? null;
    p.country = known?.data.country ?? roleCountry(p, sentences) ?? p.team;
    for (const role of known?.data.roles ?? []) for (const word of role.title.toLowerCase().split(/[^\p{L}-]+/u)) for (const c of roleClasses(word)) p.recordClasses.add(c);
  }
  return people.sort((a, b) => a.spots[0]!.sentence - b.spots[0]!.sentence || a.spots[0]!.from - b.spots[0]!.from);
}

/** Whether a token can be part of a personal name. */
function nameToken(t: Token, first: boolean): boolean {
  if (!t.capital || !/\p{Ll}/u.test(t.text) || !/^\p{L}[\p{L}'’.-]*$/u.test(t.text)) return false;
  if (!['PROPN', 'NOUN', 'ADJ', 'X', 'VERB'].includes(t.pos) || (first && t.pos !== 'PROPN')) return false;
  const word = t.lower.replace(/[.’']+$/, '');
  if (GRAMMAR.months.includes(word) || GRAMMAR.weekdays.includes(word) || GRAMMAR.honorifics.includes(t.lower)) return false;
  return !isTitleWord(word) && !isOrganisationWord(word) && !countryOf(t.text) && !placeNamed(t.text);
}

/** Maximal runs of name tokens in a sentence, particles ("bin", "al") allowed inside. */
export function nameRuns(s: Sentence): { from: number; to: number }[] {
  const runs: { from: number; to: number }[] = [];
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    if (!nameToken(t[i]!, i === 0)) continue;
    let j = i;
    // Inside a name: particles ("bin", "al"), initials ("Vladimir V. Putin") and the hyphen of a
    // double name ("Meinl-Reisinger"), when a name word follows.
    const hyphen = (k: number) => t[k]!.text === '-' && t[k - 1]!.end === t[k]!.start && t[k]!.end === t[k + 1]?.start;
    const inner = (k: number) => (GRAMMAR.nameParticles.includes(t[k]!.lower) || /^\p{Lu}\.$/u.test(t[k]!.text) || hyphen(k)) && !!t[k + 1] && nameToken(t[k + 1]!, false);
    while (j + 1 < t.length && (nameToken(t[j + 1]!, false) || inner(j + 1))) j++;
    // A run that is a place or an organisation as a whole ("Abu Dhabi", "Kyiv Independent") is not a person.
    const words = t.slice(i, j + 1).map((x) => x.text).join(' ');
    if (!placeNamed(words) && !(t[j + 1] && isOrganisationWord(t[j + 1]!.lower) && t[j + 1]!.capital)) runs.push({ from: i, to: j });
    i = j;
  }
  return runs;
}

/** Whether a title or honorific stands right before the name: "Mr. Erdogan", "President Zelensky". */
function titled(s: Sentence, from: number): boolean {
  const before = s.tokens[from - 1];
  return !!before && (GRAMMAR.honorifics.includes(before.lower) || (before.capital && isTitleWord(before.lower)));
}

/**
 * The name with the words of office around it: a title before it ("Turkish Foreign Minister",
 * "the head of the Russian delegation"), or an apposition after it (", who heads Kyiv's team,").
 */
function withRole(s: Sentence, from: number, to: number): NameSpot {
  const t = s.tokens;
  // Before: titles, countries, offices and the words joining them.
  let start = from;
  for (let k = from - 1; k >= 0 && from - k <= 8; k--) {
    const w = t[k]!;
    const office = isTitleWord(w.lower) || roleClasses(w.lemma).length > 0 || !!countryOf(w.text) || (w.capital && w.pos === 'PROPN' && !nameToken(w, false));
    if (!office && !JOINERS.has(w.lower)) break;
    start = k;
  }
  while (start < from && JOINERS.has(t[start]!.lower)) start++;
  // An office set off by a comma before the name: "Ukraine's head negotiator and defence minister, Rustem Umerov,".
  if (start === from && t[from - 1]?.text === ',') {
    let k = from - 2;
    while (k >= 0 && from - k <= 10 && (isTitleWord(t[k]!.lower) || roleClasses(t[k]!.lemma).length > 0 || !!countryOf(t[k]!.text) || JOINERS.has(t[k]!.lower) || t[k]!.lower === 'and')) k--;
    const first = k + 1;
    // Not an office when the name opens a clause of its own ("… between the presidents, Umerov
    // said"; "after talks with the minister, Medinsky said"): a plural or a phrase after a
    // preposition ends the clause before it. A plural does name a list ("the foreign ministers,
    // Sergei Lavrov and Dmytro Kuleba, met").
    const phrase = t.slice(first, from - 1);
    const head = headOf(phrase);
    const plural = isPlural(phrase);
    const opensClause = t[to + 1]?.pos === 'VERB' && (plural || (k >= 0 && t[k]!.pos === 'ADP'));
    if (head && first < from - 1 && roleClasses(head.lemma).length > 0 && !opensClause && (k < 0 || ['PUNCT', 'ADP', 'VERB', 'SCONJ'].includes(t[k]!.pos))) {
      return { sentence: s.index, from, to, role: text(s, first, from - 2), roleFrom: first, roleTo: from - 2, extra: null };
    }
  }
  const before = start < from && t.slice(start, from).some((w) => roleClasses(w.lemma).length || isTitleWord(w.lower)) ? ([start, from - 1] as const) : null;
  // After: ", the head of …," or ", who leads …,".
  let after: readonly [number, number] | null = null;
  if (t[to + 1]?.text === ',') {
    let end = to + 2;
    while (end < t.length && end - to <= 14 && !isClauseBreak(t[end]!, t[end + 1]) && t[end]!.text !== ',') end++;
    const words = t.slice(to + 2, end);
    const opener = words[0];
    if (opener && (['DET', 'NOUN', 'ADJ', 'PROPN'].includes(opener.pos) || opener.lower === 'who') && words.some((w) => roleClasses(w.lemma).length)) after = [to + 2 + (opener.lower === 'who' ? 1 : 0), end - 1];
  }
  if (!before && !after) return { sentence: s.index, from, to, role: null, roleFrom: from, roleTo: from - 1, extra: null };
  const [roleFrom, roleTo] = before ?? after!;
  return { sentence: s.index, from, to, role: text(s, roleFrom, roleTo), roleFrom, roleTo, extra: before && after ? after : null };
}

/** The head word of an office: the last word before its first preposition ("ministers" in "the foreign ministers of Russia and Ukraine"). */
function headOf(words: Token[]): Token | undefined {
  const split = words.findIndex((w) => w.pos === 'ADP');
  return split > 0 ? words[split - 1] : words[words.length - 1];
}

/** Whether an office names several people: its head is a plural. */
function isPlural(words: Token[]): boolean {
  const head = headOf(words);
  return !!head && head.lemma !== head.lower && head.lower.endsWith('s');
}

const JOINERS = new Set(['of', 'the', 'for', "'s", '’s', '-', 'to']);

function text(s: Sentence, from: number, to: number): string {
  return s.text.slice(s.tokens[from]!.start, s.tokens[to]!.end).replace(/\s+/g, ' ').trim();
}

/**
 * The classes of an office, read from its head: "adviser to the head of the office" is an adviser,
 * "head of the Ukrainian delegation" a lead and a delegate (what a head heads counts when it is a
 * delegation, a team or a staff), "Russian presidential aide" an adviser.
 */
export function officeClasses(words: Token[]): RoleClass[] {
  const split = words.findIndex((w) => w.pos === 'ADP' || w.lower === 'who');
  const head = split < 0 ? words : words.slice(0, split);
  const complement = split < 0 ? [] : words.slice(split + 1);
  const own = head.flatMap((w) => roleClasses(w.lemma));
  const what = complement.flatMap((w) => roleClasses(w.lemma)).filter((c) => c === 'delegate' || c === 'military');
  // "who heads the delegation": the verb is the office.
  const verb = words[split]?.lower === 'who' ? complement.filter((w) => w.pos === 'VERB').flatMap((w) => roleClasses(w.lemma)) : [];
  return [...new Set([...own, ...what, ...verb])];
}

/** Nouns that name one side's team: "Ukraine's team includes …", "the Russian delegation, led by …". */
const PARTY_NOUNS = new Set(['delegation', 'team', 'side', 'negotiator', 'group', 'camp']);

/**
 * The country of the team a name is listed under, earlier in its sentence: "Ukraine's team includes
 * Rustem Umerov, …; Kyrylo Budanov, …" gives Ukraine for both.
 */
export function teamCountry(s: Sentence, from: number): string | null {
  for (let k = from - 1; k >= 0; k--) {
    const t = s.tokens[k]!;
    if (!PARTY_NOUNS.has(t.lemma)) continue;
    for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
      const c = countryOf(s.tokens[j]!.text);
      if (c) return c;
    }
    const of = s.tokens[k + 1]?.lower === 'of' ? countryOf(s.tokens[k + 2]?.text ?? '') : undefined;
    if (of) return of;
  }
  return null;
}

/** The country the person's words of office name: "Ukrainian", "Russia's", "the Kremlin". */
function roleCountry(p: Person, sentences: Sentence[]): string | null {
  for (const spot of p.spots) {
    const t = sentences[spot.sentence]!.tokens;
    const of = t[spot.to + 1]?.lower === 'of' ? countryOf(t[spot.to + 2]?.text ?? '') : undefined;
    if (of) return of;
  }
  for (const spot of p.spots) {
    for (const t of sentences[spot.sentence]!.tokens.slice(spot.roleFrom, spot.roleTo + 1)) {
      const c = countryOf(t.text);
      if (c) return c;
    }
  }
  return null;
}

/** Whether two names are one person's: the surnames agree under transliteration and the other words do not clash. */
export function sameName(a: string[], b: string[]): boolean {
  const ka = a.map(nameKey).filter(Boolean);
  const kb = b.map(nameKey).filter(Boolean);
  if (!ka.length || !kb.length || !nearKey(ka.at(-1)!, kb.at(-1)!)) return false;
  if (ka.length === 1 || kb.length === 1) return true;
  return nearKey(ka[0]!, kb[0]!) || ka[0]![0] === kb[0]![0];
}
