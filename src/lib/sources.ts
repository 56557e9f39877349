/**
 * How the source index is laid out: every article, newest first, while the
 * list is short; grouped by the year of publication once it grows, so no index
 * page becomes a multi-megabyte download.
 */
import type { Timeline } from './timeline.ts';
import type { ArticleData, Entry } from './types.ts';

/** Up to this many articles, /sources/ lists every one. */
export const SOURCE_LIST_LIMIT = 200;

/** Every article, newest first; ties by id so the order never depends on files. */
export function articlesNewestFirst(timeline: Timeline): Entry<ArticleData>[] {
  return [...timeline.articles.values()].sort((a, b) => b.data.published.localeCompare(a.data.published) || a.id.localeCompare(b.id));
}

export interface SourceYear {
  year: number;
  /** Newest first. */
  articles: Entry<ArticleData>[];
}

/** Articles grouped by the year they were published, newest year first. */
export function articlesByYear(timeline: Timeline): SourceYear[] {
  const years: SourceYear[] = [];
  for (const article of articlesNewestFirst(timeline)) {
    const year = Number(article.data.published.slice(0, 4));
    const last = years.at(-1);
    if (last?.year === year) last.articles.push(article);
    else years.push({ year, articles: [article] });
  }
  return years;
}
