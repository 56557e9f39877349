/**
 * The content checks, as a recipe: read and validate every file once, then run
 * one rule per kind of mistake (each in src/check/rules/). No rule stops the
 * others, so an editor sees every problem at once, in file order.
 */
import type { Problem } from '../lib/problems.ts';
import { byPosition, readForCheck, type CheckInput, type CheckOptions } from './context.ts';
import { aliasConflicts } from './rules/alias-conflicts.ts';
import { contentFolder } from './rules/content-folder.ts';
import { controlCharacters } from './rules/control-characters.ts';
import { duplicateIds } from './rules/duplicate-ids.ts';
import { earlyDates } from './rules/early-dates.ts';
import { futureDates } from './rules/future-dates.ts';
import { idDates } from './rules/id-dates.ts';
import { inPersonWithoutVenue } from './rules/in-person-without-venue.ts';
import { missingReferences } from './rules/missing-references.ts';
import { modelErrors } from './rules/model.ts';
import { previewsMarkedHeld } from './rules/previews-marked-held.ts';
import { sourceLists } from './rules/source-lists.ts';
import { strayFiles } from './rules/stray-files.ts';
import { unknownFields } from './rules/unknown-fields.ts';
import { unsourcedFacts } from './rules/unsourced-facts.ts';

export { parseFieldPath } from './context.ts';

/** Every problem in the content folder `dir`; an empty list when it is fine. */
export function checkContent(dir: string, cwd: string = process.cwd(), options: Omit<CheckOptions, 'cwd'> = {}): Problem[] {
  return run(readForCheck(dir, { ...options, cwd }));
}

export function run(input: CheckInput): Problem[] {
  const problems = [
    ...contentFolder(input), //        the folder exists and holds collections
    ...strayFiles(input), //           files the site would silently skip
    ...onePerField(input.problems), // YAML, schema and file-name errors, found while reading
    ...controlCharacters(input), //    invisible characters that break feeds or hide text
    ...unknownFields(input), //        misspelt fields the schema would drop
    ...duplicateIds(input), //         one id in two spellings; one article taken in twice
    ...missingReferences(input), //    references that point nowhere
    ...aliasConflicts(input), //       two people or two places answering to one name
    ...unsourcedFacts(input), //       a date or a round that no article backs
    ...previewsMarkedHeld(input), //   "held" on the word of previews only
    ...futureDates(input), //          reported events after today
    ...earlyDates(input), //           days before 2000: typing mistakes
    ...sourceLists(input), //          a round's sources and the articles' rounds disagree (warning)
    ...inPersonWithoutVenue(input), // an in-person round with no place (warning)
    ...idDates(input), //              a file name whose date is not the entry's (warning)
  ];
  // Only content that passed every rule is built, so the model's complaints are never duplicates.
  if (!problems.some((p) => p.severity !== 'warning')) problems.push(...modelErrors(input));
  return problems.sort(byPosition);
}

/**
 * One message per field: a value can break two checks of one schema field (`published:
 * 10/03/2022` is not written YYYY-MM-DD, so it is not a real day either); the first says it.
 */
function onePerField(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    if (p.rule !== 'schema' || !p.field) return true;
    const key = `${p.file}\0${p.field}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
