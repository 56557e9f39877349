import { expect, test, type Page } from '@playwright/test';

interface RoundRecord {
  id: string;
  url: string;
  title: string;
  date: string;
  status: string;
  venue: { id: string; name: string; city: string } | null;
  participants: { id: string; name: string; side: string }[];
  outcomes: { topic: string; status: string }[];
  sources: { id: string }[];
}

/** Fails the test on any console error or uncaught exception on the page. */
function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

test('the timeline shows every round in date order with its date, venue and leaders', async ({ page, request }) => {
  const errors = watchConsole(page);
  const rounds: RoundRecord[] = await (await request.get('/data/rounds.json')).json();
  await page.goto('/');
  const cards = page.locator('article.round');
  await expect(cards).toHaveCount(rounds.length);
  const days = await cards.locator('.when time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!.slice(0, 10)));
  expect(days).toEqual([...days].sort());
  expect(days).toEqual(rounds.map((r) => r.date));
  const titles = await cards.locator('.title').allTextContents();
  expect(titles.map((t) => t.trim())).toEqual(rounds.map((r) => r.title));
  // Rounds as the record places them, each with its day, place and the people who led each side.
  const antalya = cards.filter({ hasText: 'Foreign ministers meet in Antalya' });
  await expect(antalya).toContainText('10 March 2022');
  await expect(antalya).toContainText('Antalya');
  await expect(antalya).toContainText('Dmytro Kuleba');
  await expect(antalya).toContainText('Sergey Lavrov');
  await expect(cards.filter({ hasText: 'Fifth round, at Dolmabahçe Palace in Istanbul' })).toContainText('29 March 2022');
  await expect(cards.filter({ hasText: 'Sixth round, by video link' })).toContainText('1 April 2022');
  // A round over two days shows both.
  await expect(cards.filter({ hasText: 'Fourth round, by video link' })).toContainText('14–15 March 2022');
  const may2025 = cards.filter({ hasText: 'First direct talks since 2022' });
  await expect(may2025).toContainText('16 May 2025');
  await expect(may2025).toContainText('Russia: Vladimir Medinsky');
  await expect(may2025).toContainText('Ukraine: Rustem Umerov');
  await expect(cards.filter({ hasText: 'Third three-way round, in Geneva' })).toContainText('17–18 February 2026');
  // The three-year gap is visible between 2022 and 2025.
  await expect(page.locator('.gap').first()).toContainText('3 years 1 month without a round');
  await expect(page.getByRole('heading', { level: 2, name: '2025' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a reader follows a round to a participant, a venue and an outcome, and comes back', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/');
  // exact: the time axis above the list also links the round, named with its title and date.
  await page.getByRole('link', { name: 'Foreign ministers meet in Antalya', exact: true }).click();
  await expect(page).toHaveURL(/\/rounds\/2022-03-10-antalya\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Foreign ministers meet in Antalya');
  await expect(page.locator('dl.facts time').first()).toHaveAttribute('datetime', '2022-03-10');

  // Who took part, side by side: Kuleba under Ukraine.
  await page.locator('.parties').getByRole('region', { name: 'Ukraine' }).getByRole('link', { name: 'Dmytro Kuleba' }).click();
  await expect(page).toHaveURL(/\/participants\/dmytro-kuleba\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dmytro Kuleba');
  await expect(page.locator('table')).toContainText('Foreign ministers meet in Antalya');
  await expect(page.locator('main')).toContainText('Kouleba');
  await page.goBack();

  await page.locator('dl.facts').getByRole('link', { name: 'Antalya Diplomacy Forum' }).click();
  await expect(page).toHaveURL(/\/venues\/antalya-diplomacy-forum\/$/);
  await expect(page.locator('main')).toContainText('Foreign ministers meet in Antalya');
  await page.goBack();

  await page.locator('ul.outcomes').getByRole('link', { name: 'Ceasefire' }).click();
  await expect(page).toHaveURL(/\/outcomes\/ceasefire\/$/);
  // Every round that spoke of a ceasefire, each with what came of it there.
  const ceasefire = (await (await page.request.get('/data/outcomes.json')).json()).find((o: { id: string }) => o.id === 'ceasefire');
  await expect(page.locator('ol.history > li')).toHaveCount(ceasefire.history.length);
  await expect(page.locator('ol.history > li').filter({ hasText: 'Foreign ministers meet in Antalya' })).toContainText('Not agreed');
  await page.goBack();
  await expect(page).toHaveURL(/\/rounds\/2022-03-10-antalya\/$/);

  await page.getByRole('link', { name: /^Next:/ }).click();
  await expect(page).toHaveURL(/\/rounds\/2022-03-14-video\/$/);
  await page.getByRole('link', { name: /^← Previous:/ }).click();
  await expect(page).toHaveURL(/\/rounds\/2022-03-10-antalya\/$/);
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Timeline' }).click();
  await expect(page).toHaveURL(/\/$/);
  expect(errors).toEqual([]);
});

test('every entry has a page that loads directly by its address, without console errors', async ({ page, request }) => {
  const errors = watchConsole(page);
  const files = ['rounds', 'participants', 'venues', 'outcomes', 'sources'];
  for (const file of files) {
    const entries: { id: string; url: string }[] = await (await request.get(`/data/${file}.json`)).json();
    expect(entries.length, file).toBeGreaterThan(0);
    for (const entry of entries) {
      const path = new URL(entry.url).pathname;
      expect(path).toBe(`/${file}/${entry.id}/`);
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
    }
    expect((await page.goto(`/${file}/`))?.status()).toBe(200);
  }
  expect(errors).toEqual([]);
});

test('an unknown address gets the helpful 404 page', async ({ page }) => {
  const response = await page.goto('/rounds/1999-01-01-nowhere/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No page at this address');
  await page.getByRole('link', { name: 'The timeline of every round' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('/data/rounds.json keeps the public contract', async ({ request }) => {
  const rounds: Record<string, unknown>[] = await (await request.get('/data/rounds.json')).json();
  for (const r of rounds) {
    expect(Object.keys(r).sort()).toEqual(['date', 'endDate', 'format', 'id', 'level', 'outcomes', 'participants', 'review', 'sources', 'status', 'title', 'url', 'venue'].sort());
    expect(['reviewed', 'derived']).toContain(r.review);
    expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(r.endDate === null || /^\d{4}-\d{2}-\d{2}$/.test(r.endDate as string)).toBe(true);
    if (r.venue) expect(Object.keys(r.venue).sort()).toEqual(['city', 'country', 'id', 'name']);
    for (const p of r.participants as object[]) expect(Object.keys(p).sort()).toEqual(['id', 'name', 'role', 'side']);
    for (const o of r.outcomes as object[]) expect(Object.keys(o).sort()).toEqual(['status', 'summary', 'topic']);
    for (const s of r.sources as object[]) expect(Object.keys(s).sort()).toEqual(['id', 'published', 'publisher', 'url']);
  }
  const antalya = rounds.find((r) => r.id === '2022-03-10-antalya')!;
  expect(antalya).toMatchObject({ date: '2022-03-10', status: 'held', format: 'in-person', level: 'ministers', venue: { id: 'antalya-diplomacy-forum', city: 'Antalya' } });
  expect(rounds.find((r) => r.id === '2022-04-01-video')).toMatchObject({ format: 'video', venue: null });
});

test('a citation shows its source on focus and leads to the quoted sentence on the source page', async ({ page }) => {
  await page.goto('/rounds/2022-03-10-antalya/');
  const outcome = page.locator('ul.outcomes > li').filter({ hasText: 'Continuing the talks' });
  const cite = outcome.locator('a.cite').first();
  await cite.focus();
  await expect(cite.locator('.tip')).toBeVisible();
  await expect(cite.locator('.tip')).toContainText('Balkan Insight, 10 March 2022');
  await expect(cite.locator('.tip')).toContainText('agreed to continue with negotiations');
  // The number leads to the quoted sentence, under its article in the list of sources.
  const note = page.locator((await cite.getAttribute('href'))!);
  await expect(note).toContainText('agreed to continue with negotiations');
  await expect(page.locator('.notes > ol > li').filter({ has: note })).toContainText('Balkan Insight');
  await note.getByRole('link').click();
  await expect(page).toHaveURL(/\/sources\/2022-03-10-balkan-insight-talks-stall-may-resume\/#q-[0-9a-f]{8}$/);
  const target = page.locator(':target');
  await expect(target).toContainText('agreed to continue with negotiations');
  await expect(target).toContainText('Continuing the talks');
});
