/**
 * Fields the schema does not know. The schemas drop unknown keys without a
 * word, so a misspelt optional field (`datenote:`, `venue_note:`, `evidense:`)
 * would silently lose a fact. Read from the YAML beside the schema's shape, so
 * a file that fails its schema has its misspelt fields reported in the same run.
 */
import { formatPath } from '../../lib/content-files.ts';
import type { Problem } from '../../lib/problems.ts';
import { readableFiles, type CheckInput } from '../context.ts';
import { rawFindings } from '../raw-data.ts';

export function unknownFields(input: CheckInput): Problem[] {
  const problems: Problem[] = [];
  for (const { collection, parsed, data, file } of readableFiles(input)) {
    for (const finding of rawFindings(collection, data)) {
      if (finding.kind !== 'unknown-field') continue;
      const name = String(finding.path.at(-1));
      const guess = finding.known.find((k) => k.toLowerCase().replace(/[-_]/g, '') === name.toLowerCase().replace(/[-_]/g, '')) ?? finding.known.find((k) => near(k, name));
      problems.push({
        file,
        ...parsed.position(finding.path),
        field: formatPath(finding.path),
        message: `\`${name}\` is not a field ${finding.path.length > 1 ? 'here' : `of ${collection.replace(/s$/, '')} files`}, so its value is ignored; ${guess ? `did you mean \`${guess}\`?` : 'check the spelling against src/schemas/, or remove it'}`,
        rule: 'unknown-field',
      });
    }
  }
  return problems;
}

/** One letter added, dropped, changed or swapped with the next; or one name the start of the other (`alias`, `aliases`). */
function near(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) <= 3 && Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a))) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const swapped = a.length === b.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  return swapped || a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}
