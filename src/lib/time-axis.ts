/**
 * The layout of the home page's time axis: rounds placed by date on one line,
 * long gaps (the model's `gaps`) squeezed into a fixed-width break, marks that
 * fall on the same spot stacked in lanes. Pure numbers, rounded to 0.1 so the
 * SVG stays small; TimeAxis.astro only draws what this returns.
 */
import { format } from 'date-fns/format';
import { daysBetween, formatSpan, parseDay } from './dates.ts';
import type { Gap, RoundView } from './timeline.ts';

/** One round to place. */
export interface AxisPoint {
  id: string;
  date: string;
  endDate?: string;
  year: number;
  /** What the mark says to a reader: title and date. */
  label: string;
  href: string;
  /** Drawn hollow: planned, or known only from a passing reference. */
  hollow: boolean;
  /** The words of the gap before this point, when a long gap ends here. */
  gapBefore?: string;
}

export interface AxisOptions {
  /** Width of the drawing, in SVG units. */
  width?: number;
  /** Space at each end. */
  pad?: number;
  /** Width of the break drawn for each long gap. */
  breakWidth?: number;
  /** Narrowest width of a stretch of rounds between two breaks. */
  minSegment?: number;
  /** Closest two marks may sit in one lane before the second moves up. */
  spacing?: number;
  /** Above this many rounds, one mark per year (linking to `yearHref`) replaces one per round. */
  markLimit?: number;
  yearHref?: (year: number) => string;
}

export interface AxisMark {
  x: number;
  y: number;
  href: string;
  label: string;
  hollow: boolean;
  /** Radius, for a year mark that stands for several rounds; undefined for one round. */
  r?: number;
}

export interface AxisLayout {
  width: number;
  height: number;
  /** The y of the axis line. */
  baseline: number;
  /** Stretches of the axis with rounds on them. */
  segments: { x0: number; x1: number }[];
  /** Where a long gap was squeezed, with its length in words. */
  breaks: { x: number; label: string }[];
  ticks: { x: number; label: string }[];
  marks: AxisMark[];
  /** True when marks stand for years, not single rounds. */
  byYear: boolean;
}

const DEFAULTS = { width: 640, pad: 32, breakWidth: 36, minSegment: 48, spacing: 14, markLimit: 60 };
const LANE = 14;
const TOP = 12;
const TICK_ROOM = 26;
const MIN_TICK_GAP = 44;

/** Rounds to 0.1, the precision the SVG is written with. */
export const round1 = (n: number) => Math.round(n * 10) / 10;

/** The axis points for the model's rounds, each gap attached to the round that ends it. */
export function axisPoints(rounds: readonly RoundView[], gaps: readonly Gap[], href: (id: string) => string): AxisPoint[] {
  const gapBefore = new Map(gaps.map((g) => [g.to.id, g.words]));
  return rounds.map((r) => ({
    id: r.id,
    date: r.data.date,
    endDate: r.data.endDate,
    year: r.year,
    label: `${r.data.title}, ${formatSpan(r.data.date, r.data.endDate)}`,
    href: href(r.id),
    hollow: r.data.status !== 'held',
    gapBefore: gapBefore.get(r.id),
  }));
}

/**
 * Places the points, oldest first, on an axis `width` wide.
 * @example layoutAxis([]).marks // => []
 */
export function layoutAxis(points: readonly AxisPoint[], options: AxisOptions = {}): AxisLayout {
  const o = { ...DEFAULTS, ...options };
  const groups = splitAtGaps(points);
  const spans = groups.map((g) => Math.max(0, ...g.map((p) => daysBetween(g[0]!.date, p.endDate ?? p.date))));
  const room = o.width - 2 * o.pad - o.breakWidth * Math.max(0, groups.length - 1);
  const least = Math.min(o.minSegment, room / Math.max(1, groups.length));
  const spread = room - least * groups.length;
  const totalDays = spans.reduce((a, b) => a + b, 0);

  const segments: AxisLayout['segments'] = [];
  const breaks: AxisLayout['breaks'] = [];
  const ticks: Tick[] = [];
  const placed: { point: AxisPoint; x: number }[] = [];
  let x0 = o.pad;
  groups.forEach((group, i) => {
    const days = spans[i]!;
    const width = least + (totalDays > 0 ? (spread * days) / totalDays : spread / groups.length);
    const first = group[0]!;
    if (i > 0) breaks.push({ x: round1(x0 - o.breakWidth / 2), label: `${first.gapBefore ?? 'A long gap'} without a round` });
    const at = (day: string) => (days === 0 ? x0 + width / 2 : x0 + (width * daysBetween(first.date, day)) / days);
    segments.push({ x0: round1(x0), x1: round1(x0 + width) });
    for (const point of group) placed.push({ point, x: at(point.date) });
    ticks.push(...segmentTicks(first.date, addDays(first.date, days), at, width / Math.max(1, days / 30)));
    x0 += width + o.breakWidth;
  });

  const byYear = points.length > o.markLimit && !!o.yearHref;
  const marks = byYear ? yearMarks(placed, o.yearHref!) : placed.map(({ point, x }) => ({ x, y: 0, href: point.href, label: point.label, hollow: point.hollow }));
  const lanes = stack(marks, o.spacing);
  const baseline = TOP + LANE * Math.max(1, lanes) + 6;
  for (const m of marks) {
    m.x = round1(m.x);
    m.y = round1(baseline - 6 - LANE * m.y - LANE / 2);
  }
  return { width: o.width, height: baseline + TICK_ROOM, baseline, segments, breaks, ticks: dropCrowded(ticks), marks, byYear };
}

