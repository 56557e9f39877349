/**
 * Every fact cites its source (design, rule 1). The schema already demands
 * `cite` on a party, a mention and an outcome; this rule adds the facts the
 * schema cannot see: the date of a held or planned round needs a citation or a
 * `dateNote` saying where it comes from (rule 3), and a round needs at least one
 * article that reports it.
 */
import type { Problem } from '../../lib/problems.ts';
import { problemAt, sourcesOfRounds, type CheckInput } from '../context.ts';

export function unsourcedFacts(input: CheckInput): Problem[] {
  const problems: Problem[] = [];
  const sources = sourcesOfRounds(input);
  const datedByFindings = new Set(
    input.content.articles.flatMap((a) => a.data.findings.filter((f) => f.date !== undefined).map((f) => `${f.round.id} ${f.date}`)),
  );
  for (const round of input.content.rounds) {
    const { data } = round;
    const cited = (data.cite.date?.length ?? 0) > 0 || datedByFindings.has(`${round.id} ${data.date}`);
    if (data.status !== 'mentioned' && !cited && !data.dateNote) {
      problems.push(
        problemAt(
          input,
          'rounds',
          round,
          ['date'],
          `the date \`${data.date}\` of a ${data.status} round cites no source; add \`cite.date\` with the article that gives it, or \`dateNote\` saying where it comes from (e.g. "The public record")`,
          'unsourced-date',
        ),
      );
    }
    if ((sources.get(round.id) ?? []).length === 0 && data.sources.length === 0) {
      problems.push(
        problemAt(input, 'rounds', round, ['sources'], 'no article reports this round; list the articles that do in `sources`, the main one first', 'no-sources'),
      );
    }
  }
  return problems;
}
