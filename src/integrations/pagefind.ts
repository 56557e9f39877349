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

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'negotiations-timeline:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        try {
          if (!index) throw new Error(`Pagefind did not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
          const outputPath = path.join(site, 'pagefind');
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          await Promise.all(UNUSED.map((file) => fs.rm(path.join(outputPath, file), { force: true })));
          logger.info(`Indexed ${added.page_count} pages for search in ${Math.round(performance.now() - started)} ms.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
