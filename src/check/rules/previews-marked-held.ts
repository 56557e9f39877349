/**
 * A round is `held` only if some article reports it after the fact. When every
 * source appeared before the round's first day, the sources are previews: they
 * say it will happen, not that it did, so the round is still `planned`.
 */
import type { Problem } from '../../lib/problems.ts';
import { plural, problemAt, sourcesOfRounds, type CheckInput } from '../context.ts';

export function previewsMarkedHeld(input: CheckInput): Problem[] {
  const problems: Problem[] = [];
  const sources = sourcesOfRounds(input);
  for (const round of input.content.rounds) {
    const articles = sources.get(round.id) ?? [];
    if (round.data.status !== 'held' || articles.length === 0) continue;
    const latest = articles.map((a) => a.data.published).sort().at(-1)!;
    if (latest >= round.data.date) continue;
    problems.push(
      problemAt(
        input,
        'rounds',
        round,
        ['status'],
        `\`status: held\`, but ${articles.length === 1 ? 'its only source was' : `all ${plural(articles.length, 'source')} were`} published before the round's date \`${round.data.date}\` (latest \`${latest}\`), so ${articles.length === 1 ? 'it announces' : 'they announce'} the round rather than report it; set \`status: planned\`, or add the article that reports it as held to \`sources\``,
        'preview-marked-held',
      ),
    );
  }
  return problems;
}
