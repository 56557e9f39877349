/**
 * What the home page shows. A small timeline is shown whole; a large one is
 * summarised by year (each year links to its own pages) with the latest rounds
 * below, so the home page stays within one round trip however big the record grows.
 */
import { periodsOf, type Period } from './periods.ts';
import type { RoundView, Timeline } from './timeline.ts';

/** Up to this many rounds, the home page shows every one. */
export const HOME_ROUND_LIMIT = 40;
/** Rounds per page on year and filter lists. */
export const PAGE_SIZE = 50;

export interface YearSummary {
  year: number;
  count: number;
  first: RoundView;
  last: RoundView;
}

export type HomeView =
  | { kind: 'full'; periods: Period[]; total: number; numbers: Map<string, number> }
  | { kind: 'summary'; periods: Period[]; summaries: YearSummary[]; latest: Period[]; total: number };

/**
 * Every round period by period while the record is small (each numbered as on the
 * time axis); once it is not, a line per year and the latest rounds.
 */
export function homeView(timeline: Timeline, limit = HOME_ROUND_LIMIT, latestCount = 10): HomeView {
  const total = timeline.rounds.length;
  const periods = periodsOf(timeline.rounds, timeline.gaps);
  if (total <= limit) return { kind: 'full', periods, total, numbers: new Map(timeline.rounds.map((r, i) => [r.id, i + 1])) };
  const summaries = timeline.years.map((g) => ({ year: g.year, count: g.rounds.length, first: g.rounds[0]!, last: g.rounds.at(-1)! }));
  const latestRounds = timeline.rounds.slice(-latestCount);
  const shown = new Set(latestRounds);
  const latest = periodsOf(latestRounds, timeline.gaps.filter((g) => shown.has(g.from) && shown.has(g.to)));
  return { kind: 'summary', periods, summaries, latest, total };
}

/** Splits a list into pages of `size`. Always at least one page. */
export function chunk<T>(items: T[], size = PAGE_SIZE): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length ? pages : [[]];
}

/**
 * The title of one page of a paginated list.
 * @example pagedTitle('Rounds in 2022', { currentPage: 2, lastPage: 3 }) // => 'Rounds in 2022, page 2 of 3'
 */
export function pagedTitle(title: string, page: { currentPage: number; lastPage: number }): string {
  return page.lastPage > 1 ? `${title}, page ${page.currentPage} of ${page.lastPage}` : title;
}

/** Where one page of a list sits among the others: what the pager shows and links. */
export interface PageLinks {
  currentPage: number;
  lastPage: number;
  url: { prev?: string; next?: string };
}

/**
 * Page `n` of `last` of a list whose first page is at `first` and the others at `<first><n>/`.
 * @example pageLinks('/participants/x/', 2, 3) // => { currentPage: 2, lastPage: 3, url: { prev: '/participants/x/', next: '/participants/x/3/' } }
 */
export function pageLinks(first: string, n: number, last: number): PageLinks {
  const at = (k: number) => (k === 1 ? first : `${first}${k}/`);
  return { currentPage: n, lastPage: last, url: { ...(n > 1 ? { prev: at(n - 1) } : {}), ...(n < last ? { next: at(n + 1) } : {}) } };
}
