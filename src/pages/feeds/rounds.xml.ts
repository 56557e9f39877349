/** /feeds/rounds.xml: the latest rounds, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getTimeline, paths } from '../../data/timeline.ts';
import { roundFeedItems } from '../../lib/feeds.ts';
import { absolute } from '../../lib/paths.ts';
import { mapStrings, stripControls } from '../../lib/plain-text.ts';

export const GET: APIRoute = async ({ site }) =>
  rss({
    title: 'Russia–Ukraine Talks: rounds',
    description: 'Russia–Ukraine negotiation rounds: where, who, what came of it, with sources.',
    site: absolute(paths.home, site),
    // Valid XML whatever the content holds: no control or bidirectional formatting characters.
    items: mapStrings(roundFeedItems(await getTimeline(), paths, site), stripControls),
    customData: '<language>en</language>',
  });
