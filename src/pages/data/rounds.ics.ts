/** /data/rounds.ics: every round as an all-day calendar event. */
import type { APIRoute } from 'astro';
import { getTimeline, paths } from '../../data/timeline.ts';
import { roundsData } from '../../lib/data-files.ts';
import { absolute } from '../../lib/paths.ts';
import { mapStrings, stripControls } from '../../lib/plain-text.ts';
import { roundsCalendar } from '../../lib/rounds-calendar.ts';

export const GET: APIRoute = async ({ site }) => {
  const timeline = await getTimeline();
  const coordinates = new Map([...timeline.venues.values()].flatMap((v) => (v.data.coordinates ? [[v.id, v.data.coordinates] as const] : [])));
  // RFC 5545 text holds no control characters but tab, whatever the content holds.
  const text = roundsCalendar(mapStrings(roundsData(timeline, paths, site), stripControls), { name: 'Russia–Ukraine negotiation rounds', url: absolute(paths.home, site) }, coordinates);
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
