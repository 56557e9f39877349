/**
 * The id of a new round: `YYYY-MM-DD-<city>` or `YYYY-MM-DD-video`, made unique
 * against the ids the site already uses.
 */
import type { Knowledge } from './knowledge.ts';
import { slugify } from './text.ts';
import type { Format } from './types.ts';

/** `2023-08-05-jeddah`, `2022-04-01-video`; `-2`, `-3`… when taken. */
export function newRoundId(facts: { date: string; format: Format; city: string | null }, knowledge: Knowledge, taken: Set<string> = new Set()): string {
  const place = facts.format === 'video' ? 'video' : slugify(facts.city ?? '', 4) || 'unknown-place';
  const base = `${facts.date}-${place}`;
  let id = base;
  for (let n = 2; knowledge.ids.rounds.has(id) || taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
