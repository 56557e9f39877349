/**
 * The one place pages get the timeline model: loads every collection once per
 * build and hands it to `buildTimeline` (src/lib), which pages only read.
 */
import { getCollection } from 'astro:content';
import { buildTimeline, type Timeline } from '../lib/timeline.ts';
import type { Content } from '../lib/types.ts';
import { makePaths } from '../lib/paths.ts';

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
