/**
 * Search over an index written in bundles, as a large site's is
 * (src/integrations/pagefind.ts), in Chromium.
 *
 * - The project's site indexed again in three bundles: the search page merges
 *   every bundle and finds what one index finds.
 * - Ranking: merged results are ordered by each bundle's own scores, which compare
 *   when every bundle is a fair sample of hundreds of pages or more (a large site's
 *   bundles hold thousands). A generated record of 1,000 articles (~1,600 pages) is
 *   indexed once whole and once in three bundles; for names whose best page one
 *   index ranks first, in each of the bundles, the merged search ranks it first too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { bundleOf, indexSite } from '../../src/integrations/pagefind.ts';
import { writeCorpus } from '../bench/generate.ts';
import { buildDir, buildSite, serve, tempDir } from './support/build.ts';
import { builtPages, DIST, type BuiltPage } from './support/dist.ts';
import { search, watch } from './support/search.ts';

const BUNDLES = 3;
const quiet = { info: () => undefined };

/** A copy of a built site with its search index written again in `BUNDLES` bundles; the bundle of each page's address. */
async function bundled(dist: string): Promise<{ dir: string; bundleOfUrl: Map<string, number>; pages: BuiltPage[] }> {
  const dir = path.join(buildDir('search-bundles'), 'dist');
  fs.cpSync(dist, dir, { recursive: true });
  const pages = builtPages(dir);
  const report = await indexSite(dir, quiet, Math.ceil(pages.length / BUNDLES));
  expect(report.bundles).toBe(BUNDLES);
  return { dir, pages, bundleOfUrl: new Map(pages.map((p) => [p.url, bundleOf(p.file, BUNDLES)])) };
}

test.describe('the search page over a bundled index', () => {
  test.describe.configure({ mode: 'serial' });
  let site: { origin: string; close: () => Promise<void> };
  let dir = '';

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    ({ dir } = await bundled(DIST));
    site = await serve(dir);
  });
  test.afterAll(async () => {
    await site?.close();
    fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  });

  test('loads and merges every bundle, without a console error or CSP violation', async ({ page }) => {
    const trouble = await watch(page);
    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await page.goto(`${site.origin}/search/`);
    await search(page, 'talks');
    expect(asked).toContain('/pagefind/bundles.json');
    for (const n of [2, 3]) expect(asked.some((p) => p.startsWith(`/pagefind/bundle-${n}/`)), `bundle ${n} loaded`).toBe(true);
    expect(trouble).toEqual([]);
  });

  test('finds as many pages for a word as one index does', async ({ page }) => {
    const found = async (origin: string, query: string) => {
      await page.goto(`${origin}/search/`);
      await search(page, query);
      return page.locator('#search-status').textContent();
    };
    for (const query of ['Istanbul', 'ceasefire', 'Kouleba']) {
      const one = await found('', query);
      expect(one).toMatch(/\d+ pages? found/);
      expect(await found(site.origin, query), query).toBe(one);
    }
  });
});

test.describe('ranking across bundles, on a record of 1,000 articles', () => {
  test.describe.configure({ mode: 'serial' });
  let whole: { origin: string; close: () => Promise<void> };
  let split: { origin: string; close: () => Promise<void> };
  let bundles: Awaited<ReturnType<typeof bundled>>;
  let built = '';

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    const content = path.join(tempDir('search-corpus'), 'content');
    writeCorpus(content, { articles: 1000 });
    // The pages alone: the index is written here, once whole and once in bundles.
    built = buildSite(content, { env: { PAGEFIND_AFTER_BUILD: '1', OG_IMAGES_BESIDE_BUILD: '1' } });
    fs.rmSync(path.dirname(content), { recursive: true, force: true });
    bundles = await bundled(built);
    await indexSite(built, quiet);
    [whole, split] = await Promise.all([serve(built), serve(bundles.dir)]);
  });
  test.afterAll(async () => {
    await Promise.all([whole?.close(), split?.close()]);
    for (const dir of [built, bundles?.dir]) if (dir) fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  });

  test('puts first the page one index puts first, for a best page in each bundle', async ({ page }) => {
    test.setTimeout(180_000);
    // People and places by name: three a bundle whose page one index ranks first.
    const named = bundles.pages.filter((p) => /^\/(participants|venues)\/[^/]+\/$/.test(p.url));
    const queries: [string, string][] = [];
    await page.goto(`${whole.origin}/search/`);
    for (let n = 0; n < BUNDLES; n++) {
      const candidates = named.filter((p) => bundles.bundleOfUrl.get(p.url) === n).slice(0, 12);
      let found = 0;
      for (const candidate of candidates) {
        const name = candidate.document.querySelector('h1')?.textContent?.trim() ?? '';
        if (name && (await search(page, name))[0] === candidate.url) {
          queries.push([name, candidate.url]);
          if (++found === 3) break;
        }
      }
    }
    expect(new Set(queries.map(([, url]) => bundles.bundleOfUrl.get(url))), 'bundles holding a best page').toEqual(new Set([0, 1, 2]));

    await page.goto(`${split.origin}/search/`);
    for (const [query, url] of queries) {
      const results = await search(page, query);
      expect(results[0], `first result for “${query}” (its page is in bundle ${bundles.bundleOfUrl.get(url)! + 1})`).toBe(url);
    }
  });
});
