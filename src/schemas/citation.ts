/**
 * How a fact names its proof. Every fact on the site (a date, a venue, a
 * participant's side and role, an outcome's status, a follow-up) carries
 * `cite`: one or more source articles, each with an optional short quote.
 */
import { z } from 'astro/zod';
import { calendarDate, line, quote, type RefFactory } from './common.ts';

export function citationSchema(ref: RefFactory) {
  return z.object({
    /** The article that states the fact: an id from `content/articles/`. */
    source: ref('articles'),
    /** The article's own words that carry the fact, at most 25 of them. */
    evidence: quote.optional(),
  });
}

/** One or more citations. A bare article id is accepted as shorthand for `{ source: id }`. */
export function citationsSchema(ref: RefFactory) {
  return z
    .preprocess(
      // A missing `cite` stays missing (not `[undefined]`), so the message names the field, not `cite[0]`.
      (value) => (value == null ? value : (Array.isArray(value) ? value : [value]).map((item) => (typeof item === 'string' ? { source: item } : item))),
      z
        .array(citationSchema(ref), { error: 'expected the source articles that state this fact, e.g. `cite: 2022-03-10-reuters-ministers-meet`' })
        .min(1, { error: 'cite at least one source article' }),
    );
}

/** One reported value in a disagreement, with who reported it. */
function reportedValueSchema(ref: RefFactory) {
  return z.object({
    /** The value as this source gives it, e.g. `Istanbul` or `2022-03-11`. */
    value: line('the reported value'),
    /** The sources that report this value. */
    cite: citationsSchema(ref).optional(),
    /** Where the value comes from when it is not a source article, e.g. "the public record". */
    note: line('the note').optional(),
  }).refine((v) => v.cite !== undefined || v.note !== undefined, {
    error: 'say who reports this value: add `cite` with a source article, or a `note`',
  });
}

/**
 * Two or more sources giving different values for the same fact. The page shows
 * every value with its source; the editor's choice, if made, is marked with the reason.
 */
export function disagreementSchema(ref: RefFactory) {
  return z
    .object({
      /** Which fact: `date`, `venue`, `format`, `level`, `name`, `lead:russia`, `role:<participant>`, `earlier-rounds`, or a short label. */
      fact: line('the fact in question'),
      /** A one-line question a reader understands, e.g. "Where did the ministers meet?" */
      about: line('what the sources disagree about'),
      /** Each value reported, with its sources. At least two. */
      values: z.array(reportedValueSchema(ref)).min(2, { error: 'a disagreement needs at least two reported values' }),
      /** The value the site uses; leave out while the question is open. Must be one of `values`. */
      chosen: line('the chosen value').optional(),
      /** Why the editor chose that value; required with `chosen`. */
      reason: line('the reason').optional(),
    })
    .superRefine((d, ctx) => {
      if (d.chosen !== undefined && !d.values.some((v) => v.value === d.chosen)) {
        ctx.addIssue({
          code: 'custom',
          path: ['chosen'],
          message: `\`${d.chosen}\` is not one of the reported values (${d.values.map((v) => `\`${v.value}\``).join(', ')}); copy one of them exactly`,
        });
      }
      if (d.chosen !== undefined && d.reason === undefined) {
        ctx.addIssue({ code: 'custom', path: ['reason'], message: 'say why the editor chose this value: add `reason`' });
      }
    });
}

/** What later sources report about carrying out an agreed outcome. */
export function followUpSchema(ref: RefFactory) {
  return z.object({
    /** Whether it was carried out. */
    status: z.enum(['done', 'partly-done', 'not-done', 'unknown'], {
      error: 'expected one of `done`, `partly-done`, `not-done`, `unknown`',
    }),
    /** When it was carried out or found not to be, if known. */
    date: calendarDate.optional(),
    /** One line in the editors' words, e.g. "Both sides released 390 prisoners." */
    summary: line('the follow-up summary'),
    cite: citationsSchema(ref),
  });
}
