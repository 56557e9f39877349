/**
 * Days before 2000: no article the record holds is older, so `published:
 * 0000-01-01` or a round in 1902 is a typing mistake (the timeline would show
 * "28 December 1902"). Later than today is future-dates.ts's.
 */
import type { Problem } from '../../lib/problems.ts';
import { EARLIEST } from '../../lib/today.ts';
import { problemAt, type CheckInput } from '../context.ts';

const year = EARLIEST.slice(0, 4);
const say = (field: string, day: string) => `\`${field}: ${day}\` is before ${year}, earlier than anything the record holds; check the year`;

export function earlyDates(input: CheckInput): Problem[] {
  const problems: Problem[] = [];
  for (const article of input.content.articles) {
    if (article.data.published < EARLIEST) problems.push(problemAt(input, 'articles', article, ['published'], say('published', article.data.published), 'early-date'));
    for (const [i, finding] of article.data.findings.entries()) {
      if (finding.date && finding.date < EARLIEST) problems.push(problemAt(input, 'articles', article, ['findings', i, 'date'], say('date', finding.date), 'early-date'));
    }
  }
  for (const round of input.content.rounds) {
    if (round.data.date < EARLIEST) problems.push(problemAt(input, 'rounds', round, ['date'], say('date', round.data.date), 'early-date'));
  }
  return problems;
}
