/**
 * The RSS feeds (@astrojs/rss writes the XML): the latest rounds and the latest
 * source articles, newest first, each item linking to its page here. A feed
 * carries the latest FEED_LIMIT items so it stays small however big the record grows.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import { formatSpan } from './dates.ts';
import { FORMAT_LABEL, LEVEL_LABEL, OUTCOME_STATUS_LABEL, ROUND_STATUS_LABEL } from './labels.ts';
import { absolute, type Paths } from './paths.ts';
import type { Timeline } from './timeline.ts';
import { placeName } from './wording.ts';

type Site = string | URL | undefined;

/**
 * Text for an RSS `<description>`, which readers render as HTML: escaped, so
 * whatever a title or summary holds is shown as text, never run.
 * @example htmlText('<b>') // => '&lt;b&gt;'
 */
export const htmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Each item's review state, as a category: whether an editor has checked it or it is as the ingest command read it. */
export const REVIEWED = 'Reviewed';
export const NOT_REVIEWED = 'Not yet reviewed';

/** Items per feed. */
export const FEED_LIMIT = 100;

/** A `YYYY-MM-DD` day as midnight UTC, so the feed's date never shifts with the build machine's time zone. */
export const utcDay = (day: string) => new Date(`${day}T00:00:00Z`);

/** The latest rounds, newest first: where, who, and what came of it. */
export function roundFeedItems(timeline: Timeline, paths: Paths, site: Site, limit = FEED_LIMIT): RSSFeedItem[] {
  return timeline.rounds
    .slice(-limit)
    .reverse()
    .map((r) => {
      const where = r.venue ? placeName(r.venue.data) : r.data.format === 'video' ? 'By video call' : 'Venue not reported';
      const outcomes = r.outcomes.map((o) => `${o.topic.data.title}: ${OUTCOME_STATUS_LABEL[o.status].toLowerCase()}`);
      return {
        title: r.data.title,
        link: absolute(paths.round(r.id), site),
        pubDate: utcDay(r.data.date),
        description: htmlText([
          r.derived ? 'Not yet reviewed by an editor.' : '',
          `${formatSpan(r.data.date, r.data.endDate)}. ${where}. ${FORMAT_LABEL[r.data.format]}, ${LEVEL_LABEL[r.data.level].toLowerCase()}; ${ROUND_STATUS_LABEL[r.data.status].toLowerCase()}.`,
          r.parties.length ? `At the table: ${r.parties.map((p) => p.participant.data.name).join(', ')}.` : '',
          outcomes.length ? `Outcomes: ${outcomes.join('; ')}.` : '',
        ].filter(Boolean).join(' ')),
        categories: [LEVEL_LABEL[r.data.level], FORMAT_LABEL[r.data.format], r.derived ? NOT_REVIEWED : REVIEWED],
      };
    });
}

/** The latest source articles, newest first, each linking to its page here. */
export function sourceFeedItems(timeline: Timeline, paths: Paths, site: Site, limit = FEED_LIMIT): RSSFeedItem[] {
  return [...timeline.articles.values()]
    .sort((a, b) => b.data.published.localeCompare(a.data.published) || b.id.localeCompare(a.id))
    .slice(0, limit)
    .map((a) => {
      const rounds = timeline.roundsIn.get(a.id) ?? [];
      return {
        title: a.data.title,
        link: absolute(paths.source(a.id), site),
        pubDate: utcDay(a.data.published),
        description: htmlText(`${a.data.review === 'derived' ? 'Not yet reviewed by an editor. ' : ''}${a.data.publisher}. ${rounds.length ? `Reports on: ${rounds.map((r) => r.data.title).join('; ')}.` : ''}`.trim()),
        categories: [a.data.publisher, a.data.review === 'derived' ? NOT_REVIEWED : REVIEWED],
      };
    });
}
