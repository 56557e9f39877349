/**
 * Builds the Pagefind search index (https://pagefind.app) from the finished
 * pages, into <outDir>/pagefind/, with Pagefind's Node API. Pages mark what
 * is searchable with `data-pagefind-body` (entity pages only: rounds, people,
 * venues, outcomes, sources); the index stores paths relative to the output,
 * and the browser side adds the `base` it was loaded from, so any base works.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Pagefind's ready-made interfaces (~430 KB): the search page has its own small script, so they are not shipped. */
const UNUSED = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js'];

/** Indexes the built site in `dir` into `dir/pagefind/`. */
export async function indexSite(dir: string, logger: { info: (message: string) => void }): Promise<void> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  try {
    if (!index) throw new Error(`Pagefind did not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length) throw new Error(`Pagefind could not index ${dir}: ${added.errors.join('; ')}`);
    const outputPath = path.join(dir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    await Promise.all(UNUSED.map((file) => fs.rm(path.join(outputPath, file), { force: true })));
    logger.info(`Indexed ${added.page_count} pages for search in ${Math.round(performance.now() - started)} ms.`);
  } finally {
    await pagefind.close();
  }
}

/**
 * Indexes at the end of `astro build`, unless `npm run build` (src/build/cli.ts)
 * said it will index after Astro has exited (PAGEFIND_AFTER_BUILD=1), so Astro's
 * and Pagefind's memory are never held at once.
 */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'negotiations-timeline:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.PAGEFIND_AFTER_BUILD === '1') return;
        await indexSite(fileURLToPath(dir), logger);
      },
    },
  };
}
