/**
 * Take it elsewhere: feeds, CSV, calendar, sitemap, robots.txt and schema.org
 * JSON-LD, each read with a real parser and checked against /data/*.json.
 */
import { expect, test } from '@playwright/test';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { builtPages } from './support/dist.ts';
import { pageTypes } from './support/page-types.ts';
import { placeName } from '../../src/lib/wording.ts';

interface RoundRecord {
  id: string;
  url: string;
  title: string;
  date: string;
  endDate: string | null;
  format: string;
  level: string;
  venue: { id: string; name: string; city: string; country: string } | null;
  participants: { id: string; name: string; side: string }[];
  outcomes: { topic: string; status: string }[];
  sources: { id: string }[];
  review: 'reviewed' | 'derived';
}
const xml = new XMLParser({ ignoreAttributes: false });
const asList = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

test('the rounds feed is valid RSS whose items are the rounds of /data/rounds.json, newest first', async ({ request }) => {
  const rounds: RoundRecord[] = await (await request.get('/data/rounds.json')).json();
  const res = await request.get('/feeds/rounds.xml');
  expect(res.headers()['content-type']).toContain('xml');
  const feed = xml.parse(await res.text());
  expect(feed.rss['@_version']).toBe('2.0');
  const items = asList(feed.rss.channel.item) as { title: string; link: string; pubDate: string; guid: unknown }[];
  expect(items.map((i) => [i.title, i.link])).toEqual([...rounds].reverse().map((r) => [r.title, r.url]));
  for (const [i, r] of [...rounds].reverse().entries()) expect(new Date(items[i]!.pubDate).toISOString().slice(0, 10)).toBe(r.date);
});

test('the sources feed lists every source of /data/sources.json, newest first', async ({ request }) => {
  const sources: { url: string; title: string; published: string }[] = await (await request.get('/data/sources.json')).json();
  const feed = xml.parse(await (await request.get('/feeds/sources.xml')).text());
  const items = asList(feed.rss.channel.item) as { title: string; link: string }[];
  const newest = [...sources].sort((a, b) => b.published.localeCompare(a.published) || b.url.localeCompare(a.url));
  expect(items.map((i) => i.link)).toEqual(newest.map((s) => s.url));
});

test('every page links both feeds in its head', async ({ page }) => {
  const pages = builtPages();
  for (const { url } of pageTypes()) {
    const html = pages.find((p) => p.url === url)!.document;
    const feeds = [...html.querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')].map((l) => l.getAttribute('href'));
    expect(feeds, url).toEqual(['/feeds/rounds.xml', '/feeds/sources.xml']);
  }
  await page.goto('/');
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveCount(2);
});

test('/data/rounds.csv parses with csv-parse to the rounds of /data/rounds.json', async ({ request }) => {
  const rounds: RoundRecord[] = await (await request.get('/data/rounds.json')).json();
  const res = await request.get('/data/rounds.csv');
  const text = await res.text();
  expect(text).toMatch(/^id,url,title,date,endDate,status,format,level,venueId,venueName,city,country,participants,outcomes,sources,review\r\n/);
  const rows = parseCsv(text, { columns: true }) as Record<string, string>[];
  expect(rows.map((r) => [r.id, r.url, r.title, r.date, r.endDate || null, r.format, r.level, r.venueId || null, r.sources, r.review])).toEqual(
    rounds.map((r) => [r.id, r.url, r.title, r.date, r.endDate, r.format, r.level, r.venue?.id ?? null, r.sources.map((s) => s.id).join('; '), r.review]),
  );
  expect(rows.map((r) => r.participants)).toEqual(rounds.map((r) => r.participants.map((p) => `${p.name} (${p.side})`).join('; ')));
});

test('/data/rounds.ics parses with ical.js: one all-day event per round with its place and page', async ({ request }) => {
  const rounds: RoundRecord[] = await (await request.get('/data/rounds.json')).json();
  const res = await request.get('/data/rounds.ics');
  const text = await res.text();
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  expect(events.map((e) => [e.uid, e.summary, e.startDate.toString(), e.startDate.isDate, e.endDate.toString(), e.component.getFirstPropertyValue('url')])).toEqual(
    rounds.map((r) => [`${r.id}@localhost:4321`, r.title, r.date, true, nextDay(r.endDate ?? r.date), r.url]),
  );
  // The place is named once: a venue called after its city does not repeat the city.
  expect(events.map((e) => e.location)).toEqual(rounds.map((r) => (r.venue ? placeName(r.venue) : r.format === 'video' ? 'Video call' : null)));
  expect(events.map((e) => e.component.getFirstPropertyValue('x-review'))).toEqual(rounds.map((r) => r.review));
});

test('robots.txt points to the sitemap, which lists every round page', async ({ request }) => {
  const rounds: RoundRecord[] = await (await request.get('/data/rounds.json')).json();
  const robots = await (await request.get('/robots.txt')).text();
  const sitemap = /^Sitemap: (.+)$/m.exec(robots)?.[1];
  expect(sitemap).toBe('http://localhost:4321/sitemap-index.xml');
  const index = xml.parse(await (await request.get(new URL(sitemap!).pathname)).text());
  const urls: string[] = [];
  for (const s of asList(index.sitemapindex.sitemap) as { loc: string }[]) {
    const map = xml.parse(await (await request.get(new URL(s.loc).pathname)).text());
    urls.push(...(asList(map.urlset.url) as { loc: string }[]).map((u) => u.loc));
  }
  expect(urls).toEqual(expect.arrayContaining(rounds.map((r) => r.url)));
  expect(urls).not.toContain('http://localhost:4321/search/');
});

test('every page carries valid JSON-LD that matches it: a BreadcrumbList for its trail, and an Event for a round', async ({ request }) => {
  const rounds: RoundRecord[] = await (await request.get('/data/rounds.json')).json();
  const kinds: Record<string, string> = { '/rounds/': 'Event', '/sources/': 'NewsArticle', '/participants/': 'Person|Organization', '/venues/': 'Place' };
  const pages = builtPages();
  for (const page of pages) {
    const blocks = [...page.document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent!));
    const crumbs = [...page.document.querySelectorAll('nav.crumbs li')].map((li) => li.textContent!.trim());
    const list = blocks.find((b) => b['@type'] === 'BreadcrumbList');
    if (crumbs.length) expect(list?.itemListElement.map((i: { name: string }) => i.name), page.url).toEqual(crumbs);
    const section = Object.keys(kinds).find((k) => page.url.startsWith(k) && page.url.split('/').length === 4 && page.url !== k);
    if (section) {
      expect(blocks.some((b) => new RegExp(`^(${kinds[section]})$`).test(b['@type'])), page.url).toBe(true);
    }
  }
  for (const r of rounds) {
    const page = pages.find((p) => p.url === new URL(r.url).pathname)!;
    const event = [...page.document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent!)).find((b) => b['@type'] === 'Event');
    expect(event).toMatchObject({ name: r.title, url: r.url, startDate: r.date, endDate: r.endDate ?? r.date });
    expect(event.eventAttendanceMode).toBe(`https://schema.org/${r.format === 'video' ? 'Online' : 'Offline'}EventAttendanceMode`);
    if (r.venue) expect(event.location).toMatchObject({ '@type': 'Place', name: r.venue.name, address: { addressLocality: r.venue.city, addressCountry: r.venue.country } });
    expect((event.attendee ?? []).map((a: { name: string }) => a.name)).toEqual(r.participants.map((p) => p.name));
    expect(page.document.querySelector('h1')!.textContent).toBe(event.name);
  }
});
