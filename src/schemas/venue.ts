/** A place where rounds are held. File: `content/venues/<id>.md`. */
import { z } from 'astro/zod';
import { line, misspellings, misspellingsAreAliases, review } from './common.ts';

export function venueSchema() {
  return z
    .object({
      /** The name the site shows, e.g. `Dolmabahçe Palace`. */
      name: line('the name'),
      /** Other spellings, with and without diacritics, used to recognise the place in new articles. */
      aliases: z.array(line('an alias')).default([]),
      /**
       * Those of `aliases` that are a source's error: still used to recognise the place in new
       * articles, never shown to readers as a spelling of the name. Optional; each must also be in `aliases`.
       */
      misspellings,
      /** The city, or the region for a place outside any city. */
      city: line('the city'),
      /** The country, e.g. `Turkey`. */
      country: line('the country'),
      /** Where it is on the map, in decimal degrees. */
      coordinates: z
        .object({
          lat: z.number({ error: 'expected latitude in decimal degrees' }).min(-90).max(90),
          lon: z.number({ error: 'expected longitude in decimal degrees' }).min(-180).max(180),
        })
        .optional(),
      /** Where the facts about the place come from, when not from a source article. */
      note: line('the note').optional(),
      review,
    })
    .superRefine(misspellingsAreAliases);
}
