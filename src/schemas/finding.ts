/**
 * What a new article says about a round that already has a file. The ingest
 * command never rewrites an existing round; it records the article's findings
 * in the article's own file, and the timeline model merges them into the round:
 * new people and outcomes appear (marked derived), matching facts gain the
 * article as a further source, and different values become open disagreements.
 */
import { z } from 'astro/zod';
import { calendarDate, line, quote, type RefFactory } from './common.ts';
import { FORMATS, LEVELS, OUTCOME_STATUSES, SIDES } from './round.ts';

const oneOf = (values: readonly string[]) => `expected one of ${values.map((v) => `\`${v}\``).join(', ')}`;

export function findingSchema(ref: RefFactory) {
  return z.object({
    /** The round the article reports: an id from `content/rounds/`. */
    round: ref('rounds'),
    /** The round's first day as this article gives it. */
    date: calendarDate.optional(),
    /** The venue as this article gives it. */
    venue: ref('venues').optional(),
    /** The format as this article gives it. */
    format: z.enum(FORMATS, { error: oneOf(FORMATS) }).optional(),
    /** Who met, as this article gives it: leaders, ministers or delegations. */
    level: z.enum(LEVELS, { error: oneOf(LEVELS) }).optional(),
    /** The article's words for the date, venue, format and level. */
    evidence: z
      .object({ date: quote.optional(), venue: quote.optional(), format: quote.optional(), level: quote.optional() })
      .default({}),
    /** People the article puts at the table. */
    parties: z
      .array(
        z.object({
          participant: ref('participants'),
          side: z.enum(SIDES, { error: oneOf(SIDES) }),
          role: line('the role').optional(),
          lead: z.boolean().default(false),
          evidence: quote.optional(),
        }),
      )
      .default([]),
    /** People the article names about the round who were not at the table. */
    mentions: z
      .array(
        z.object({
          participant: ref('participants'),
          note: line('the note').optional(),
          evidence: quote.optional(),
        }),
      )
      .default([]),
    /** Outcomes the article reports, with their status. */
    outcomes: z
      .array(
        z.object({
          topic: ref('outcomes'),
          status: z.enum(OUTCOME_STATUSES, { error: oneOf(OUTCOME_STATUSES) }),
          summary: line('the outcome summary'),
          evidence: quote.optional(),
        }),
      )
      .default([]),
  });
}
