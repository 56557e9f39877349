/**
 * A large site's search index is written in bundles (src/integrations/pagefind.ts):
 * each page in exactly one, the bundles alike in size and in their mix of pages,
 * listed for the search page to merge.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { bundleCount, bundleDir, bundleOf, indexSite } from '../../../src/integrations/pagefind.ts';

/** Page paths shaped like a built site of 10,000 articles: sources, rounds, people and indexes. */
const SITE = [
  ...Array.from({ length: 10_000 }, (_, i) => `sources/2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}-outlet-${i}-talks-resume/index.html`),
  ...Array.from({ length: 2_500 }, (_, i) => `rounds/20${22 + (i % 5)}-0${(i % 9) + 1}-1${i % 10}-city-${i}/index.html`),
  ...Array.from({ length: 200 }, (_, i) => `participants/person-${i}/index.html`),
  ...Array.from({ length: 965 }, (_, i) => `rounds/year/${2022 + (i % 5)}/${i}/index.html`),
];

describe('bundleCount', () => {
  test('keeps each bundle to at most the pages given', () => {
    expect([1, 3500, 3501, 13_665].map((n) => bundleCount(n, 3500))).toEqual([1, 1, 2, 4]);
    expect(bundleCount(0, 3500)).toBe(1);
  });
});

describe('bundleOf', () => {
  const bundles = bundleCount(SITE.length, 5000);
  const of = SITE.map((page) => bundleOf(page, bundles));

  test('gives every page one bundle, the same one every time', () => {
    expect(new Set(of)).toEqual(new Set([0, 1, 2]));
    expect(SITE.map((page) => bundleOf(page, bundles))).toEqual(of);
  });

  test('makes bundles within 3% of the same size', () => {
    const sizes = [0, 1, 2].map((n) => of.filter((b) => b === n).length);
    for (const size of sizes) expect(Math.abs(size - SITE.length / 3) / (SITE.length / 3)).toBeLessThan(0.03);
  });

  test('gives every bundle the same mix of page kinds, so scores from one bundle compare with another', () => {
    for (const kind of ['sources/', 'rounds/2', 'participants/', 'rounds/year/']) {
      const all = SITE.filter((p) => p.startsWith(kind)).length / SITE.length;
      for (const n of [0, 1, 2]) {
        const mine = SITE.filter((_, i) => of[i] === n);
        expect(Math.abs(mine.filter((p) => p.startsWith(kind)).length / mine.length - all), `${kind} in bundle ${n}`).toBeLessThan(0.02);
      }
    }
  });
});

describe('indexSite', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-bundles-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const names = Array.from({ length: 30 }, (_, i) => `person-${i}`);
  for (const name of names) {
    fs.mkdirSync(path.join(dir, 'participants', name), { recursive: true });
    fs.writeFileSync(path.join(dir, 'participants', name, 'index.html'), `<!doctype html><html lang="en"><head><title>${name}</title></head><body><main data-pagefind-body><h1>${name}</h1><p>Delegate number ${name.slice(7)} at the talks.</p></main></body></html>`);
  }
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html lang="en"><body><h1>Timeline</h1></body></html>');

  test('indexes every searchable page once, in the bundles it lists for the search page', async () => {
    const report = await indexSite(dir, { info: () => undefined }, 12);
    expect(report).toMatchObject({ bundles: 3 });
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'pagefind/bundles.json'), 'utf8'))).toEqual({ merge: ['bundle-2/', 'bundle-3/'] });
    // The fragments (one per indexed page) name each page's address.
    const urls = [0, 1, 2].flatMap((n) => {
      const fragments = path.join(dir, bundleDir(n), 'fragment');
      return fs.readdirSync(fragments).map((f) => JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(fragments, f))).toString('utf8').replace(/^pagefind_dcd/, '')).url as string);
    });
    expect(urls.sort()).toEqual(names.map((n) => `/participants/${n}/`).sort());
    // Only the first bundle carries Pagefind's script; the staging folder is gone.
    expect(fs.existsSync(path.join(dir, 'pagefind/pagefind.js'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'pagefind/bundle-2/pagefind.js'))).toBe(false);
    expect(fs.readdirSync(dir).sort()).toEqual(['index.html', 'pagefind', 'participants']);
  }, 60_000);

  test('writes one index and an empty list when the site fits in one bundle', async () => {
    expect(await indexSite(dir, { info: () => undefined }, 5000)).toMatchObject({ bundles: 1 });
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'pagefind/bundles.json'), 'utf8'))).toEqual({ merge: [] });
    expect(fs.existsSync(path.join(dir, 'pagefind/bundle-2'))).toBe(false);
  }, 60_000);
});
