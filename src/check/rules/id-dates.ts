/**
 * A round's address starts with its date, and an article's with the day it
 * appeared (`/rounds/2022-03-10-antalya/`). When an edit moves the date but
 * not the file, the address tells readers the wrong day. Addresses never
 * change once published, so this is only a warning: rename the file if the
 * page is new, otherwise leave it.
 */
import type { Problem } from '../../lib/problems.ts';
import { problemAt, type CheckInput } from '../context.ts';

export function idDates(input: CheckInput): Problem[] {
  const problems: Problem[] = [];
  const prefix = (id: string) => /^(\d{4}-\d{2}-\d{2})-/.exec(id)?.[1];
  for (const round of input.content.rounds) {
    const day = prefix(round.id);
    if (day && day !== round.data.date) {
      problems.push(problemAt(input, 'rounds', round, ['date'], `the file name starts with \`${day}\` but \`date\` is \`${round.data.date}\`; rename the file if the page is not yet published, or fix the date`, 'id-date', 'warning'));
    }
  }
  for (const article of input.content.articles) {
    const day = prefix(article.id);
    if (day && day !== article.data.published) {
      problems.push(problemAt(input, 'articles', article, ['published'], `the file name starts with \`${day}\` but \`published\` is \`${article.data.published}\`; rename the file if the page is not yet published, or fix the date`, 'id-date', 'warning'));
    }
  }
  return problems;
}
