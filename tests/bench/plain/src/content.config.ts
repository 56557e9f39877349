/** One collection, `articles`, from the same folder the site reads (`CONTENT_DIR`). */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import path from 'node:path';

const root = path.resolve(process.env.CONTENT_DIR?.trim() || '../../../content');

export const collections = {
  articles: defineCollection({
    loader: glob({ base: path.join(root, 'articles'), pattern: '*.md' }),
    schema: z.object({ title: z.string() }),
  }),
};
