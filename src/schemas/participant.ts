/** A person at or around the table, or a delegation whose members are not named. File: `content/participants/<id>.md`. */
import { z } from 'astro/zod';
import { calendarDate, line, misspellings, misspellingsAreAliases, review, type RefFactory } from './common.ts';
import { citationsSchema, disagreementSchema } from './citation.ts';

function roleSchema(ref: RefFactory) {
  return z.object({
    /** The office or part played, e.g. `Foreign Minister of Ukraine`. */
    title: line('the role title'),
    /** First day in the role, if known. */
    from: calendarDate.optional(),
    /** Last day in the role, if known; leave out while it lasts. */
    to: calendarDate.optional(),
    /** Sources that give the role. */
    cite: citationsSchema(ref).optional(),
    /** Where a fact of the role comes from when no cited article states it, e.g. "Dates from the public record". */
    note: line('the note').optional(),
  });
}

export function participantSchema(ref: RefFactory) {
  return z
    .object({
      /** The name the site shows, in its most common English spelling. */
      name: line('the name'),
      /** Every other spelling seen in sources, native script too: used to recognise the person in new articles. */
      aliases: z.array(line('an alias')).default([]),
      /**
       * Those of `aliases` that are a source's error, e.g. `Dmtryo Kuleba`: still used to recognise
       * the person in new articles, never shown to readers as a spelling of the name. Optional;
       * each must also be in `aliases`.
       */
      misspellings,
      /** `person`, or `delegation` for a team whose members are not named. */
      kind: z.enum(['person', 'delegation'], { error: 'expected `person` or `delegation`' }).default('person'),
      /** The country the participant belongs to or represents, e.g. `Ukraine`. */
      country: line('the country').optional(),
      /** Offices and parts played, with dates where known. */
      roles: z.array(roleSchema(ref)).default([]),
      /** Sources that disagree about this participant, e.g. on a spelling of the name. */
      disagreements: z.array(disagreementSchema(ref)).default([]),
      review,
    })
    .superRefine(misspellingsAreAliases);
}
