/**
 * Page weight, guarded: every content page runs no JavaScript and fits its HTML
 * and CSS in the first round trip (14 KB gzipped), and the home page keeps to
 * that as the record grows. Reads the built files; needs no browser.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { corpusFiles, writeCorpus } from '../bench/generate.ts';
import { HOME_ROUND_LIMIT } from '../../src/lib/home.ts';
import { FIRST_TRIP_BYTES, firstTripBytes, gzipSize, stylesheetsOf } from '../bench/lib/pages.ts';
import { buildSite, tempDir } from './support/build.ts';
import { builtPages, DIST, executableScripts } from './support/dist.ts';

/** The search page is a tool that needs its script; everything else is a document. */
const isContentPage = (url: string) => !/\/search\/$/.test(url);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

test.describe('page weight of the seed site', () => {
  const pages = builtPages().filter((p) => isContentPage(p.url));

  test('the build has pages to weigh', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  test('no content page has a script that runs; JSON-LD data blocks are allowed', () => {
    const offenders = pages.flatMap((p) => executableScripts(p.document).map((s) => `${p.url}: ${s.outerHTML.slice(0, 120)}`));
    expect(offenders).toEqual([]);
  });

  test('no content page refers to a .js file', () => {
    const offenders = pages.flatMap((p) => {
      const refs = [...p.document.querySelectorAll('[src], [href]')].map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '');
      return refs.filter((ref) => /\.m?js(?:[?#]|$)/i.test(ref)).map((ref) => `${p.url}: ${ref}`);
    });
    expect(offenders).toEqual([]);
  });

  test('every content page has its HTML and CSS within 14 KB gzipped', () => {
    const heavy = pages
      .map((p) => ({ url: p.url, bytes: firstTripBytes(path.join(DIST, p.file), DIST) }))
      .filter((p) => p.bytes > FIRST_TRIP_BYTES)
      .map((p) => `${p.url}: ${kb(p.bytes)}`);
    expect(heavy).toEqual([]);
  });

  test('CSS comes in one cached file, never inline, with system fonts only', () => {
    const sheets = new Set(pages.flatMap((p) => stylesheetsOf(p.html, DIST)));
    expect(sheets.size).toBe(1);
    expect(pages.filter((p) => /<style[\s>]/i.test(p.html)).map((p) => p.url)).toEqual([]);
    for (const sheet of sheets) {
      const css = fs.readFileSync(sheet, 'utf8');
      expect(css).not.toMatch(/@font-face|\.woff2?\b/);
      expect(gzipSize(css)).toBeLessThan(FIRST_TRIP_BYTES / 2);
    }
  });
});

test.describe('page weight as the record grows', () => {
  // A full build of a generated corpus takes a while on two cores.
  test.setTimeout(240_000);

  test(`the home page with the most rounds it shows in full (${HOME_ROUND_LIMIT}) stays within 14 KB gzipped`, () => {
    // The most articles whose generated corpus has no more rounds than the home page shows card by card.
    const rounds = (articles: number) => [...corpusFiles({ articles })].filter((f) => f.path.startsWith('rounds/')).length;
    let articles = 5 * HOME_ROUND_LIMIT;
    while (rounds(articles) > HOME_ROUND_LIMIT) articles--;
    const content = path.join(tempDir('weight-limit'), 'content');
    writeCorpus(content, { articles });
    const dist = buildSite(content);
    try {
      const home = builtPages(dist).find((p) => p.url === '/')!;
      expect(home.document.querySelectorAll('article.round')).toHaveLength(rounds(articles));
      expect(rounds(articles)).toBeGreaterThan(HOME_ROUND_LIMIT - 5);
      const bytes = firstTripBytes(path.join(dist, 'index.html'), dist);
      expect(bytes, `home page is ${kb(bytes)}`).toBeLessThanOrEqual(FIRST_TRIP_BYTES);
    } finally {
      fs.rmSync(path.dirname(content), { recursive: true, force: true });
      fs.rmSync(path.dirname(dist), { recursive: true, force: true });
    }
  });

  test('the home page of a generated 1,000-article corpus stays within 14 KB gzipped, and entity pages list at most 50 rounds each', () => {
    const content = path.join(tempDir('weight-corpus'), 'content');
    writeCorpus(content, { articles: 1000 });
    const dist = buildSite(content);
    try {
      const home = firstTripBytes(path.join(dist, 'index.html'), dist);
      expect(home, `home page is ${kb(home)}`).toBeLessThanOrEqual(FIRST_TRIP_BYTES);

      // An outcome, a delegation or a venue taken up in hundreds of rounds is split into pages of 50,
      // and its pages together list each of its rounds once: no page grows with the record.
      const rounds = JSON.parse(fs.readFileSync(path.join(dist, 'data/rounds.json'), 'utf8')) as { url: string; venue: { id: string } | null; participants: { id: string }[]; outcomes: { topic: string }[] }[];
      const pages = builtPages(dist);
      const listed = (prefix: string, rows: string) =>
        pages.filter((p) => p.url === prefix || new RegExp(`^${prefix}\\d+/$`).test(p.url)).map((p) => [...p.document.querySelectorAll(rows)].map((a) => a.getAttribute('href')!));
      const expected = (test: (r: (typeof rounds)[number]) => boolean) => rounds.filter(test).map((r) => new URL(r.url).pathname).sort();
      const busiest = <T,>(ids: T[]) => [...new Set(ids)].map((id) => [id, ids.filter((x) => x === id).length] as const).sort((a, b) => b[1] - a[1])[0]![0];
      const topic = busiest(rounds.flatMap((r) => [...new Set(r.outcomes.map((o) => o.topic))]));
      const person = busiest(rounds.flatMap((r) => r.participants.map((p) => p.id)));
      const venue = busiest(rounds.flatMap((r) => (r.venue ? [r.venue.id] : [])));
      for (const [prefix, rows, want] of [
        [`/outcomes/${topic}/`, 'ol.history > li h3 a', expected((r) => r.outcomes.some((o) => o.topic === topic))],
        [`/participants/${person}/`, '#rounds-attended ~ table tbody td:nth-child(2) a', expected((r) => r.participants.some((p) => p.id === person))],
        [`/venues/${venue}/`, 'ol.rounds > li .title a', expected((r) => r.venue?.id === venue)],
      ] as const) {
        const perPage = listed(prefix, rows);
        // (The generator spreads rounds over 30 venues, so at this size only topics and delegations need pages.)
        if (!prefix.startsWith('/venues/')) expect(want.length, `${prefix} has enough rounds to need pages`).toBeGreaterThan(50);
        expect(Math.max(...perPage.map((l) => l.length)), prefix).toBeLessThanOrEqual(50);
        expect(perPage.flat().sort(), prefix).toEqual(want);
      }
    } finally {
      fs.rmSync(path.dirname(content), { recursive: true, force: true });
      fs.rmSync(path.dirname(dist), { recursive: true, force: true });
    }
  });
});