function splitAtGaps(points: readonly AxisPoint[]): AxisPoint[][] {
  const groups: AxisPoint[][] = [];
  for (const p of points) {
    if (!groups.length || p.gapBefore !== undefined) groups.push([]);
    groups.at(-1)!.push(p);
  }
  return groups;
}

function addDays(day: string, days: number): string {
  const d = parseDay(day);
  d.setDate(d.getDate() + days);
  return format(d, 'yyyy-MM-dd');
}

/** A label at the segment's start, then the first of each month (or, when months are crowded, each year) inside it. */
function segmentTicks(start: string, end: string, at: (day: string) => number, unitsPerMonth: number): Tick[] {
  const ticks: Tick[] = [{ x: round1(at(start)), label: format(parseDay(start), 'MMM yyyy'), major: true }];
  const yearly = unitsPerMonth < MIN_TICK_GAP;
  const d = parseDay(start);
  d.setDate(1);
  for (;;) {
    if (yearly) d.setFullYear(d.getFullYear() + 1, 0, 1);
    else d.setMonth(d.getMonth() + 1);
    const day = format(d, 'yyyy-MM-dd');
    if (day > end) break;
    ticks.push({ x: round1(at(day)), label: format(d, yearly || d.getMonth() === 0 ? 'yyyy' : 'MMM') });
  }
  return ticks;
}

type Tick = { x: number; label: string; major?: boolean };

/** Drops any label that would overlap another; a segment's first label (`major`) always wins. */
function dropCrowded(ticks: Tick[]): AxisLayout['ticks'] {
  const kept = ticks.filter((t) => t.major);
  for (const t of ticks) if (!t.major && kept.every((k) => Math.abs(t.x - k.x) >= MIN_TICK_GAP)) kept.push(t);
  return kept.sort((a, b) => a.x - b.x).map(({ x, label }) => ({ x, label }));
}

/** One mark per year, at the mean position of its rounds, sized by how many there are. */
function yearMarks(placed: { point: AxisPoint; x: number }[], yearHref: (year: number) => string): AxisMark[] {
  const years = new Map<number, number[]>();
  for (const { point, x } of placed) (years.get(point.year) ?? years.set(point.year, []).get(point.year)!).push(x);
  return [...years].map(([year, xs]) => ({
    x: xs.reduce((a, b) => a + b, 0) / xs.length,
    y: 0,
    href: yearHref(year),
    label: `${year}: ${xs.length} ${xs.length === 1 ? 'round' : 'rounds'}`,
    hollow: false,
    r: round1(Math.min(LANE / 2, 3 + Math.sqrt(xs.length))),
  }));
}

/** Lanes at most: past that, a mark shares the lane that has been free longest, so a crowded week cannot make the axis tall. */
const MAX_LANES = 6;

/** Puts each mark in the lowest lane where it keeps `spacing` from the last mark; `y` becomes the lane. Returns the lanes used. */
function stack(marks: AxisMark[], spacing: number): number {
  const last: number[] = [];
  for (const m of [...marks].sort((a, b) => a.x - b.x)) {
    let lane = last.findIndex((x) => m.x - x >= spacing);
    if (lane === -1) lane = last.length < MAX_LANES ? last.push(m.x) - 1 : last.indexOf(Math.min(...last));
    last[lane] = m.x;
    m.y = lane;
  }
  return last.length;
}
