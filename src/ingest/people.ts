/**
 * People in the text: known participants by any spelling, and new people the
 * text introduces with an office ("Ukrainian Defense Minister Rustem Umerov",
 * "Mustafa Aydin, professor at …") or as a speaker ("said Samuel Bendett").
 * Each person comes with the role and country the text gives.
 */
import { cityNamed, countryOf } from './gazetteer.ts';
import type { Knowledge } from './knowledge.ts';
import { nameKey, nearKey, slugify, type Sentence } from './text.ts';
import { officialNamed, type Official } from './officials.ts';
import { canBeNameWord, isCountryWord, isOrgWord, ROLE_JOINERS, ROLE_WORDS } from './vocabulary.ts';

/** One place where the text names a person. */
export interface NameSpot {
  sentence: number;
  /** Start and end of the name in the sentence's text. */
  at: number;
  end: number;
}

export interface Person {
  id: string;
  name: string;
  known: boolean;
  role: string | null;
  country: string | null;
  spots: NameSpot[];
  /** The sentence that introduces the person with their role, for evidence. */
  roleSentence: number | null;
  /** The well-known official this is, when the name is one (see officials.ts). */
  official?: Official;
  /** Named so far by surname only: the id follows the first full spelling the article gives. */
  provisional?: boolean;
}

interface Token {
  text: string;
  at: number;
  end: number;
}

// Russian patronymics: Rostislavovich, Vladimirovich, Sergeyevich, Ilyich, Petrovna, Nikolaevna.
const PATRONYMIC = /^\p{Lu}\p{Ll}+(?:ovich|evich|yevich|ovna|evna|yevna|ichna)$/u;
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
const CONNECTORS = new Set(['bin', 'al', 'ibn', 'el', 'de', 'van', 'von', 'der', 'da', 'di', 'le', 'la', 'du', 'ben', 'abu']);
const SPEECH_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:,\s*who\b|said|says|told|added|noted|stressed|warned|wrote|insisted|argued|explained|acknowledged|announced|confirmed|claimed|urged|called|declared|tweeted|posted)\b/i;
const SPEECH_BEFORE = /\b(?:said|says|according to|told by|quoted|asked|interviewed|wrote|added|noted)\s*$/i;
const LEAD_BEFORE = /\b(?:led by|headed by|chaired by|hosted by|mediated by|with|and|between|met|meets|meeting|welcomed|counterpart|is|was|will be)\s*$/i;

