/**
 * Find: search with Pagefind in a real Chromium, under the site's strict CSP,
 * and the filter pages that need no script.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { expect, test } from '@playwright/test';
import { builtPages, DIST } from './support/dist.ts';
import { search, WANTED, watch } from './support/search.ts';

interface RoundRecord {
  id: string;
  url: string;
  venue: { city: string } | null;
  format: string;
  level: string;
  outcomes: { topic: string; status: string }[];
}

test.describe('search', () => {
  test('finds the page a reader means first, without a console error or CSP violation', async ({ page }) => {
    const trouble = await watch(page);
    await page.goto('/search/');
    for (const [query, url] of WANTED) {
      const results = await search(page, query);
      expect(results[0], `first result for “${query}”`).toBe(url);
    }
    expect(trouble).toEqual([]);
  });

  test('a city finds the rounds held there first, and every one of them, whatever their titles say', async ({ page, request }) => {
    const rounds: RoundRecord[] = await (await request.get('/data/rounds.json')).json();
    const held = rounds.filter((r) => r.venue?.city === 'Istanbul').map((r) => new URL(r.url, 'http://site').pathname);
    expect(held.length).toBeGreaterThanOrEqual(3);
    await page.goto('/search/');
    const results = await search(page, 'Istanbul');
    expect(held).toContain(results[0]);
    expect(held).toContain(results[1]);
    expect(held.filter((url) => !results.includes(url))).toEqual([]);
  });

  test('shows each result as a link with its kind and an excerpt with the hits marked', async ({ page }) => {
    await page.goto('/search/');
    await search(page, 'Dolmabahce');
    const first = page.locator('#search-results > li').first();
    await expect(first.locator('a')).toHaveText('Dolmabahçe Palace');
    await expect(first).toContainText('(Venue)');
    await expect(first.locator('mark').first()).toBeVisible();
  });

  test('runs a query given in the address, so a search can be linked to', async ({ page }) => {
    await page.goto('/search/?q=Kuleba');
    await expect(page.getByRole('searchbox')).toHaveValue('Kuleba');
    await expect(page.locator('#search-results > li > a').first()).toHaveAttribute('href', '/participants/dmytro-kuleba/');
  });

  test('the search page alone allows WebAssembly, and only that beyond the site-wide policy', async ({ request }) => {
    const csp = async (path: string) => /content-security-policy" content="([^"]*)"/.exec(await (await request.get(path)).text())?.[1] ?? '';
    expect(await csp('/search/')).toContain("'wasm-unsafe-eval'");
    expect(await csp('/search/')).not.toContain("'unsafe-inline'");
    expect(await csp('/rounds/2022-03-10-antalya/')).not.toContain('wasm-unsafe-eval');
  });
});

/** The text Pagefind indexed for each page, by address, read from its fragment files. */
function indexedText(): Map<string, string> {
  const dir = path.join(DIST, 'pagefind', 'fragment');
  const text = new Map<string, string>();
  for (const file of fs.readdirSync(dir)) {
    const raw = zlib.gunzipSync(fs.readFileSync(path.join(dir, file))).toString('utf8');
    const fragment = JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string };
    text.set(fragment.url, fragment.content);
  }
  return text;
}

test.describe('the search index', () => {
  const text = indexedText();
  const pages = builtPages().filter((p) => text.has(p.url));

  test('holds every page of an entity kind and no other', () => {
    const kinds = new Set([...text.keys()].map((url) => url.split('/')[1]));
    expect([...kinds].sort()).toEqual(['outcomes', 'participants', 'rounds', 'sources', 'venues']);
    expect(pages.length).toBe(text.size);
  });

  test("keeps a fact's label and its value apart, so both are words a search can match", () => {
    const glued = pages.flatMap((p) =>
      [...p.document.querySelectorAll('dl.facts dt')]
        .map((dt) => dt.textContent!.trim())
        .filter((label) => !new RegExp(`(^|\\s)${label}\\s`).test(text.get(p.url)!))
        .map((label) => `${p.url}: “${label}”`),
    );
    expect(glued).toEqual([]);
  });

  test('finds a person, venue or outcome by its own words, not by the rounds its page lists', () => {
    const echoes = pages
      .filter((p) => /^\/(participants|venues|outcomes)\//.test(p.url))
      .flatMap((p) => {
        const listed = [...p.document.querySelectorAll('main a[href^="/rounds/20"]')].map((a) => a.textContent!.trim());
        return listed.filter((title) => text.get(p.url)!.includes(title)).map((title) => `${p.url} indexes “${title}”`);
      });
    expect(echoes).toEqual([]);
    // The check has something to check: the seed pages do list rounds.
    expect(pages.some((p) => p.url.startsWith('/venues/') && p.document.querySelector('main a[href^="/rounds/20"]'))).toBe(true);
  });
});

test.describe('search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('hides the form that cannot work and offers the indexes', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.getByRole('searchbox')).toBeHidden();
    const indexes: [string, string][] = [['Rounds', '/rounds/'], ['People', '/participants/'], ['Venues', '/venues/'], ['Outcomes', '/outcomes/'], ['Sources', '/sources/']];
    for (const [name, href] of indexes) {
      await expect(page.getByRole('main').getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
    }
  });
});

test.describe('filters', () => {
  const FILTERS: { facet: string; value: string; test: (r: RoundRecord) => boolean }[] = [
    ...['leaders', 'ministers', 'delegations'].map((value) => ({ facet: 'level', value, test: (r: RoundRecord) => r.level === value })),
    ...['in-person', 'video'].map((value) => ({ facet: 'format', value, test: (r: RoundRecord) => r.format === value })),
    ...['agreed', 'not-agreed', 'proposed', 'discussed'].map((value) => ({ facet: 'outcome', value, test: (r: RoundRecord) => r.outcomes.some((o) => o.status === value) })),
  ];

  test('each filter page lists exactly the rounds of /data/rounds.json that match, in date order', async ({ page, request }) => {
    const rounds: RoundRecord[] = await (await request.get('/data/rounds.json')).json();
    for (const f of FILTERS) {
      const expected = rounds.filter(f.test).map((r) => new URL(r.url).pathname);
      const listed: string[] = [];
      let next: string | null = `/rounds/${f.facet}/${f.value}/`;
      while (next) {
        await page.goto(next);
        listed.push(...(await page.locator('ol.rounds article.round .title a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))));
        next = await page.locator('a[rel="next"]').getAttribute('href', { timeout: 100 }).catch(() => null);
      }
      expect(listed, `${f.facet}/${f.value}`).toEqual(expected);
      await expect(page.locator('h1')).toBeVisible();
    }
  });

  test('/rounds/ links every filter that has rounds, with its count, offers no empty one, and the pages need no script', async ({ page, request }) => {
    const rounds: RoundRecord[] = await (await request.get('/data/rounds.json')).json();
    await page.goto('/rounds/');
    const nav = page.getByRole('navigation', { name: 'Filter rounds' });
    for (const f of FILTERS) {
      const link = nav.locator(`a[href="/rounds/${f.facet}/${f.value}/"]`);
      const n = rounds.filter(f.test).length;
      await expect(link, `${f.facet}/${f.value}`).toHaveCount(n > 0 ? 1 : 0);
      if (n > 0) await expect(link.locator('xpath=..')).toContainText(`(${n})`);
    }
    await expect(nav).not.toContainText('(0)');
    await page.goto('/rounds/outcome/agreed/');
    await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
  });
});
