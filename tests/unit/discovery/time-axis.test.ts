import { describe, expect, test } from 'vitest';
import { axisPoints, layoutAxis, type AxisPoint } from '../../../src/lib/time-axis.ts';
import { paths, sampleTimeline } from './fixture.ts';

const point = (id: string, date: string, extra: Partial<AxisPoint> = {}): AxisPoint => ({
  id, date, year: Number(date.slice(0, 4)), label: id, href: `/rounds/${id}/`, hollow: false, ...extra,
});
const decimals = (n: number) => (String(n).split('.')[1] ?? '').length;

describe('axisPoints', () => {
  test('attaches each long gap to the round that ends it, and marks rounds not known as held', () => {
    const timeline = sampleTimeline();
    const points = axisPoints(timeline.rounds, timeline.gaps, paths.round);
    expect(points.map((p) => [p.id, p.gapBefore ?? null, p.hollow])).toEqual([
      ['2022-03-10-antalya', null, false],
      ['2022-03-29-istanbul', null, false],
      ['2022-04-01-video', null, true],
      ['2025-05-16-istanbul', '3 years 1 month', false],
    ]);
    expect(points[1]).toMatchObject({ href: '/talks/rounds/2022-03-29-istanbul/', label: 'Round 2022-03-29-istanbul, 29–30 March 2022' });
  });
});

describe('layoutAxis', () => {
  test('places rounds by date inside a stretch, in order, within the drawing', () => {
    const axis = layoutAxis([point('a', '2022-03-01'), point('b', '2022-03-11'), point('c', '2022-03-31')], { width: 640, pad: 20 });
    const xs = axis.marks.map((m) => m.x);
    expect(xs[0]).toBe(20);
    expect(xs[2]).toBe(620);
    // 10 of 30 days: a third of the way.
    expect(xs[1]).toBeCloseTo(220, 0);
    expect(axis.breaks).toEqual([]);
  });

  test('squeezes a long gap into one fixed break with its length in words', () => {
    const axis = layoutAxis([point('a', '2022-03-01'), point('b', '2022-04-01'), point('c', '2025-05-16', { gapBefore: '3 years 1 month' })], { width: 640, pad: 20, breakWidth: 40, minSegment: 50 });
    expect(axis.segments).toHaveLength(2);
    expect(axis.breaks).toEqual([{ x: expect.any(Number), label: '3 years 1 month without a round' }]);
    const [first, second] = axis.segments;
    expect(second!.x0 - first!.x1).toBe(40);
    expect(axis.breaks[0]!.x).toBe((first!.x1 + second!.x0) / 2);
    // A one-day stretch gets the narrowest width, with its round in the middle.
    expect(second!.x1 - second!.x0).toBe(50);
    expect(axis.marks[2]!.x).toBe(second!.x0 + 25);
  });

  test('stacks marks that would overlap into lanes above the line', () => {
    const axis = layoutAxis([point('a', '2022-03-01'), point('b', '2022-03-01'), point('c', '2022-03-02'), point('d', '2022-06-01')], { spacing: 14 });
    const [a, b, c] = axis.marks;
    expect(a!.y).not.toBe(b!.y);
    expect(new Set([a!.y, b!.y, c!.y]).size).toBe(3);
    for (const m of axis.marks) expect(m.y).toBeLessThan(axis.baseline);
    expect(axis.height).toBeGreaterThan(axis.baseline);
  });

  test('writes every number with at most one decimal', () => {
    const axis = layoutAxis([point('a', '2022-03-01'), point('b', '2022-03-04'), point('c', '2022-03-17'), point('d', '2023-01-09', { gapBefore: '10 months' })], { width: 613 });
    for (const n of [...axis.marks.flatMap((m) => [m.x, m.y]), ...axis.ticks.map((t) => t.x), ...axis.segments.flatMap((s) => [s.x0, s.x1]), ...axis.breaks.map((b) => b.x)]) {
      expect(decimals(n), String(n)).toBeLessThanOrEqual(1);
    }
  });

  test('labels the start of each stretch and drops labels that would collide', () => {
    const axis = layoutAxis([point('a', '2022-02-28'), point('b', '2022-04-01'), point('c', '2025-05-16', { gapBefore: '3 years' })]);
    const labels = axis.ticks.map((t) => t.label);
    expect(labels[0]).toBe('Feb 2022');
    expect(labels).toContain('May 2025');
    const xs = axis.ticks.map((t) => t.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(44);
  });

  test('above the mark limit, draws one mark per year that links to the year', () => {
    const many = Array.from({ length: 80 }, (_, i) => point(`r${i}`, `${2022 + Math.floor(i / 40)}-0${1 + (i % 9)}-1${i % 10}`)).sort((a, b) => a.date.localeCompare(b.date));
    const axis = layoutAxis(many, { markLimit: 60, yearHref: (y) => `/rounds/year/${y}/` });
    expect(axis.byYear).toBe(true);
    expect(axis.marks.map((m) => [m.href, m.label])).toEqual([
      ['/rounds/year/2022/', '2022: 40 rounds'],
      ['/rounds/year/2023/', '2023: 40 rounds'],
    ]);
    expect(axis.marks.every((m) => m.r! > 0)).toBe(true);
  });

  test('draws nothing for no rounds', () => {
    expect(layoutAxis([]).marks).toEqual([]);
  });
});

describe('layoutAxis on a crowded week', () => {
  test('stacks at most six lanes high', () => {
    const week = Array.from({ length: 40 }, (_, i) => point(`r${i}`, `2022-03-0${1 + (i % 7)}`)).sort((a, b) => a.date.localeCompare(b.date));
    const axis = layoutAxis([...week, point('z', '2022-09-01')], { markLimit: 60 });
    expect(new Set(axis.marks.map((m) => m.y)).size).toBeLessThanOrEqual(6);
    expect(axis.height).toBeLessThan(140);
  });
});
