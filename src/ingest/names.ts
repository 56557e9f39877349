/**
 * Recognises known people across spellings. Every name and alias is reduced
 * to keys that ignore case, diacritics and the usual transliteration variants
 * (see `nameKey`), and keys one typing slip apart still meet. A surname alone
 * names a person when only one known person has it.
 */
import type { Entry, ParticipantData } from '../lib/types.ts';
import { nameKey, nearKey } from './text.ts';

interface Known {
  id: string;
  /** Each name or alias as a list of word keys. */
  spellings: string[][];
  surnames: Set<string>;
  firstNames: Set<string>;
}

export class NameMatcher {
  private readonly people: Known[];

  constructor(participants: Entry<ParticipantData>[]) {
    this.people = participants
      .filter((p) => p.data.kind === 'person')
      .map((p) => {
        const spellings = [p.data.name, ...p.data.aliases].map(splitName).filter((s) => s.length > 0);
        const full = spellings.filter((s) => s.length > 1);
        return {
          id: p.id,
          spellings,
          surnames: new Set([...full.map((s) => s.at(-1)!), ...spellings.filter((s) => s.length === 1).map((s) => s[0]!)]),
          firstNames: new Set(full.map((s) => s[0]!)),
        };
      });
  }

  /**
   * The id of the known person `words` names, or undefined.
   * @example matcher.match(['Dmtryo', 'Kouleba']) // 'dmytro-kuleba'
   */
  match(words: string[]): string | undefined {
    const keys = words.map(nameKey).filter(Boolean);
    if (keys.length === 0) return undefined;
    const exact = this.people.filter((p) => p.spellings.some((s) => s.length === keys.length && s.every((k, i) => nearKey(k, keys[i]!))));
    if (exact.length === 1) return exact[0]!.id;
    if (exact.length > 1) return undefined;
    const last = keys.at(-1)!;
    const bySurname = this.people.filter((p) => [...p.surnames].some((s) => nearKey(s, last)));
    if (keys.length === 1) return bySurname.length === 1 ? bySurname[0]!.id : undefined;
    // "Sergei Lavrov", "Tayyip Erdogan": the surname and one of the other words agree.
    const agreeing = bySurname.filter((p) => keys.slice(0, -1).some((k) => [...p.firstNames].some((f) => nearKey(f, k)) || p.spellings.some((s) => s.some((t) => nearKey(t, k)))));
    return agreeing.length === 1 ? agreeing[0]!.id : undefined;
  }

  /** Whether a single word is the surname of someone known (so it is a name, not a common word). */
  isKnownSurname(word: string): boolean {
    const key = nameKey(word);
    return this.people.some((p) => [...p.surnames].some((s) => nearKey(s, key)));
  }
}

function splitName(name: string): string[] {
  return name.split(/[\s]+/).map(nameKey).filter(Boolean);
}
