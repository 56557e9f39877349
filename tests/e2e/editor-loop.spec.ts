/**
 * The editor's loop, end to end: take a copy of the content, ingest an article
 * about a round the site does not have, build the site from that folder, and
 * check in Chromium that the new round sits on the timeline between the right
 * neighbours, that its page loads, and that it carries the "Derived, not yet
 * reviewed" mark. Then the usual case, on a real news page as an editor saves it:
 * a second report of a round the record has joins that round's sources.
 * Each takes about a minute (one Astro build).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { readContent } from '../../src/lib/content-files.ts';
import { buildSite, copyContent, serve } from './support/build.ts';
import { CORPUS_ARTICLES, savedCorpusPage, withoutArticle } from './support/corpus.ts';

// Written for this test: wire copy about a round in a city the record has no round in.
const ARTICLE = path.resolve('tests/fixtures/editor-loop/article.txt');
const NEW_ROUND = '2025-10-16-vienna';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test('an ingested article about a new round appears on the timeline, on its own page, marked as derived', async ({ page }) => {
  const contentDir = copyContent();
  const before = readContent(contentDir).content.rounds.map((r) => ({ id: r.id, date: r.data.date })).sort((a, b) => a.date.localeCompare(b.date));
  expect(before.map((r) => r.id)).not.toContain(NEW_ROUND);

  // 1. The editor ingests the saved article into the copy.
  const ingest = spawnSync(path.resolve('node_modules/.bin/node'), ['src/ingest/cli.ts', '--published', '2025-10-16', ARTICLE], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir },
  });
  expect(ingest.stderr).toBe('');
  expect(ingest.status, ingest.stdout).toBe(0);
  expect(fs.existsSync(path.join(contentDir, 'rounds', `${NEW_ROUND}.md`))).toBe(true);

  // 2. The site is built from that folder and served.
  const dist = buildSite(contentDir);
  const site = await serve(dist);
  try {
    // 3. The new round is on the timeline between the rounds just before and after its day.
    const previous = before.filter((r) => r.date < '2025-10-16').at(-1);
    const next = before.find((r) => r.date > '2025-10-16');
    await page.goto(`${site.origin}/`);
    const order = await page.locator('article.round h2 a, article.round h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.replace(/\/$/, '').split('/').pop()));
    const at = order.indexOf(NEW_ROUND);
    expect(at, `rounds on the page: ${order.join(', ')}`).toBeGreaterThanOrEqual(0);
    if (previous) expect(order[at - 1]).toBe(previous.id);
    if (next) expect(order[at + 1]).toBe(next.id);
    await expect(page.locator('article.round', { has: page.locator(`a[href$="/rounds/${NEW_ROUND}/"]`) }).getByText('Derived, not yet reviewed')).toBeVisible();

    // 4. Its page loads and says it is derived.
    const response = await page.goto(`${site.origin}/rounds/${NEW_ROUND}/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toContainText('Vienna');
    // The people the article seats, on their sides, each fact with its source.
    await expect(page.locator('.parties').getByRole('region', { name: 'Ukraine' })).toContainText('Rustem Umerov');
    await expect(page.locator('.parties').getByRole('region', { name: 'Russia' })).toContainText('Vladimir Medinsky');
    await expect(page.locator('main')).toContainText('Prisoner exchange');
    await expect(page.getByText('Derived, not yet reviewed').first()).toBeVisible();
  } finally {
    await site.close();
  }
});

// A real page of the labelled corpus beside the project (a dev page: RT on the Antalya talks),
// taken out of the copy of the record first, as if it had never been ingested.
const REAL_PAGE = 'b06-rt-antalya-2022-03-10-result.txt';
const REAL_PAGE_ARTICLE = '2022-03-10-rt-no-ceasefire-at-antalya-talks';
const KNOWN_ROUND = '2022-03-10-antalya';

test('a real news page about a recorded round joins that round\'s sources, marked as derived', async ({ page }) => {
  expect(fs.existsSync(path.join(CORPUS_ARTICLES, REAL_PAGE)), `the labelled corpus belongs beside the project, at ${CORPUS_ARTICLES}`).toBe(true);
  const contentDir = copyContent();
  withoutArticle(contentDir, REAL_PAGE_ARTICLE);
  const saved = savedCorpusPage(REAL_PAGE, path.dirname(contentDir));
  const before = new Set(fs.readdirSync(path.join(contentDir, 'articles')));

  // 1. The editor ingests the page as saved, with its address, from a folder path with a space in it.
  const ingest = spawnSync(path.resolve('node_modules/.bin/node'), ['src/ingest/cli.ts', '--url', saved.url, saved.file], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir },
  });
  expect(ingest.status, `${ingest.stdout}${ingest.stderr}`).toBe(0);
  expect(ingest.stdout).toContain(`(round ${KNOWN_ROUND} (recorded);`);
  const added = fs.readdirSync(path.join(contentDir, 'articles')).filter((f) => !before.has(f));
  expect(added).toHaveLength(1);
  // Only the article: the recorded round and its people are not touched.
  expect(fs.readdirSync(path.join(contentDir, 'rounds')).sort()).toEqual(fs.readdirSync('content/rounds').sort());
  const articleId = added[0]!.replace(/\.md$/, '');
  const article = readContent(contentDir).content.articles.find((a) => a.id === articleId)!;
  expect(article.data).toMatchObject({ url: saved.url, published: '2022-03-10', review: 'derived', rounds: [{ id: KNOWN_ROUND }] });

  // 2. Built and served, the round's page lists it among its sources, with the derived mark.
  const dist = buildSite(contentDir);
  const site = await serve(dist);
  try {
    const response = await page.goto(`${site.origin}/rounds/${KNOWN_ROUND}/`);
    expect(response?.status()).toBe(200);
    const entry = page.locator('#sources li', { has: page.locator(`a[href$="/sources/${articleId}/"]`) });
    await expect(entry).toHaveCount(1);
    await expect(entry.getByText('Derived, not yet reviewed')).toBeVisible();
    // Its own page loads, and leads back to the round.
    await entry.locator(`a[href$="/sources/${articleId}/"]`).first().click();
    await expect(page).toHaveURL(new RegExp(`/sources/${articleId}/$`));
    await expect(page.locator(`main a[href$="/rounds/${KNOWN_ROUND}/"]`).first()).toBeVisible();
  } finally {
    await site.close();
  }
});
