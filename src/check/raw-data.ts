/**
 * What a file's YAML says, read beside its schema's shape without the schema's
 * approval: the fields the schema does not know, and the references it makes.
 * The check reports these for a file that fails its schema too, so an editor
 * sees every problem of a file at once instead of one layer per run.
 */
import type { z } from 'astro/zod';
import { plainReference, type CollectionName } from '../schemas/common.ts';
import { schemas } from '../schemas/index.ts';

export type Finding =
  | { kind: 'unknown-field'; path: (string | number)[]; known: string[] }
  | { kind: 'reference'; path: (string | number)[]; collection: CollectionName; id: string };

/** The schemas, built with a reference factory that remembers which schemas are references. */
const references = new WeakMap<object, CollectionName>();
const shapes = schemas(<C extends CollectionName>(collection: C) => {
  const schema = plainReference(collection);
  references.set(schema, collection);
  return schema;
});

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const WRAPPERS = new Set(['optional', 'default', 'nullable', 'readonly', 'catch', 'prefault', 'nonoptional']);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** Every unknown field and every reference in `data` (a file's frontmatter as YAML reads it). */
export function rawFindings(collection: CollectionName, data: unknown): Finding[] {
  return [...walk(shapes[collection] as unknown as z.ZodType, data, [])];
}

/** The top-level fields of a collection. */
export function fieldsOf(collection: CollectionName): string[] {
  const def = (shapes[collection] as unknown as { _zod: { def: { shape?: Record<string, unknown> } } })._zod.def;
  return Object.keys(def.shape ?? {});
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
}

function* walk(schema: z.ZodType, value: unknown, path: (string | number)[]): Generator<Finding> {
  if (value === undefined || value === null) return;
  const collection = references.get(schema);
  if (collection) {
    if (typeof value === 'string' && ID.test(value)) yield { kind: 'reference', path, collection, id: value };
    return;
  }
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  if (WRAPPERS.has(def.type)) {
    yield* walk(def.innerType!, value, path);
  } else if (def.type === 'pipe') {
    // A preprocessing step (a bare id for `cite`, a day YAML read as a date) shapes the value first.
    const first = (def.in as unknown as { _zod: { def: Def } })._zod.def;
    if (first.type !== 'transform') return yield* walk(def.in!, value, path);
    const shaped = def.in!.safeParse(value);
    if (shaped.success) yield* walk(def.out!, shaped.data, path);
  } else if (def.type === 'object' && isObject(value)) {
    const known = Object.keys(def.shape!);
    for (const [key, item] of Object.entries(value)) {
      if (key in def.shape!) yield* walk(def.shape![key]!, item, [...path, key]);
      else yield { kind: 'unknown-field', path: [...path, key], known };
    }
  } else if (def.type === 'array' && Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* walk(def.element!, item, [...path, i]);
  }
}
