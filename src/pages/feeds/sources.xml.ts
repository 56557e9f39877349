/** /feeds/sources.xml: the latest source articles, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getTimeline, paths } from '../../data/timeline.ts';
import { sourceFeedItems } from '../../lib/feeds.ts';
import { absolute } from '../../lib/paths.ts';
import { mapStrings, stripControls } from '../../lib/plain-text.ts';

export const GET: APIRoute = async ({ site }) =>
  rss({
    title: 'Russia–Ukraine Talks: sources',
    description: 'The news articles behind the record of Russia–Ukraine negotiation rounds.',
    site: absolute(paths.home, site),
    // Valid XML whatever the content holds: no control or bidirectional formatting characters.
    items: mapStrings(sourceFeedItems(await getTimeline(), paths, site), stripControls),
    customData: '<language>en</language>',
  });
