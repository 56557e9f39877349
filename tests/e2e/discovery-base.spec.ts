/**
 * The site under a sub-path: a build with BASE_PATH=/talks/ (and a public SITE)
 * has no broken internal link, its feeds, sitemap, previews and structured data
 * point under the sub-path, and search finds pages there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import { buildSite, serve } from './support/build.ts';
import { builtPages, fileFor } from './support/dist.ts';

const BASE = '/talks/';
const SITE = 'https://talks.example.org';

test.describe.configure({ mode: 'serial' });

test.describe(`a build under ${BASE}`, () => {
  let dist = '';

  test.beforeAll(() => {
    test.setTimeout(240_000);
    dist = buildSite(path.resolve('content'), { base: BASE, env: { SITE } });
  });

  test('has no broken internal link, script, stylesheet, image or fragment on any page', () => {
    const pages = builtPages(dist, BASE);
    expect(pages.length).toBeGreaterThan(40);
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      if (!ids.has(file)) ids.set(file, new Set([...parseHTML(fs.readFileSync(file, 'utf8')).document.querySelectorAll('[id]')].map((e) => e.id)));
      return ids.get(file)!;
    };
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages) {
      const refs = [
        ...[...page.document.querySelectorAll('a[href], link[href], use[href]')].map((e) => e.getAttribute('href')!),
        ...[...page.document.querySelectorAll('img[src], script[src]')].map((e) => e.getAttribute('src')!),
        ...[...page.document.querySelectorAll('meta[property="og:image"], meta[property="og:url"]')].map((e) => e.getAttribute('content')!),
      ];
      for (const raw of refs) {
        const url = new URL(raw, `${SITE}${page.url}`);
        if (url.origin !== SITE) continue;
        checked++;
        const target = url.pathname === page.url && raw.startsWith('#') ? path.join(dist, page.file) : fileFor(url.pathname, dist, BASE);
        if (!target) broken.push(`${page.url} → ${raw}`);
        else if (url.hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${page.url} → ${raw} (no ${url.hash})`);
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(broken).toEqual([]);
  });

  test('points feeds, sitemap, robots.txt, previews and JSON-LD under the sub-path', () => {
    const read = (file: string) => fs.readFileSync(path.join(dist, file), 'utf8');
    const xml = new XMLParser();
    const under = (url: string) => url.startsWith(`${SITE}${BASE}`);
    const feed = xml.parse(read('feeds/rounds.xml')).rss.channel;
    expect(under(feed.link)).toBe(true);
    for (const item of [feed.item].flat()) expect(under(item.link), item.link).toBe(true);
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE}${BASE}sitemap-index.xml`);
    const sitemap = xml.parse(read('sitemap-0.xml')).urlset.url as { loc: string }[];
    expect(sitemap.every((u) => under(u.loc))).toBe(true);
    const rounds = JSON.parse(read('data/rounds.json')) as { url: string }[];
    expect(rounds.every((r) => under(r.url))).toBe(true);
    expect(read('data/rounds.ics')).toContain(`URL;VALUE=URI:${SITE}${BASE}rounds/`);
    const round = builtPages(dist, BASE).find((p) => p.url === `${BASE}rounds/2022-03-10-antalya/`)!;
    expect(round.document.querySelector('meta[property="og:image"]')!.getAttribute('content')).toBe(`${SITE}${BASE}og/rounds/2022-03-10-antalya.png`);
    const event = [...round.document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent!)).find((d) => d['@type'] === 'Event');
    expect(event.url).toBe(`${SITE}${BASE}rounds/2022-03-10-antalya/`);
  });

  test('search finds pages under the sub-path', async ({ page }) => {
    const server = await serve(dist, BASE);
    try {
      await page.goto(`${server.origin}${BASE}search/`);
      await page.getByRole('searchbox').fill('Kuleba');
      await expect(page.locator('#search-status')).toContainText('“Kuleba”', { timeout: 15_000 });
      await expect(page.locator('#search-results > li > a').first()).toHaveAttribute('href', `${BASE}participants/dmytro-kuleba/`);
    } finally {
      await server.close();
    }
  });
});
