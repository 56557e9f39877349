import { describe, expect, test } from 'vitest';
import { emptyYearsWords, periodsOf } from '../../../src/lib/periods.ts';
import { buildTimeline } from '../../../src/lib/timeline.ts';
import { content, round } from '../helpers.ts';

function periods(days: [string, string?][]) {
  const t = buildTimeline(content({ rounds: days.map(([d, end], i) => round(`${d}-r${i}`, d, end ? { endDate: end } : {})) }));
  return periodsOf(t.rounds, t.gaps);
}

describe('periodsOf', () => {
  test('splits the rounds at each long gap, and says what each period covers in a reader\'s words', () => {
    const found = periods([['2022-02-28'], ['2022-03-10'], ['2022-04-01'], ['2025-05-16'], ['2025-07-23'], ['2026-01-23', '2026-01-24'], ['2026-02-17', '2026-02-18']]);
    expect(found.map((p) => [p.id, p.label, p.shortLabel, p.summary, p.gapBefore?.words ?? null])).toEqual([
      ['p-2022-02', 'February – April 2022', 'Feb – Apr 2022', '3 rounds in 5 weeks', null],
      ['p-2025-05', 'May – July 2025', 'May – Jul 2025', '2 rounds in 2 months', '3 years 1 month'],
      ['p-2026-01', 'January – February 2026', 'Jan – Feb 2026', '2 rounds in 4 weeks', '6 months'],
    ]);
    // A period ends on the last day of its last round.
    expect(found[2]!.to).toBe('2026-02-18');
  });

  test('keeps a period of one round, and gives two periods that start in one month different anchors', () => {
    const found = periods([['2023-01-01'], ['2023-01-02']]);
    expect(found).toHaveLength(1);
    expect(found[0]!.summary).toBe('2 rounds in 2 days');
    expect(periods([['2025-05-16']])[0]!.summary).toBe('1 round');
  });

  test('is empty for no rounds', () => {
    expect(periodsOf([], [])).toEqual([]);
  });
});

describe('emptyYearsWords', () => {
  test('names the years a gap passes without a round', () => {
    expect(emptyYearsWords([])).toBe('');
    expect(emptyYearsWords([2023])).toBe('none in 2023');
    expect(emptyYearsWords([2023, 2024])).toBe('none in 2023 or 2024');
    expect(emptyYearsWords([2023, 2024, 2025])).toBe('none from 2023 to 2025');
  });
});