/** Everyone the sentences name, known or new, in order of first mention. */
export function findPeople(sentences: Sentence[], knowledge: Knowledge): Person[] {
  const people = new Map<string, Person>();
  const order: string[] = [];
  for (const s of sentences) {
    const tokens = [...s.text.matchAll(TOKEN)].map((m) => ({ text: m[0], at: m.index, end: m.index + m[0].length }));
    for (const run of capitalisedRuns(s.text, tokens)) {
      const found = identify(s, run, tokens, knowledge, people);
      if (!found) continue;
      const { id, name, known, role, country, span, official, full } = found;
      let person = people.get(id);
      if (!person) {
        person = { id, name, known, role: null, country, spots: [], roleSentence: null, ...(official ? { official } : {}), ...(found.provisional ? { provisional: true } : {}) };
        people.set(id, person);
        order.push(id);
      } else if (person.provisional && full) {
        [person.id, person.name, person.provisional] = [slugify(full), full, false];
      }
      if (!person.role && role) [person.role, person.roleSentence] = [role, s.index];
      if (!person.country && country) person.country = country;
      person.spots.push({ sentence: s.index, at: span.at, end: span.end });
    }
  }
  // "envoys Steve Witkoff and Jared Kushner", "Rubio, Waltz and Witkoff": a name in a list with someone
  // already found is a person too, though nothing else introduces it.
  for (const s of sentences) {
    if (s.index === 0) continue;
    const spots = [...people.values()].flatMap((p) => p.spots.filter((o) => o.sentence === s.index));
    if (!spots.length) continue;
    const tokens = [...s.text.matchAll(TOKEN)].map((m) => ({ text: m[0], at: m.index, end: m.index + m[0].length }));
    for (const run of capitalisedRuns(s.text, tokens)) {
      if (spots.some((o) => o.at <= run[0]!.at && o.end >= run[0]!.at) || spots.some((o) => o.at >= run[0]!.at && o.at < run.at(-1)!.end)) continue;
      const linked = spots.some((o) => (o.end <= run[0]!.at && /^(?:['’]s)?\s*(?:,|and|, and)\s+(?:[\p{Ll}'’-]+\s+){0,3}$/u.test(s.text.slice(o.end, run[0]!.at))) || (o.at >= run.at(-1)!.end && /^\s*(?:,|and|, and)\s+(?:[\p{Ll}'’-]+\s+)?$/u.test(s.text.slice(run.at(-1)!.end, o.at))));
      if (!linked) continue;
      const found = identify(s, run, tokens, knowledge, people, true);
      if (!found || people.has(found.id)) continue;
      const { id, name, known, role, country, span, official } = found;
      people.set(id, { id, name, known, role, country, spots: [{ sentence: s.index, at: span.at, end: span.end }], roleSentence: role ? s.index : null, ...(official ? { official } : {}) });
      order.push(id);
    }
  }
  const list = order.map((id) => people.get(id)!);
  // "Kuleba and his Russian counterpart Sergei Lavrov": the counterpart holds the same office.
  for (const p of list) {
    if (!p.role || !/^counterparts?$/i.test(p.role)) continue;
    const other = list.find((q) => q !== p && q.role && !/counterpart/i.test(q.role) && q.spots.some((s) => s.sentence === p.roleSentence));
    p.role = other?.role ?? null;
  }
  return list;
}

/** Runs of capitalised words joined only by spaces (and name particles such as `bin`). */
function capitalisedRuns(text: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  for (const t of tokens) {
    const prev = run.at(-1);
    const joined = prev && /^\s+$/.test(text.slice(prev.end, t.at));
    const capital = /^\p{Lu}/u.test(t.text);
    if (capital && (joined || !prev)) run.push(t);
    else if (capital) {
      runs.push(run);
      run = [t];
    } else if (joined && run.length && (CONNECTORS.has(t.text.toLowerCase()) || /^(al|el|bin|ibn|abu|ad|as|ash|az)-\p{Lu}/u.test(t.text))) run.push(t);
    else {
      if (run.length) runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs.map((r) => (CONNECTORS.has(r.at(-1)!.text.toLowerCase()) ? r.slice(0, -1) : r)).filter((r) => r.length);
}

const isConnector = (word: string) => CONNECTORS.has(word.toLowerCase()) || /^(al|el|bin|ibn|abu|ad|as|ash|az)-\p{Lu}/u.test(word);

/** The title written before a name, back to the start of its phrase: `Chairman of the State Duma International Affairs Committee`. */
function titleBefore(text: string, at: number): string | null {
  const head = text.slice(0, at).split(/[,;:(]|\b(?:and|by|with|included|includes|including|comprised)\b/).at(-1)!.trim();
  const words = head.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 16 || !words.some((w) => ROLE_WORDS.has(w.toLowerCase().replace(/['’]s$/, '')))) return null;
  return words.join(' ').replace(/^(?:the|a|an)\s+/i, '');
}

function identify(s: Sentence, run: Token[], tokens: Token[], knowledge: Knowledge, people: Map<string, Person>, listed = false) {
  // "State Duma International Affairs Committee Leonid Slutsky": an organisation in the title, a name after it.
  const lastOrg = run.map((t) => isOrgWord(t.text.replace(/['’]s$/, ''))).lastIndexOf(true);
  let titled: string | null = null;
  if (lastOrg >= 0) {
    if (run.length - lastOrg - 1 < 2) return undefined;
    titled = titleBefore(s.text, run[lastOrg + 1]!.at);
    if (!titled) return undefined;
    run = run.slice(lastOrg + 1);
  }
  // Skip offices, countries and sentence openers before the name: `Turkish Foreign Minister | Mevlut Cavusoglu`.
  let start = 0;
  while (start < run.length && !canBeNameWord(run[start]!.text)) start++;
  let end = start;
  // A possessive ends a name: "Zelensky's Servant of the People party" names Zelensky, not "Zelensky Servant".
  while (end < run.length && (end === start || !/['’]s$/.test(run[end - 1]!.text)) && (canBeNameWord(run[end]!.text) || CONNECTORS.has(run[end]!.text.toLowerCase()) || /^(al|el|bin|ibn|abu|ad|as|ash|az)-\p{Lu}/u.test(run[end]!.text))) end++;
  const words = run.slice(start, end);
  if (words.length === 0 || words.filter((w) => !isConnector(w.text)).length > 4) return undefined;
  const names = words.map((w) => w.text.replace(/['’]s$/, ''));
  // "Abu Dhabi", "Sharm el-Sheikh": a place whose words could each begin a name.
  if (cityNamed(names.join(' ')) || countryOf(names.join(' '))) return undefined;
  const span = { at: words[0]!.at, end: words.at(-1)!.end - (words.at(-1)!.text.length - names.at(-1)!.length) };
  const around = roleAround(s.text, tokens, words[0]!, span.end, s.index === 0);
  const role = around.role ?? titled;
  const country = around.country ?? (titled ? countryIn(titled) : null);

  // A known person, by the whole name or by the end of it ("Bringing Lavrov").
  for (let cut = 0; cut < names.length; cut++) {
    const id = knowledge.names.match(names.slice(cut));
    if (id) {
      const entry = knowledge.participants.get(id)!;
      return { id, name: entry.data.name, known: true, role, country: country ?? entry.data.country ?? null, span };
    }
  }
  // "Vladimir Rostislavovich": a first name and patronymic, the Russian form of address, names
  // someone the article names in full; never a new person.
  if (names.length === 2 && PATRONYMIC.test(names[1]!)) {
    const first = nameKey(names[0]!);
    const addressed = [...people.values()].filter((p) => nearKey(nameKey(p.name.split(' ')[0]!), first));
    if (addressed.length !== 1) return undefined;
    const p = addressed[0]!;
    return { id: p.id, name: p.name, known: p.known, role: null, country: p.country, span, official: p.official };
  }
  // A person met earlier in this article, named again by surname.
  const last = nameKey(names.at(-1)!);
  const earlier = [...people.values()].find((p) => !p.known && nearKey(nameKey(p.name.split(' ').at(-1)!), last) && (names.length === 1 || nearKey(nameKey(p.name.split(' ')[0]!), nameKey(names[0]!))));
  if (earlier) return { id: earlier.id, name: earlier.name, known: false, role, country: earlier.official?.country ?? country, span, official: earlier.official, full: names.length > 1 ? names.join(' ') : undefined };
  // A well-known official needs no introduction: the id is the name as the article spells it, or
  // the usual full name when the article gives only the surname.
  const official = officialNamed(names);
  if (official) {
    const name = names.length > 1 ? names.join(' ') : official.name;
    return { id: slugify(name), name, known: false, role, country: official.country, span, official, provisional: names.length === 1 };
  }
  // A new person: two to four name words, introduced by an office or as a speaker (not in a headline, where every word has a capital).
  if (s.index === 0 || names.length < 2 || !names.every((n) => /^\p{Lu}[\p{Ll}'’-]/u.test(n) || CONNECTORS.has(n.toLowerCase()) || /^(al|el|bin|ibn|abu|ad|as|ash|az)-\p{Lu}/u.test(n))) return undefined;
  const before = s.text.slice(0, span.at);
  const after = s.text.slice(span.end).replace(/^['’]s\b/, '');
  // "Musaed Al-Aiban attended the opening session": someone who takes part is a person.
  const cue = role !== null || listed || SPEECH_AFTER.test(after) || SPEECH_BEFORE.test(before) || /\b(?:led by|headed by)\s*$/i.test(before) || /^\s+(?:also\s+)?(?:attended|led|headed|joined|represented|chaired|hosted|mediated)\s+(?:the|a|an|his|her|its|their|Russia|Ukraine|Moscow|Kyiv)\b/.test(after);
  if (!cue) return undefined;
  const name = names.join(' ');
  const id = slugify(name);
  if (!id) return undefined;
  return { id, name, known: false, role, country, span };
}

/**
 * The office the text gives a person: the words just before the name
 * (`Russia's chief negotiator`), or an apposition after it
 * (`, Ukraine's defence minister,`), and the country those words name.
 */
function roleAround(text: string, tokens: Token[], first: Token, nameEnd: number, headline = false): { role: string | null; country: string | null } {
  const index = tokens.indexOf(first);
  const words: Token[] = [];
  for (let i = index - 1; i >= 0; i--) {
    const t = tokens[i]!;
    const gap = text.slice(t.end, (words[0] ?? first).at);
    if (!/^[\s]+$/.test(gap)) break;
    const w = t.text.toLowerCase();
    if (ROLE_WORDS.has(w) || isCountryWord(t.text) || (ROLE_JOINERS.has(w) && words.length > 0)) words.unshift(t);
    else break;
  }
  while (words.length && ROLE_JOINERS.has(words[0]!.text.toLowerCase())) words.shift();
  let phrase = words.map((w) => w.text).join(' ');
  if (!words.some((w) => ROLE_WORDS.has(w.text.toLowerCase()) && !/^(the|of)$/i.test(w.text))) phrase = '';
  if (!phrase) {
    // "the head of the Ukrainian delegation, David Arakhamia, said"
    const before = /(?:^|[,;:]\s|\b(?:by|with|and)\s)((?:the |a |an )?[\p{L}'’ -]{3,70}?),\s*$/u.exec(text.slice(Math.max(0, first.at - 80), first.at));
    // A description, not a clause: "Ukraine will send delegation to Istanbul for Monday talks, Zelensky says" gives none.
    const described = before ? before[1]!.split(/\b(?:by|with|and|was|were|is|are)\s+/).at(-1)! : '';
    if (before && !/\b(?:will|would|has|have|had|said|says|told|did|does)\b/i.test(described) && described.split(/\s+/).some((w) => ROLE_WORDS.has(w.toLowerCase().replace(/['’]s$/, '')) && !/^(the|of|a|an)$/i.test(w))) phrase = described.trim();
  }
  // In a headline a comma joins names ("Zelenskyy, US envoys see progress"): what follows is not a description.
  if (!phrase && !headline) {
    let after = /^['’]?s?\s*,\s*((?:the |a |an )?[^,.;()]{3,90}?)(?=,|\.|;|$|\s(?:said|says|told|who|was|is)\b)/.exec(text.slice(nameEnd));
    // "Umerov, while the Russian delegation was headed by …": a clause, not a description of the name.
    if (after && /^(?:while|whereas|but|and|as|who|which|whose|after|before|when|where|although|though|if|because|since|said|says|told)\b/i.test(after[1]!)) after = null;
    // "Kyslytsia, deputy head of HUR Vadym Skibitskyi, …": a list's next member, office and name, not a description.
    if (after && endsWithNextName(after[1]!.trim())) after = null;
    if (after && after[1]!.split(/\s+/).slice(0, 5).some((w) => ROLE_WORDS.has(w.toLowerCase().replace(/['’]s$/, '')) && !/^(the|of|first)$/i.test(w))) phrase = after[1]!.trim();
  }
  if (!phrase) return { role: null, country: null };
  const country = countryIn(phrase);
  const role = phrase
    .replace(/^(?:the|a|an|his|her|their)\s+/i, '')
    .split(/\s+/)
    .filter((w, i, all) => !(isCountryWord(w) && !/^(kremlin|white)$/i.test(w) && (i === 0 || /['’]s$/.test(w)) && i < all.length - 1))
    .join(' ')
    .replace(/^(?:of|the)\s+/i, '');
  return { role: role || null, country };
}

/**
 * Whether a phrase after a name ends with another person's name that is not the object of its
 * office: `deputy head of HUR Vadym Skibitskyi` does, `chief of staff to President Volodymyr Zelensky`
 * and `secretary of the National Security and Defence Council` do not.
 */
function endsWithNextName(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  if (words.length < 3 || !words.slice(-2).every((w) => canBeNameWord(w))) return false;
  return !/\b(?:to|of|for)\s+(?:the\s+)?(?:(?:President|Prime Minister|Chancellor|King|Minister|Foreign Minister|leader)\s+)?\S+\s+\S+$/.test(phrase);
}

/** The country a role phrase names: `Ukraine's`, `Russian`, `of Turkey`. */
export function countryIn(phrase: string): string | null {
  if (/\bwhite house\b/i.test(phrase)) return 'United States';
  for (const w of phrase.split(/[\s,]+/)) {
    const c = countryOf(w.replace(/['’]s$/, ''));
    if (c && c !== 'United Nations' && c !== 'European Union') return c;
  }
  return null;
}
