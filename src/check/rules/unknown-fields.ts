/**
 * Fields the schema does not know. The schemas drop unknown keys without a
 * word, so a misspelt optional field (`datenote:`, `venue_note:`, `evidense:`)
 * would silently lose a fact. A key is unknown when it is in the file but not
 * in the validated entry, at any depth.
 */
import type { Problem } from '../../lib/problems.ts';
import type { CollectionName } from '../../schemas/common.ts';
import type { CheckInput } from '../context.ts';
import { formatPath } from '../../lib/content-files.ts';
import { plainReference } from '../../schemas/common.ts';
import { schemas } from '../../schemas/index.ts';

const schemaFor = schemas(plainReference);

/** The top-level fields of a collection's schema, for "did you mean" hints. */
function fieldsOf(collection: CollectionName): string[] {
  const shape = (schemaFor[collection] as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

export function unknownFields(input: CheckInput): Problem[] {
  const problems: Problem[] = [];
  for (const [key, parsed] of input.files) {
    if (!parsed.entry || !parsed.doc) continue;
    const collection = key.split('/')[0] as CollectionName;
    for (const { path, known: present } of unknownIn(parsed.doc.toJS(), parsed.entry.data)) {
      const known = path.length === 1 ? fieldsOf(collection) : present;
      const name = String(path.at(-1));
      const guess = known.find((k) => k.toLowerCase().replace(/[-_]/g, '') === name.toLowerCase().replace(/[-_]/g, '')) ?? known.find((k) => near(k, name));
      problems.push({
        file: parsed.entry.filePath ?? `content/${key}.md`,
        ...parsed.position(path),
        field: formatPath(path),
        message: `\`${name}\` is not a field ${path.length > 1 ? 'here' : `of ${collection.replace(/s$/, '')} files`}, so its value is ignored; ${guess ? `did you mean \`${guess}\`?` : 'check the spelling against src/schemas/, or remove it'}`,
        rule: 'unknown-field',
      });
    }
  }
  return problems;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** Keys in `raw` (the YAML as written) that did not survive into `parsed` (the schema's output). */
function* unknownIn(raw: unknown, parsed: unknown, path: (string | number)[] = []): Generator<{ path: (string | number)[]; known: string[] }> {
  if (isObject(raw) && isObject(parsed)) {
    for (const key of Object.keys(raw)) {
      if (!(key in parsed)) yield { path: [...path, key], known: Object.keys(parsed) };
      else yield* unknownIn(raw[key], parsed[key], [...path, key]);
    }
  } else if (Array.isArray(raw) && Array.isArray(parsed) && raw.length === parsed.length) {
    for (const [i, item] of raw.entries()) yield* unknownIn(item, parsed[i], [...path, i]);
  }
}

/** One letter added, dropped or changed. */
function near(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}
