/**
 * Small content for model tests, passed through the real schemas so the data
 * has exactly the shape the site gets from Astro.
 */
import { plainReference } from '../../src/schemas/common.ts';
import { schemas } from '../../src/schemas/index.ts';
import type { CollectionName, Content, Entry } from '../../src/lib/types.ts';

const parsers = schemas(plainReference);

/** One entry of `collection`, validated; throws with zod's issues if the input is wrong. */
export function entry<C extends CollectionName>(collection: C, id: string, data: Record<string, unknown>): Entry<any> {
  return { id, data: parsers[collection].parse(data), filePath: `content/${collection}/${id}.md` };
}

export const article = (id: string, published: string, extra: Record<string, unknown> = {}) =>
  entry('articles', id, { title: `Article ${id}`, publisher: `Pub ${id}`, published, review: 'reviewed', ...extra });

export const person = (id: string, extra: Record<string, unknown> = {}) =>
  entry('participants', id, { name: id.split('-').map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' '), review: 'reviewed', ...extra });

export const venue = (id: string, city: string) => entry('venues', id, { name: `Venue ${id}`, city, country: 'Turkey', review: 'reviewed' });

export const topic = (id: string) => entry('outcomes', id, { title: id[0]!.toUpperCase() + id.slice(1), description: `About ${id}.`, review: 'reviewed' });

export const round = (id: string, date: string, extra: Record<string, unknown> = {}) =>
  entry('rounds', id, {
    title: `Round ${id}`,
    date,
    status: 'held',
    format: 'in-person',
    level: 'delegations',
    review: 'reviewed',
    ...extra,
  });

/** A content set with defaults for the collections not given. */
export function content(parts: Partial<Content>): Content {
  return { articles: [], rounds: [], participants: [], venues: [], outcomes: [], ...parts };
}
