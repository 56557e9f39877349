/** /data/rounds.csv: /data/rounds.json as a table (RFC 4180). */
import type { APIRoute } from 'astro';
import { getTimeline, paths } from '../../data/timeline.ts';
import { roundsData } from '../../lib/data-files.ts';
import { roundsCsv } from '../../lib/rounds-csv.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(roundsCsv(roundsData(await getTimeline(), paths, site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
