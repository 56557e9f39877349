import { describe, expect, test } from 'vitest';
import { outcomeAnchor, outcomeMatrix } from '../../../src/lib/outcome-matrix.ts';
import { sampleTimeline, seedTimeline } from './fixture.ts';

describe('outcomeMatrix', () => {
  test('has a column per topic the rounds decided on, by title, and a row per round', () => {
    const matrix = outcomeMatrix(sampleTimeline().rounds);
    expect(matrix.topics.map((t) => t.id)).toEqual(['ceasefire', 'neutrality']);
    expect(matrix.rows.map((r) => [r.round.id, r.cells.map((c) => c.map((o) => o.status).join() || '-')])).toEqual([
      ['2022-03-10-antalya', ['not-agreed', '-']],
      ['2022-03-29-istanbul', ['proposed', 'agreed']],
      ['2022-04-01-video', ['-', '-']],
      ['2025-05-16-istanbul', ['discussed', '-']],
    ]);
  });

  test('on the seed content, every outcome of every round is in exactly one cell', () => {
    const { rounds } = seedTimeline();
    const matrix = outcomeMatrix(rounds);
    const inCells = matrix.rows.flatMap((r) => r.cells.flat().map((o) => `${r.round.id}:${o.topic.id}:${o.status}`));
    const expected = rounds.flatMap((r) => r.outcomes.map((o) => `${r.id}:${o.topic.id}:${o.status}`));
    expect(inCells.sort()).toEqual(expected.sort());
  });

  test('is empty for no rounds', () => {
    expect(outcomeMatrix([])).toEqual({ topics: [], rows: [] });
  });

  test('anchors each outcome on its round page by topic', () => {
    expect(outcomeAnchor('prisoner-exchange')).toBe('outcome-prisoner-exchange');
  });
});
