/**
 * The collections, from the same folder the site reads (`CONTENT_DIR`): `articles`
 * always; the others only feed the pages of the same-pages mode (PLAIN_PAGES).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import path from 'node:path';

const root = path.resolve(process.env.CONTENT_DIR?.trim() || '../../../content');
const named = z.object({ title: z.string().optional(), name: z.string().optional() });
const folder = (name: string) => glob({ base: path.join(root, name), pattern: '*.md' });

export const collections = {
  articles: defineCollection({ loader: folder('articles'), schema: z.object({ title: z.string() }) }),
  ...(process.env.PLAIN_PAGES ? Object.fromEntries(['rounds', 'participants', 'venues', 'outcomes'].map((name) => [name, defineCollection({ loader: folder(name), schema: named })])) : {}),
};
