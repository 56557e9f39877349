/**
 * The home page's time axis, laid out at build time in CSS pixels (never
 * scaled, so its text and marks keep their size on a phone): one panel per
 * period of talks with its own month ticks, and a break between panels that
 * says how long the gap was. Each round is a numbered mark, 24 px across (WCAG
 * 2.5.8), keyed to the numbered cards below; marks that would touch move up
 * into lanes. Past `markLimit` rounds the axis becomes one bar per year, empty
 * years included, each linking to its year. TimeAxis.astro only draws this.
 */
import { format } from 'date-fns/format';
import { daysBetween, formatSpan, parseDay } from './dates.ts';
import type { Period } from './periods.ts';
import { emptyYearsWords } from './periods.ts';
import type { RoundView } from './timeline.ts';

/** One round to place. */
export interface AxisPoint {
  date: string;
  /** What the mark says to a reader: title and date. */
  label: string;
  href: string;
  /** Drawn hollow: planned, or known only from a passing reference. */
  hollow: boolean;
  /** Its place in the record, shown in the mark and on its card. */
  number: number;
}

export interface AxisMark extends AxisPoint {
  x: number;
  y: number;
}

export interface AxisPanel {
  /** The period's anchor in the list below. */
  id: string;
  /** The months it covers, short, e.g. `Feb – Apr 2022`, and in full. */
  label: string;
  title: string;
  width: number;
  height: number;
  /** The y of the axis line. */
  baseline: number;
  ticks: { x: number; label: string }[];
  marks: AxisMark[];
}

/** A panel, and the break before it when a long gap ends there: they wrap onto a new line together. */
export interface AxisItem {
  panel: AxisPanel;
  gapBefore?: { words: string; years: string };
}

export interface YearBar {
  year: number;
  count: number;
  /** The year's list of rounds; none for a year without a round. */
  href?: string;
  /** Height of the bar in pixels, 0 for an empty year. */
  height: number;
}

export type AxisLayout = { kind: 'rounds'; items: AxisItem[] } | { kind: 'years'; bars: YearBar[]; barMax: number };

/** Sizes in CSS pixels. */
export const AXIS = {
  /** Radius of a mark: 24 px across, the least target size of WCAG 2.5.8. */
  r: 12,
  /** Least distance between the centres of two marks in one lane. */
  spacing: 30,
  /** Height of a lane of marks. */
  lane: 28,
  /** Space at each end of a panel. */
  pad: 16,
  /** Widest panel: fits the 358 px of a 390 px phone screen with the page's margins. */
  maxWidth: 356,
  /** Narrowest panel: room for a month's tick and label. */
  minWidth: 96,
  /** Least distance between two tick labels (13 px text). */
  tickGap: 40,
  /** Most lanes: past that, a mark shares the lane that has been free longest. */
  maxLanes: 6,
  /** Tallest year bar. */
  barMax: 48,
} as const;

/** Rounds to 0.1, the precision the SVG is written with. */
export const round1 = (n: number) => Math.round(n * 10) / 10;

/** A round as the axis shows it. */
export function axisPoint(round: RoundView, number: number, href: (id: string) => string): AxisPoint {
  return {
    date: round.data.date,
    label: `${round.data.title}, ${formatSpan(round.data.date, round.data.endDate)}`,
    href: href(round.id),
    hollow: round.data.status !== 'held',
    number,
  };
}

/**
 * The axis for the periods of a timeline: one panel per period while there are
 * at most `markLimit` rounds, else one bar per year.
 */
export function layoutAxis(
  periods: readonly Period[],
  options: { href: (id: string) => string; yearHref: (year: number) => string; markLimit: number },
): AxisLayout {
  const rounds = periods.flatMap((p) => p.rounds);
  if (rounds.length > options.markLimit) return yearBars(rounds, options.yearHref);
  let n = 0;
  const items: AxisItem[] = [];
  for (const period of periods) {
    const points = period.rounds.map((r) => axisPoint(r, ++n, options.href));
    items.push({
      panel: { ...layoutPanel(points, period.to), id: period.id, label: period.shortLabel, title: period.label },
      ...(period.gapBefore ? { gapBefore: { words: period.gapBefore.words, years: emptyYearsWords(period.gapBefore.emptyYears) } } : {}),
    });
  }
  return { kind: 'rounds', items };
}

/**
 * Places one period's rounds on a line, oldest left, `to` being its last day.
 * @example layoutPanel([], '2022-03-01').marks // => []
 */
