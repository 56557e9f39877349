/**
 * See: the time axis, the outcome matrix and the venue map, drawn at build time,
 * link to the right pages and have text alternatives; link previews for rounds.
 */
import { expect, test } from '@playwright/test';

interface RoundRecord {
  id: string;
  url: string;
  title: string;
  date: string;
  endDate: string | null;
  status: string;
  outcomes: { topic: string; status: string; summary: string }[];
}
interface VenueRecord {
  id: string;
  url: string;
  name: string;
  coordinates: { lat: number; lon: number } | null;
}
const pathOf = (url: string) => new URL(url).pathname;
const STATUS: Record<string, string> = { agreed: 'Agreed', 'not-agreed': 'Not agreed', proposed: 'Proposed', discussed: 'Discussed' };

test('the home page axis has one numbered link per round, each named with its title and date, and no script', async ({ page, request }) => {
  const rounds: RoundRecord[] = await (await request.get('/data/rounds.json')).json();
  await page.goto('/');
  const axis = page.locator('figure.axis');
  const marks = axis.locator('svg a');
  expect(await marks.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(rounds.map((r) => pathOf(r.url)));
  for (const [i, r] of rounds.entries()) {
    const name = await marks.nth(i).getAttribute('aria-label');
    expect(name).toContain(r.title);
    expect(await marks.nth(i).locator('title').textContent()).toBe(name);
    // Each mark shows its number, and the round's card below carries the same one.
    await expect(marks.nth(i).locator('text')).toHaveText(String(i + 1));
    await expect(page.locator('article.round', { has: page.locator(`.title a[href="${pathOf(r.url)}"]`) }).locator('.num')).toHaveText(String(i + 1));
  }
  // Each gap of 90 days or more between rounds is a break that says how long it was.
  const gaps = rounds.slice(1).filter((r, i) => (Date.parse(r.date) - Date.parse(rounds[i]!.endDate ?? rounds[i]!.date)) / 86_400_000 >= 90);
  await expect(axis.locator('.axis-break')).toHaveCount(gaps.length);
  for (const [i, r] of gaps.entries()) {
    const words = await axis.locator('.axis-break').nth(i).textContent();
    expect(words).toMatch(/^\d+ (years?|months?)( \d+ months?)? without a round$/);
    // The break sits before the panel whose first mark is the round that ends the gap.
    await expect(axis.locator('.axis-items > li').filter({ has: page.locator('.axis-break') }).nth(i).locator('svg a').first()).toHaveAttribute('href', pathOf(r.url));
  }
  await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
  // A mark is a real link.
  await marks.nth(3).click();
  await expect(page).toHaveURL(new RegExp(`${pathOf(rounds[3]!.url)}$`));
});

test('the outcome matrix shows every outcome of /data/rounds.json in words, linked to its evidence', async ({ page, request }) => {
  const rounds: RoundRecord[] = await (await request.get('/data/rounds.json')).json();
  await page.goto('/outcomes/');
  await page.getByRole('link', { name: 'outcome matrix' }).click();
  await expect(page).toHaveURL(/\/outcomes\/matrix\/$/);
  const table = page.getByRole('table');
  const cells = table.locator('td a');
  const found = await cells.evaluateAll((links) => links.map((a) => `${a.getAttribute('href')} ${a.textContent!.replace(/\s+/g, ' ').trim()}`));
  const expected = rounds.flatMap((r) => r.outcomes.map((o) => `${pathOf(r.url)}#outcome-${o.topic} ${{ agreed: '✓', 'not-agreed': '✗', proposed: '→', discussed: '…' }[o.status]} ${STATUS[o.status]}`));
  expect(found.sort()).toEqual(expected.sort());
  // Rows are rounds, headed by the round's title; columns are topics.
  await expect(table.locator('tbody th[scope="row"]')).toHaveCount(rounds.length);
  // A cell leads to the outcome on the round's page.
  const withOutcome = rounds.find((r) => r.outcomes.length)!;
  const o = withOutcome.outcomes[0]!;
  await cells.and(page.locator(`[href="${pathOf(withOutcome.url)}#outcome-${o.topic}"]`)).first().click();
  await expect(page.locator(`#outcome-${o.topic}`)).toContainText(o.summary);
});

test('the outcome matrix by year holds the rounds of that year', async ({ page, request }) => {
  const rounds: RoundRecord[] = await (await request.get('/data/rounds.json')).json();
  const year = rounds[0]!.url.match(/rounds\/(\d{4})/)![1]!;
  await page.goto(`/outcomes/matrix/${year}/`);
  const rows = await page.locator('tbody th[scope="row"] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(rows).toEqual(rounds.filter((r) => r.url.includes(`/rounds/${year}-`)).map((r) => pathOf(r.url)));
});

test('the venue map marks every venue with coordinates, each reachable from a named mark, and names the others under it', async ({ page, request }) => {
  const venues: VenueRecord[] = await (await request.get('/data/venues.json')).json();
  await page.goto('/venues/');
  const svg = page.locator('figure.map svg');
  await expect(svg).toHaveAccessibleName('Map of the venues');
  const marks = svg.locator('a');
  // A mark leads to its venue's page, or, where venues share a city and so a mark, to that city in the list.
  const reached = new Set<string>();
  for (const href of await marks.evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
    if (!href.startsWith('#')) reached.add(href);
    else for (const a of await page.locator(`${href} a`).evaluateAll((links) => links.map((l) => l.getAttribute('href')!))) reached.add(a);
  }
  const placed = venues.filter((v) => v.coordinates);
  expect([...reached].sort()).toEqual(placed.map((v) => pathOf(v.url)).sort());
  for (let i = 0; i < (await marks.count()); i++) await expect(marks.nth(i).locator('title')).toHaveText(/rounds?$/);
  // A venue without coordinates is named under the map, not silently left off.
  for (const v of venues.filter((v) => !v.coordinates)) await expect(page.locator('figure.map figcaption').getByRole('link', { name: new RegExp(`^${v.name}`) })).toBeVisible();
  // Drawn at build time from Natural Earth: a few kilobytes, nothing fetched.
  const bytes = await svg.evaluate((s) => s.outerHTML.length);
  expect(bytes).toBeLessThan(20_000);
});

test('a round page offers a link preview: Open Graph and Twitter card tags and a 1200×630 PNG', async ({ page, request }) => {
  const rounds: RoundRecord[] = await (await request.get('/data/rounds.json')).json();
  for (const r of rounds) {
    await page.goto(pathOf(r.url));
    const meta = (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');
    expect(await meta('og:title')).toBe(r.title);
    expect(await meta('og:description')).toBeTruthy();
    expect(await meta('og:url')).toBe(r.url);
    expect(await meta('twitter:card')).toBe('summary_large_image');
    const image = (await meta('og:image'))!;
    expect(image).toBe(new URL(`/og/rounds/${r.id}.png`, r.url).href);
    const png = await (await request.get(pathOf(image))).body();
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  }
});
