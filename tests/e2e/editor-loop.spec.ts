/**
 * The editor's loop, end to end: take a copy of the content, ingest an article
 * about a round the site does not have, build the site from that folder, and
 * check in Chromium that the new round sits on the timeline between the right
 * neighbours, that its page loads, and that it carries the "Derived, not yet
 * reviewed" mark. Takes about a minute (one Astro build).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { readContent } from '../../src/lib/content-files.ts';
import { buildSite, copyContent, serve } from './support/build.ts';

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
