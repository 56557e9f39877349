/** The public data files: /data/rounds.json, participants.json, venues.json, outcomes.json, sources.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getTimeline, paths } from '../../data/timeline.ts';
import { outcomesData, participantsData, roundsData, sourcesData, venuesData } from '../../lib/data-files.ts';

const FILES = { rounds: roundsData, participants: participantsData, venues: venuesData, outcomes: outcomesData, sources: sourcesData };

export const getStaticPaths = (() => Object.keys(FILES).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const make = FILES[params.name as keyof typeof FILES];
  return new Response(JSON.stringify(make(await getTimeline(), paths, site), null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
