/**
 * Every reference points to an entry that exists. References are found by
 * shape (`{ id, collection }`, as the schemas' reference factory makes them),
 * so a field added to a schema later is checked without changing this rule.
 * A reference to a file that exists but has errors of its own is not reported
 * again: fixing that file fixes the reference.
 */
import type { Problem } from '../../lib/problems.ts';
import type { CollectionName, Ref } from '../../schemas/common.ts';
import { COLLECTIONS } from '../../schemas/index.ts';
import type { Entry } from '../../lib/types.ts';
import { problemAt, type CheckInput } from '../context.ts';

export function missingReferences(input: CheckInput): Problem[] {
  const problems: Problem[] = [];
  const ids = idsByCollection(input);
  for (const collection of COLLECTIONS) {
    for (const entry of input.content[collection] as Entry<unknown>[]) {
      for (const { ref, path } of referencesIn(entry.data)) {
        if (ids.get(ref.collection)?.has(ref.id)) continue;
        const guess = closest(ref.id, ids.get(ref.collection) ?? new Set());
        const hint = guess ? `did you mean \`${guess}\`?` : `check the spelling, or add content/${ref.collection}/${ref.id}.md`;
        problems.push(problemAt(input, collection, entry, path, `no entry \`${ref.id}\` in content/${ref.collection}/; ${hint}`, 'missing-reference'));
      }
    }
  }
  return problems;
}

function idsByCollection(input: CheckInput): Map<CollectionName, Set<string>> {
  const ids = new Map<CollectionName, Set<string>>(COLLECTIONS.map((c) => [c, new Set<string>()]));
  for (const key of input.files.keys()) {
    const [collection, id] = key.split('/') as [CollectionName, string];
    ids.get(collection)?.add(id);
  }
  return ids;
}

function isRef(value: unknown): value is Ref {
  if (typeof value !== 'object' || value === null) return false;
  const keys = Object.keys(value);
  return keys.length === 2 && typeof (value as Ref).id === 'string' && COLLECTIONS.includes((value as Ref).collection);
}

/** Every reference in an entry's data, with the path of the field that holds it. */
export function* referencesIn(value: unknown, path: (string | number)[] = []): Generator<{ ref: Ref; path: (string | number)[] }> {
  if (isRef(value)) yield { ref: value, path };
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* referencesIn(item, [...path, i]);
  else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) yield* referencesIn(item, [...path, key]);
}

/** The existing id nearest to a mistyped one (at most two edits away), if any. */
function closest(id: string, ids: Set<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of ids) {
    if (Math.abs(candidate.length - id.length) >= bestDistance) continue;
    const d = distance(id, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/** Levenshtein distance. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length]!;
}
