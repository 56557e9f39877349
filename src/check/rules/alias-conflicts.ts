/**
 * No two participants, and no two venues, answer to the same name. The ingest
 * command recognises people and places by name and alias, ignoring case and
 * accents, so `Çavuşoğlu` on one entry and `cavusoglu` on another would make it
 * guess. A name counts as an alias of its own entry.
 */
import type { Problem } from '../../lib/problems.ts';
import type { Entry } from '../../lib/types.ts';
import { problemAt, type CheckInput } from '../context.ts';

/**
 * A name as the ingest command compares it: no case, accents, or punctuation.
 * @example foldName('Mevlüt  Çavuşoğlu') // 'mevlut cavusoglu'
 */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface Claim {
  entry: Entry<{ name: string; aliases: string[] }>;
  field: (string | number)[];
  text: string;
}

export function aliasConflicts(input: CheckInput): Problem[] {
  return [...conflictsIn(input, 'participants'), ...conflictsIn(input, 'venues')];
}

function conflictsIn(input: CheckInput, collection: 'participants' | 'venues'): Problem[] {
  const problems: Problem[] = [];
  const claims = new Map<string, Claim>();
  const what = collection === 'participants' ? 'participant' : 'venue';
  for (const entry of input.content[collection] as Claim['entry'][]) {
    const own = [{ field: ['name'], text: entry.data.name }, ...entry.data.aliases.map((text, i) => ({ field: ['aliases', i], text }))];
    for (const { field, text } of own) {
      const key = foldName(text);
      if (!key) continue;
      const earlier = claims.get(key);
      if (!earlier) {
        claims.set(key, { entry, field, text });
        continue;
      }
      if (earlier.entry === entry) continue;
      // Point at the alias, which is what the editor should move or remove.
      const [here, there] = field[0] === 'name' && earlier.field[0] !== 'name' ? [earlier, { entry, field, text }] : [{ entry, field, text }, earlier];
      const kind = (c: Claim) => (c.field[0] === 'name' ? 'name' : 'alias');
      problems.push(
        problemAt(
          input,
          collection,
          here.entry,
          here.field,
          `the ${kind(here)} \`${here.text}\` is also the ${kind(there)} \`${there.text}\` of ${what} \`${there.entry.id}\` (${there.entry.filePath}), ignoring case and accents; a name may belong to one ${what} only, so remove it from one of them`,
          'alias-conflict',
        ),
      );
    }
  }
  return problems;
}
