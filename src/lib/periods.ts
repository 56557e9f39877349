/**
 * Periods of talks: runs of rounds with no long gap inside (the model's `gaps`
 * split them). The talks of spring 2022, the Istanbul rounds of 2025 and the
 * trilateral rounds of 2026 are three periods; the home page and its time axis
 * are drawn period by period, so a gap of years reads as a gap, not as a year
 * heading that happens to follow another.
 */
import { describeLength, formatMonthSpan } from './dates.ts';
import type { Gap, RoundView } from './timeline.ts';
import { count, listWords } from './wording.ts';

export interface Period {
  /** An anchor for the period: `p-` and the month it starts, e.g. `p-2022-02`. */
  id: string;
  rounds: RoundView[];
  /** The first day of its first round and the last day of its last. */
  from: string;
  to: string;
  /** The months it covers, e.g. `February – April 2022`. */
  label: string;
  /** The same with short month names, for the time axis: `Feb – Apr 2022`. */
  shortLabel: string;
  /** How many rounds, and over how long, e.g. `7 rounds in 5 weeks`. */
  summary: string;
  /** The long gap before it, if any. */
  gapBefore?: Gap;
}

/**
 * The rounds, in date order, split at each gap.
 * @example periodsOf([], []) // => []
 */
export function periodsOf(rounds: readonly RoundView[], gaps: readonly Gap[]): Period[] {
  const gapBefore = new Map(gaps.map((g) => [g.to.id, g]));
  const runs: { rounds: RoundView[]; gap?: Gap }[] = [];
  for (const round of rounds) {
    const gap = gapBefore.get(round.id);
    if (!runs.length || gap) runs.push({ rounds: [], gap });
    runs.at(-1)!.rounds.push(round);
  }
  const ids = new Map<string, number>();
  return runs.map(({ rounds: list, gap }) => {
    const from = list[0]!.data.date;
    const to = list.reduce((last, r) => ((r.data.endDate ?? r.data.date) > last ? (r.data.endDate ?? r.data.date) : last), from);
    const base = `p-${from.slice(0, 7)}`;
    const n = (ids.get(base) ?? 0) + 1;
    ids.set(base, n);
    return {
      id: n === 1 ? base : `${base}-${n}`,
      rounds: list,
      from,
      to,
      label: formatMonthSpan(from, to),
      shortLabel: formatMonthSpan(from, to, { short: true }),
      summary: list.length === 1 ? '1 round' : `${count(list.length, 'round')} ${describeLength(from, to)}`,
      ...(gap ? { gapBefore: gap } : {}),
    };
  });
}

/**
 * The calendar years a gap passes without a round, in words.
 * @example emptyYearsWords([2023, 2024]) // => 'none in 2023 or 2024'
 * @example emptyYearsWords([2023, 2024, 2025]) // => 'none from 2023 to 2025'
 */
export function emptyYearsWords(years: readonly number[]): string {
  if (!years.length) return '';
  if (years.length <= 2) return `none in ${listWords(years.map(String), 'or')}`;
  return `none from ${years[0]} to ${years.at(-1)}`;
}
