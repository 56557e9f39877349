/** One negotiation round: a meeting, or a video call. File: `content/rounds/<date>-<place>.md`. */
import { z } from 'astro/zod';
import { calendarDate, line, review, type RefFactory } from './common.ts';
import { citationsSchema, disagreementSchema, followUpSchema } from './citation.ts';

export const ROUND_STATUSES = ['held', 'planned', 'mentioned'] as const;
export const FORMATS = ['in-person', 'video'] as const;
export const LEVELS = ['leaders', 'ministers', 'delegations'] as const;
export const SIDES = ['russia', 'ukraine', 'mediator', 'host', 'observer'] as const;
export const OUTCOME_STATUSES = ['agreed', 'not-agreed', 'proposed', 'discussed'] as const;

const oneOf = (values: readonly string[]) => `expected one of ${values.map((v) => `\`${v}\``).join(', ')}`;

function partySchema(ref: RefFactory) {
  return z.object({
    /** Who: an id from `content/participants/`. */
    participant: ref('participants'),
    /** Whose side they sat on. */
    side: z.enum(SIDES, { error: oneOf(SIDES) }),
    /** Their role at the time, e.g. `Head of the Russian delegation`. */
    role: line('the role').optional(),
    /** `true` for whoever led their side at this round. */
    lead: z.boolean({ error: 'expected `true` or `false`' }).default(false),
    cite: citationsSchema(ref),
  });
}

function roundOutcomeSchema(ref: RefFactory) {
  return z.object({
    /** The topic: an id from `content/outcomes/`. */
    topic: ref('outcomes'),
    /** What the round did about it. */
    status: z.enum(OUTCOME_STATUSES, { error: oneOf(OUTCOME_STATUSES) }),
    /** One line in the editors' words. */
    summary: line('the outcome summary'),
    cite: citationsSchema(ref),
    /** What later sources report about carrying it out, oldest first. */
    followUp: z.array(followUpSchema(ref)).default([]),
  });
}

function mentionSchema(ref: RefFactory) {
  return z.object({
    /** Someone the coverage names who was not at the table. */
    participant: ref('participants'),
    /** How they figure in the coverage, e.g. `Called for a ceasefire beforehand`. */
    note: line('the note').optional(),
    cite: citationsSchema(ref),
  });
}

export function roundSchema(ref: RefFactory) {
  return z
    .object({
      /** A short title, e.g. `Foreign ministers meet in Antalya`. */
      title: line('the title'),
      /** The first day of the round, YYYY-MM-DD. */
      date: calendarDate,
      /** The last day, for rounds over several days. */
      endDate: calendarDate.optional(),
      /** Where the date comes from when no source article gives it (the public record, say). */
      dateNote: line('the date note').optional(),
      /** `held`; `planned` (announced, not yet reported as held); `mentioned` (known only from a passing reference). */
      status: z.enum(ROUND_STATUSES, { error: oneOf(ROUND_STATUSES) }),
      /** `in-person` or `video`. */
      format: z.enum(FORMATS, { error: oneOf(FORMATS) }),
      /** Who met: heads of state, ministers, or delegations. */
      level: z.enum(LEVELS, { error: oneOf(LEVELS) }),
      /** Where: an id from `content/venues/`. None for a video call. */
      venue: ref('venues').optional(),
      /** Where the venue comes from when no source article gives it. */
      venueNote: line('the venue note').optional(),
      /** Who sat at the table, on which side, in what role. */
      parties: z.array(partySchema(ref)).default([]),
      /** People the coverage names who were not at the table. */
      mentions: z.array(mentionSchema(ref)).default([]),
      /** Topics the round decided on, with their status. */
      outcomes: z.array(roundOutcomeSchema(ref)).default([]),
      /** Every article that reports the round. */
      sources: z.array(ref('articles')).default([]),
      /** Sources for the round's own facts: `date`, `venue`, `format`, `level`. */
      cite: z
        .object({
          date: citationsSchema(ref).optional(),
          venue: citationsSchema(ref).optional(),
          format: citationsSchema(ref).optional(),
          level: citationsSchema(ref).optional(),
        })
        .default({}),
      /** Facts the sources report differently. */
      disagreements: z.array(disagreementSchema(ref)).default([]),
      review,
    })
    .superRefine((round, ctx) => {
      if (round.format === 'video' && round.venue) {
        ctx.addIssue({
          code: 'custom',
          path: ['venue'],
          message: `a video call has no venue, but \`venue: ${round.venue.id}\` is set; remove \`venue\`, or set \`format: in-person\``,
        });
      }
      if (round.endDate && round.endDate < round.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['endDate'],
          message: `\`endDate: ${round.endDate}\` is before \`date: ${round.date}\`; swap them or fix the day`,
        });
      }
    });
}
