/**
 * Building blocks shared by every collection schema.
 *
 * The schemas are written once and used twice: by Astro's content collections
 * (with Astro's `reference()`) and by `npm run check` and the ingest command,
 * which run outside Astro and pass a plain reference instead. Both produce the
 * same `{ id, collection }` shape, so the timeline model reads either.
 */
import { z } from 'astro/zod';

export type CollectionName = 'articles' | 'rounds' | 'participants' | 'venues' | 'outcomes';

/** A resolved reference to another entry, as Astro's `reference()` returns it. */
export interface Ref<C extends CollectionName = CollectionName> {
  id: string;
  collection: C;
}

/** Makes the schema for a reference to an entry of collection `c`. */
export type RefFactory = <C extends CollectionName>(c: C) => z.ZodType<Ref<C>, unknown>;

/** The reference used outside Astro: any id-shaped string; existence is checked by the model. */
export const plainReference: RefFactory = <C extends CollectionName>(collection: C) =>
  idString(`an id from content/${collection}/`).transform((id) => ({ id, collection }));

/** An entry id: lower-case words joined by hyphens, as in file names. */
export function idString(what = 'an id') {
  return z
    .string({ error: `expected ${what}, the name of its file without \`.md\`` })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: `expected ${what}: lower-case letters, digits and hyphens, e.g. \`dmytro-kuleba\``,
    });
}

/** A calendar day written as YYYY-MM-DD. YAML may already have turned it into a Date. */
export const calendarDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'expected a date written as YYYY-MM-DD, e.g. `2022-03-10`' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date written as YYYY-MM-DD, e.g. `2022-03-10`' })
    .refine((day) => isRealDay(day), { error: 'this day does not exist in the calendar; check the month and day' }),
);

function isRealDay(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
}

/** Whether an entry's facts were read by an editor or only derived by the ingest command. */
export const review = z
  .enum(['reviewed', 'derived'], {
    error: 'expected `reviewed` (an editor checked it) or `derived` (written by the ingest command)',
  })
  .default('derived');

/** Counts words as a reader would: runs of letters, digits and apostrophes. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}’']+/gu)?.length ?? 0;
}

/** Longest quote the site cites from an article: a short attributed quote, never a copy. */
export const MAX_QUOTE_WORDS = 25;

/** A short verbatim quote from a source article. */
export const quote = z
  .string()
  .trim()
  .min(1, { error: 'the quote is empty; quote the sentence that supports the fact, or remove `evidence`' })
  .refine((text) => countWords(text) <= MAX_QUOTE_WORDS, {
    error: `a quote may have at most ${MAX_QUOTE_WORDS} words; shorten it to the words that carry the fact`,
  });

/** Only web addresses a reader can safely follow: http or https. */
export const webUrl = z
  .string()
  .trim()
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return url.protocol === 'https:' || url.protocol === 'http:';
      } catch {
        return false;
      }
    },
    { error: 'expected a full http:// or https:// address' },
  );

/**
 * A plain line of text: no line breaks, not empty. A bare number or day that YAML
 * read as a number or date is taken as the text it was written as, so `value: 3`
 * and `value: 2022-03-10` mean the same to Astro's YAML reader and to ours.
 */
export function line(what: string) {
  return z.preprocess(
    (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value),
    z
      .string({ error: `expected ${what}` })
      .trim()
      .min(1, { error: `${what} is empty` })
      .refine((text) => !/[\r\n]/.test(text), { error: `${what} must fit on one line` }),
  );
}

/**
 * Aliases that are a source's error. They stay in `aliases`, which every tool that
 * recognises names reads, and are only kept from readers: an optional field, so
 * files written before it existed are unchanged.
 */
export const misspellings = z.array(line('a misspelling')).default([]);

/** Each misspelling must be one of the entry's aliases, so recognising names never depends on it. */
export function misspellingsAreAliases(entry: { aliases: string[]; misspellings: string[] }, ctx: z.RefinementCtx): void {
  entry.misspellings.forEach((m, i) => {
    if (!entry.aliases.includes(m)) {
      ctx.addIssue({ code: 'custom', path: ['misspellings', i], message: `\`${m}\` is not in \`aliases\`; add it there too, so new articles that spell the name this way are still recognised` });
    }
  });
}
