/**
 * Builds the Pagefind search index (https://pagefind.app) from the finished
 * pages, into <outDir>/pagefind/, with Pagefind's Node API. Pages mark what
 * is searchable with `data-pagefind-body` (entity pages only: rounds, people,
 * venues, outcomes, sources); the index stores paths relative to the output,
 * and the browser side adds the `base` it was loaded from, so any base works.
 *
 * Pagefind holds about 150 KB a page in memory until it writes its index (2.3 GB
 * at 10,000 articles), and has no low-memory mode. So a large site is indexed in
 * bundles of at most BUNDLE_PAGES pages, two at a time (Pagefind parses an index
 * on one core), each pair in a fresh Pagefind process so its memory is returned:
 * the first bundle in pagefind/, the others in pagefind/bundle-<n>/, listed in
 * pagefind/bundles.json for the search page to merge (`mergeIndex`).
 * Merged results are ranked by each bundle's own scores, so pages go to bundles
 * by a hash of their path: every bundle is a fair sample of the whole site, with
 * the same mix of page kinds and so the same word statistics, and a score in one
 * bundle means what it means in another.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Pages in one bundle at most: ~500 MB of Pagefind's memory. `PAGEFIND_BUNDLE_PAGES` sets it. */
export const BUNDLE_PAGES = 3500;
/** Bundles indexed at once, one core each. */
const AT_ONCE = Math.min(2, os.availableParallelism());
/** What the search page reads to find the other bundles, in pagefind/. */
export const BUNDLES_FILE = 'bundles.json';
/** Pagefind's ready-made interfaces (~430 KB): the search page has its own small script, so they are not shipped. */
const UNUSED = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js'];
/** A merged bundle is loaded by the first bundle's script: its own copy is not needed. */
const UNUSED_IN_MERGED = ['pagefind.js', 'pagefind-worker.js'];

/**
 * How many bundles a site of `pages` pages is indexed in.
 * @example bundleCount(13665, 3500) // => 4
 */
export function bundleCount(pages: number, perBundle = BUNDLE_PAGES): number {
  return Math.max(1, Math.ceil(pages / perBundle));
}

/**
 * The bundle (0-based) a page goes to, from a hash of its path under the output
 * folder: stable while the number of bundles stays the same.
 * @example bundleOf('rounds/2022-03-10-antalya/index.html', 1) // => 0
 */
export function bundleOf(page: string, bundles: number): number {
  return createHash('sha1').update(page).digest().readUInt32BE(0) % bundles;
}

/** The folder of bundle `n` (0-based) under the output folder. */
export function bundleDir(n: number): string {
  return n === 0 ? 'pagefind/' : `pagefind/bundle-${n + 1}/`;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const all = (await fs.readdir(dir, { recursive: true })) as string[];
  return all.filter((f) => f.endsWith('.html')).map((f) => f.split(path.sep).join('/')).sort();
}

type Pagefind = typeof import('pagefind');

/** Indexes the pages under `dir` into `outputPath`, in the running Pagefind process. */
async function indexFolder(pagefind: Pagefind, dir: string, outputPath: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind did not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dir });
  if (added.errors.length) throw new Error(`Pagefind could not index ${dir}: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  return added.page_count;
}

/**
 * Links `pages` of `dir` into `staging` under the same paths (hard links: no bytes are
 * copied), so Pagefind can read one bundle as a folder. Pagefind's own `addDirectory`
 * reads and parses pages in parallel and in a fixed order, where sending them one by
 * one (`addHTMLFile`) took twice as long, or gave another index each time when sent
 * several at once; and a glob naming thousands of pages is matched slowly.
 */
async function stage(dir: string, pages: string[], staging: string): Promise<void> {
  await fs.rm(staging, { recursive: true, force: true });
  for (let i = 0; i < pages.length; i += 64) {
    await Promise.all(
      pages.slice(i, i + 64).map(async (page) => {
        const to = path.join(staging, page);
        await fs.mkdir(path.dirname(to), { recursive: true });
        await fs.link(path.join(dir, page), to).catch(() => fs.copyFile(path.join(dir, page), to));
      }),
    );
  }
}

export interface IndexReport {
  pages: number;
  bundles: number;
  seconds: number;
}

/** Indexes the built site in `dir` into `dir/pagefind/`, in bundles of at most `perBundle` pages. */
export async function indexSite(dir: string, logger: { info: (message: string) => void }, perBundle = Number(process.env.PAGEFIND_BUNDLE_PAGES) || BUNDLE_PAGES): Promise<IndexReport> {
  const started = performance.now();
  // Imported here, not with the config that every Astro command loads.
  const pagefind: Pagefind = await import('pagefind');
  const files = await htmlFiles(dir);
  const bundles = bundleCount(files.length, perBundle);
  await fs.rm(path.join(dir, 'pagefind'), { recursive: true, force: true });
  let pages = 0;
  for (let first = 0; first < bundles; first += AT_ONCE) {
    const wave = Array.from({ length: Math.min(AT_ONCE, bundles - first) }, (_, i) => first + i);
    try {
      const counts = await Promise.all(
        wave.map(async (n) => {
          const outputPath = path.join(dir, bundleDir(n));
          if (bundles === 1) return indexFolder(pagefind, dir, outputPath);
          const staging = path.join(dir, `.search-bundle-${n + 1}`);
          try {
            await stage(dir, files.filter((f) => bundleOf(f, bundles) === n), staging);
            return await indexFolder(pagefind, staging, outputPath);
          } finally {
            await fs.rm(staging, { recursive: true, force: true });
          }
        }),
      );
      pages += counts.reduce((a, b) => a + b, 0);
    } finally {
      // Stops the Pagefind process, so the memory of these bundles is returned before the next.
      await pagefind.close();
    }
    for (const n of wave) await Promise.all([...UNUSED, ...(n ? UNUSED_IN_MERGED : [])].map((file) => fs.rm(path.join(dir, bundleDir(n), file), { force: true })));
  }
  const merge = Array.from({ length: bundles - 1 }, (_, i) => bundleDir(i + 1).slice('pagefind/'.length));
  await fs.writeFile(path.join(dir, 'pagefind', BUNDLES_FILE), `${JSON.stringify({ merge })}\n`);
  const seconds = (performance.now() - started) / 1000;
  logger.info(`Indexed ${pages} pages for search in ${Math.round(seconds * 1000)} ms${bundles > 1 ? ` (${bundles} bundles)` : ''}.`);
  return { pages, bundles, seconds };
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
