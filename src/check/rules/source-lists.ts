/**
 * A round's `sources` and the articles' `rounds` tell the same story from both
 * ends; when they differ, a page lists a source the other page does not. Only
 * a warning: an article may mention a round in passing without being one of
 * its sources, but usually one side was not updated.
 */
import type { Problem } from '../../lib/problems.ts';
import { problemAt, type CheckInput } from '../context.ts';

export function sourceLists(input: CheckInput): Problem[] {
  const problems: Problem[] = [];
  const rounds = new Map(input.content.rounds.map((r) => [r.id, r]));
  const articles = new Map(input.content.articles.map((a) => [a.id, a]));
  // An article "lists" a round in `rounds`, or by reporting findings about it.
  const roundsOf = new Map(input.content.articles.map((a) => [a.id, new Set([...a.data.rounds.map((r) => r.id), ...a.data.findings.map((f) => f.round.id)])]));
  for (const round of input.content.rounds) {
    round.data.sources.forEach((ref, i) => {
      const article = articles.get(ref.id);
      if (!article || roundsOf.get(article.id)?.has(round.id)) return;
      problems.push(
        problemAt(input, 'rounds', round, ['sources', i], `lists \`${article.id}\` as a source, but that article's \`rounds\` does not list \`${round.id}\`; add the round there (${article.filePath}), or remove the source here`, 'source-list-mismatch', 'warning'),
      );
    });
  }
  for (const article of input.content.articles) {
    article.data.rounds.forEach((ref, j) => {
      const round = rounds.get(ref.id);
      if (!round || round.data.sources.some((s) => s.id === article.id) || article.data.findings.some((f) => f.round.id === round.id)) return;
      problems.push(
        problemAt(input, 'articles', article, ['rounds', j], `lists round \`${round.id}\`, but the round's \`sources\` does not list this article; add \`${article.id}\` to \`sources\` in ${round.filePath}, or remove the round here`, 'source-list-mismatch', 'warning'),
      );
    });
  }
  return problems;
}
