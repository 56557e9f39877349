/**
 * Nothing reported has happened after today: a `held` round's date and an
 * article's `published` day cannot be in the future. (A `planned` round may be.)
 * Usually a typo in the year, or a month and day swapped.
 */
import type { Problem } from '../../lib/problems.ts';
import { problemAt, type CheckInput } from '../context.ts';

export function futureDates(input: CheckInput): Problem[] {
  const problems: Problem[] = [];
  const { today } = input;
  for (const round of input.content.rounds) {
    const { date, endDate, status } = round.data;
    if (status === 'held' && date > today) {
      problems.push(
        problemAt(input, 'rounds', round, ['date'], `\`date: ${date}\` is in the future (today is ${today}), but \`status: held\`; fix the day, or set \`status: planned\``, 'future-date'),
      );
    } else if (status === 'held' && endDate && endDate > today) {
      problems.push(
        problemAt(input, 'rounds', round, ['endDate'], `\`endDate: ${endDate}\` is in the future (today is ${today}); leave \`endDate\` out until the round has ended`, 'future-date', 'warning'),
      );
    }
  }
  for (const article of input.content.articles) {
    const { published } = article.data;
    if (published > today) {
      problems.push(
        problemAt(input, 'articles', article, ['published'], `\`published: ${published}\` is in the future (today is ${today}); use the day the article appeared`, 'future-date'),
      );
    }
  }
  return problems;
}
