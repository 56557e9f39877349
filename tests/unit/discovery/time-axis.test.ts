import { describe, expect, test } from 'vitest';
import { periodsOf } from '../../../src/lib/periods.ts';
import { AXIS, axisPoint, layoutAxis, layoutPanel, type AxisPoint } from '../../../src/lib/time-axis.ts';
import { buildTimeline } from '../../../src/lib/timeline.ts';
import { content, round } from '../helpers.ts';
import { paths, sampleTimeline } from './fixture.ts';

const point = (date: string, number = 1): AxisPoint => ({ date, label: date, href: `/rounds/${date}/`, hollow: false, number });
const decimals = (n: number) => (String(n).split('.')[1] ?? '').length;
const options = { href: paths.round, yearHref: paths.year, markLimit: 40 };

/** A timeline of rounds on the given days, split into periods at gaps of 90 days or more. */
function periodsFor(days: string[]) {
  const t = buildTimeline(content({ rounds: days.map((d, i) => round(`${d}-r${i}`, d)) }));
  return periodsOf(t.rounds, t.gaps);
}

describe('layoutAxis', () => {
  test('draws a panel per period, each round a numbered mark in date order, with the gap before each later period', () => {
    const t = sampleTimeline();
    const axis = layoutAxis(periodsOf(t.rounds, t.gaps), options);
    if (axis.kind !== 'rounds') throw new Error('expected one mark per round');
    expect(axis.items.map((i) => [i.panel.label, i.panel.marks.map((m) => m.number), i.gapBefore?.words ?? null])).toEqual([
      ['Mar – Apr 2022', [1, 2, 3], null],
      ['May 2025', [4], '3 years 1 month'],
    ]);
    expect(axis.items[1]!.gapBefore!.years).toBe('none in 2023 or 2024');
    const marks = axis.items.flatMap((i) => i.panel.marks);
    expect(marks.map((m) => m.href)).toEqual(t.rounds.map((r) => paths.round(r.id)));
    // A round not known as held is drawn hollow; every mark names its round and day.
    expect(marks.map((m) => m.hollow)).toEqual([false, false, true, false]);
    expect(marks[1]!.label).toBe('Round 2022-03-29-istanbul, 29–30 March 2022');
  });

  test('past the mark limit, draws one bar per year, empty years included, each year with rounds linking to its list', () => {
    const axis = layoutAxis(periodsFor(['2022-03-01', '2022-03-05', '2022-04-01', '2025-05-16']), { ...options, markLimit: 3 });
    if (axis.kind !== 'years') throw new Error('expected bars by year');
    expect(axis.bars.map((b) => [b.year, b.count, b.href ?? null])).toEqual([
      [2022, 3, '/talks/rounds/year/2022/'],
      [2023, 0, null],
      [2024, 0, null],
      [2025, 1, '/talks/rounds/year/2025/'],
    ]);
    expect(axis.bars.map((b) => b.height)).toEqual([AXIS.barMax, 0, 0, 16]);
  });
});

describe('layoutPanel', () => {
  test('keeps marks at least their own width apart, so each is a 24 px target of its own', () => {
    const panel = layoutPanel(['2022-02-28', '2022-03-03', '2022-03-07', '2022-03-10', '2022-03-14', '2022-03-29', '2022-04-01'].map((d, i) => point(d, i + 1)), '2022-04-01');
    const xs = panel.marks.map((m) => m.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(2 * AXIS.r);
    expect(new Set(panel.marks.map((m) => m.y)).size).toBe(1);
  });

  test('is never wider than a phone: there, rounds too close for the width move up into lanes', () => {
    const days = Array.from({ length: 20 }, (_, i) => `2022-03-${String(i + 1).padStart(2, '0')}`);
    const panel = layoutPanel(days.map((d) => point(d)), '2022-03-20');
    expect(panel.width).toBeLessThanOrEqual(AXIS.maxWidth);
    const lanes = new Set(panel.marks.map((m) => m.y));
    expect(lanes.size).toBeGreaterThan(1);
    expect(lanes.size).toBeLessThanOrEqual(AXIS.maxLanes);
    for (const m of panel.marks) {
      expect(m.y - AXIS.r).toBeGreaterThanOrEqual(0);
      expect(m.x - AXIS.r).toBeGreaterThanOrEqual(0);
      expect(m.x + AXIS.r).toBeLessThanOrEqual(panel.width);
    }
    expect(panel.baseline).toBeLessThan(panel.height);
  });

  test('labels the months where rounds cluster, and a new year by its number, never past the ends', () => {
    const spring = layoutPanel([point('2022-02-28'), point('2022-03-10'), point('2022-04-01')], '2022-04-01');
    expect(spring.ticks.map((t) => t.label)).toEqual(['Mar', 'Apr']);
    const winter = layoutPanel([point('2025-11-20'), point('2026-02-18')], '2026-02-18');
    expect(winter.ticks.map((t) => t.label)).toEqual(['Dec', '2026', 'Feb']);
    for (const panel of [spring, winter]) {
      for (const t of panel.ticks) expect(t.x).toBeGreaterThan(0), expect(t.x).toBeLessThan(panel.width);
      for (let i = 1; i < panel.ticks.length; i++) expect(panel.ticks[i]!.x - panel.ticks[i - 1]!.x).toBeGreaterThanOrEqual(AXIS.tickGap);
    }
  });

  test('draws a period of one round as one mark in the middle, with room for its label', () => {
    const panel = layoutPanel([point('2025-05-16')], '2025-05-16');
    expect(panel.width).toBe(AXIS.minWidth);
    expect(panel.marks[0]!.x).toBe(AXIS.minWidth / 2);
    expect(panel.ticks).toEqual([]);
  });

  test('writes every number with at most one decimal', () => {
    const panel = layoutPanel([point('2022-03-01'), point('2022-03-04'), point('2022-03-17'), point('2022-05-09')], '2022-05-09');
    for (const n of [...panel.marks.flatMap((m) => [m.x, m.y]), ...panel.ticks.map((t) => t.x)]) expect(decimals(n), String(n)).toBeLessThanOrEqual(1);
  });

  test('draws nothing for no rounds', () => {
    expect(layoutPanel([], '2022-03-01').marks).toEqual([]);
  });
});

describe('axisPoint', () => {
  test('names the round with its title and days, and links to its page', () => {
    const r = sampleTimeline().rounds[0]!;
    expect(axisPoint(r, 1, paths.round)).toEqual({ date: '2022-03-10', label: 'Ministers meet, Antalya, 10 March 2022', href: '/talks/rounds/2022-03-10-antalya/', hollow: false, number: 1 });
  });
});
