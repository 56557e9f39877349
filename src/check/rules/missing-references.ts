/**
 * Every reference points to an entry that exists. References are found where
 * the schemas make them (raw-data.ts), so a field added to a schema later is
 * checked without changing this rule.
 * A reference to a file that exists but has errors of its own is not reported
 * again: fixing that file fixes the reference.
 */
import { formatPath } from '../../lib/content-files.ts';
import type { Problem } from '../../lib/problems.ts';
import type { CollectionName } from '../../schemas/common.ts';
import { COLLECTIONS } from '../../schemas/index.ts';
import { readableFiles, type CheckInput } from '../context.ts';
import { rawFindings } from '../raw-data.ts';

export function missingReferences(input: CheckInput): Problem[] {
  const problems: Problem[] = [];
  const ids = idsByCollection(input);
  // Read from the YAML beside the schema's shape: a file that fails its schema has its references checked too.
  for (const { collection, parsed, data, file } of readableFiles(input)) {
    for (const finding of rawFindings(collection, data)) {
      if (finding.kind !== 'reference' || ids.get(finding.collection)?.has(finding.id)) continue;
      const guess = closest(finding.id, ids.get(finding.collection) ?? new Set());
      const hint = guess ? `did you mean \`${guess}\`?` : `check the spelling, or add content/${finding.collection}/${finding.id}.md`;
      problems.push({ file, ...parsed.position(finding.path), field: formatPath(finding.path), message: `no entry \`${finding.id}\` in content/${finding.collection}/; ${hint}`, rule: 'missing-reference' });
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
