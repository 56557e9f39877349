/**
 * The outcome matrix: rounds down the side, outcome topics across the top, and
 * in each cell what that round did about that topic, linked to the evidence on
 * the round's page. Rounds are the rows because they are many and grow without
 * end (a reader scrolls down them as down the timeline), while topics are a
 * short, stable list that fits across a desk screen. Large records are shown a
 * year at a time, a page at a time.
 */
import type { Entry, OutcomeData } from './types.ts';
import type { OutcomeView, RoundView } from './timeline.ts';

export interface MatrixRow {
  round: RoundView;
  /** One list per column: the round's outcomes on that topic (usually none or one). */
  cells: OutcomeView[][];
}

export interface Matrix {
  /**
   * The columns: topics that at least one of the rounds took up, the most
   * frequent first (then by title), so the topics that matter most are in view
   * before any scrolling.
   */
  topics: Entry<OutcomeData>[];
  rows: MatrixRow[];
}

/**
 * The matrix for some rounds (in the order given).
 * @example outcomeMatrix([]).topics // => []
 */
export function outcomeMatrix(rounds: readonly RoundView[]): Matrix {
  const topics = new Map<string, { topic: Entry<OutcomeData>; rounds: number }>();
  for (const r of rounds) {
    for (const id of new Set(r.outcomes.map((o) => o.topic.id))) {
      const column = topics.get(id) ?? topics.set(id, { topic: r.outcomes.find((o) => o.topic.id === id)!.topic, rounds: 0 }).get(id)!;
      column.rounds++;
    }
  }
  const columns = [...topics.values()]
    .sort((a, b) => b.rounds - a.rounds || a.topic.data.title.localeCompare(b.topic.data.title, 'en') || a.topic.id.localeCompare(b.topic.id))
    .map((c) => c.topic);
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
