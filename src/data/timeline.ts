/**
 * The one place pages get the timeline model: loads every collection once per
 * build and hands it to `buildTimeline` (src/lib), which pages only read.
 */
import type { PaginateFunction } from 'astro';
import { getCollection } from 'astro:content';
import { buildTimeline, type Timeline } from '../lib/timeline.ts';
import type { Content } from '../lib/types.ts';
import { makePaths } from '../lib/paths.ts';
import { PAGE_SIZE } from '../lib/home.ts';

let model: Promise<Timeline> | undefined;

/** The timeline model for this build. */
export function getTimeline(): Promise<Timeline> {
  return (model ??= load());
}

async function load(): Promise<Timeline> {
  const [articles, rounds, participants, venues, outcomes] = await Promise.all([
    getCollection('articles'),
    getCollection('rounds'),
    getCollection('participants'),
    getCollection('venues'),
    getCollection('outcomes'),
  ]);
  return buildTimeline({ articles, rounds, participants, venues, outcomes } as unknown as Content);
}

/** Addresses under this build's `base`. */
export const paths = makePaths(import.meta.env.BASE_URL);

/** Static paths for a list of each year's rounds, `PAGE_SIZE` to a page: `<year>/`, `<year>/2/`, … */
export async function roundPagesByYear(paginate: PaginateFunction) {
  const timeline = await getTimeline();
  return timeline.years.flatMap((group) => paginate(group.rounds, { params: { year: String(group.year) }, pageSize: PAGE_SIZE }));
}
