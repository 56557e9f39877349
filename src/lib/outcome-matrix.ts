/**
 * The outcome matrix: rounds down the side, outcome topics across the top, and
 * in each cell what that round did about that topic, linked to the evidence on
 * the round's page. Large records are shown a year at a time, a page at a time.
 */
import type { Entry, OutcomeData } from './types.ts';
import type { OutcomeView, RoundView } from './timeline.ts';

export interface MatrixRow {
  round: RoundView;
  /** One list per column: the round's outcomes on that topic (usually none or one). */
  cells: OutcomeView[][];
}

export interface Matrix {
  /** The columns: topics that at least one of the rounds decided on, by title. */
  topics: Entry<OutcomeData>[];
  rows: MatrixRow[];
}

/**
 * The matrix for some rounds (in the order given).
 * @example outcomeMatrix([]).topics // => []
 */
export function outcomeMatrix(rounds: readonly RoundView[]): Matrix {
  const topics = new Map<string, Entry<OutcomeData>>();
  for (const r of rounds) for (const o of r.outcomes) topics.set(o.topic.id, o.topic);
  const columns = [...topics.values()].sort((a, b) => a.data.title.localeCompare(b.data.title, 'en') || a.id.localeCompare(b.id));
  return {
    topics: columns,
    rows: rounds.map((round) => ({ round, cells: columns.map((t) => round.outcomes.filter((o) => o.topic.id === t.id)) })),
  };
}

/**
 * The anchor of a round's outcome on the round's page, where its evidence is.
 * @example outcomeAnchor('ceasefire') // => 'outcome-ceasefire'
 */
export function outcomeAnchor(topicId: string): string {
  return `outcome-${topicId}`;
}