export function layoutPanel(points: readonly AxisPoint[], to: string): Omit<AxisPanel, 'id' | 'label' | 'title'> {
  const first = points[0]?.date ?? to;
  const days = Math.max(0, daysBetween(first, to));
  const offsets = [...new Set(points.map((p) => daysBetween(first, p.date)))].sort((a, b) => a - b);
  const closest = offsets.slice(1).reduce((least, d, i) => Math.min(least, d - offsets[i]!), Infinity);
  // Wide enough that the closest two rounds do not touch and months get a label each,
  // but never wider than a phone: there, crowded marks move up into lanes.
  let perDay = Math.max(closest === Infinity ? 0 : AXIS.spacing / closest, days >= 45 ? AXIS.tickGap / 28 : 0);
  let inner = days * perDay;
  if (inner + 2 * AXIS.pad > AXIS.maxWidth) {
    perDay = (AXIS.maxWidth - 2 * AXIS.pad) / Math.max(1, days);
    inner = days * perDay;
  }
  const width = Math.ceil(Math.max(AXIS.minWidth, inner + 2 * AXIS.pad));
  const left = (width - inner) / 2;
  const at = (day: string) => left + daysBetween(first, day) * perDay;

  const marks: AxisMark[] = points.map((p) => ({ ...p, x: at(p.date), y: 0 }));
  const lanes = stack(marks);
  const baseline = AXIS.r + 2 + AXIS.lane * (lanes - 1);
  for (const m of marks) {
    m.x = round1(m.x);
    m.y = round1(baseline - AXIS.lane * m.y);
  }
  return { width, height: baseline + AXIS.r + 22, baseline, ticks: ticks(first, to, at, width), marks };
}

/** Puts each mark in the lowest lane where it keeps its distance from the last one; `y` becomes the lane. Returns the lanes used. */
function stack(marks: AxisMark[]): number {
  const last: number[] = [];
  for (const m of [...marks].sort((a, b) => a.x - b.x)) {
    let lane = last.findIndex((x) => m.x - x >= AXIS.spacing);
    if (lane === -1) lane = last.length < AXIS.maxLanes ? last.push(m.x) - 1 : last.indexOf(Math.min(...last));
    last[lane] = m.x;
    m.y = lane;
  }
  return Math.max(1, last.length);
}

/**
 * A tick at the first of each month inside the period, labelled with the month
 * (or the year, in January); where months are too close for their labels, only
 * the labels that keep their distance stay.
 */
function ticks(from: string, to: string, at: (day: string) => number, width: number): AxisPanel['ticks'] {
  const found: AxisPanel['ticks'] = [];
  const d = parseDay(from);
  d.setDate(1);
  for (;;) {
    d.setMonth(d.getMonth() + 1);
    const day = format(d, 'yyyy-MM-dd');
    if (day > to) break;
    found.push({ x: round1(at(day)), label: format(d, d.getMonth() === 0 ? 'yyyy' : 'MMM') });
  }
  const kept: AxisPanel['ticks'] = [];
  // A month's label is about 24 px wide: it must not run past either end of the panel.
  const half = 14;
  // Years first, so a crowded axis keeps its years.
  for (const t of [...found.filter((t) => /^\d+$/.test(t.label)), ...found.filter((t) => !/^\d+$/.test(t.label))]) {
    if (t.x - half < 0 || t.x + half > width) continue;
    if (kept.every((k) => Math.abs(k.x - t.x) >= AXIS.tickGap)) kept.push(t);
  }
  return kept.sort((a, b) => a.x - b.x);
}

/** One bar per calendar year from the first round to the last, empty years included. */
function yearBars(rounds: readonly RoundView[], yearHref: (year: number) => string): AxisLayout {
  const counts = new Map<number, number>();
  for (const r of rounds) counts.set(r.year, (counts.get(r.year) ?? 0) + 1);
  const years = [...counts.keys()];
  const [lo, hi] = [Math.min(...years), Math.max(...years)];
  const max = Math.max(...counts.values());
  const bars: YearBar[] = [];
  for (let year = lo; year <= hi; year++) {
    const n = counts.get(year) ?? 0;
    bars.push({ year, count: n, ...(n ? { href: yearHref(year) } : {}), height: n ? Math.max(3, Math.round((AXIS.barMax * n) / max)) : 0 });
  }
  return { kind: 'years', bars, barMax: AXIS.barMax };
}
