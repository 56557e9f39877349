import { expect, test } from '@playwright/test';
import { buildSite, serve } from './support/build.ts';

/** Fixture content: two rounds, sources that disagree on a date and a leader, and an agreed exchange followed to completion. */
let origin = '';
let close = async () => {};

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const dist = buildSite('tests/fixtures/evidence/content');
  ({ origin, close } = await serve(dist));
});
test.afterAll(() => close());

test('a round shows each disagreeing value with its source, and the editors\' choice with the reason', async ({ page }) => {
  await page.goto(`${origin}/rounds/2024-06-01-geneva/`);
  const section = page.locator('section', { has: page.getByRole('heading', { name: 'Where the sources disagree' }) });
  const date = section.locator('.dis').filter({ hasText: 'On which day' });
  await expect(date.locator('li').nth(0)).toContainText('2024-06-01');
  await expect(date.locator('li').nth(0)).toContainText("Editors' choice");
  await expect(date.locator('li').nth(0)).toContainText('reported by The Daily');
  await expect(date.locator('li').nth(1)).toContainText('2024-06-02');
  await expect(date.locator('li').nth(1)).toContainText('reported by The Weekly');
  await expect(date.locator('li').nth(1)).not.toContainText("Editors' choice");
  await expect(date).toContainText('The same-day report and the preview both give Saturday.');
  const lead = section.locator('.dis').filter({ hasText: 'Who led the Russian delegation?' });
  await expect(lead).toContainText('Ivan Petrov');
  await expect(lead).toContainText('Pavel Orlov');
  await expect(lead).toContainText('Open: the editors have not chosen');
  // The disputed facts point to the section.
  await expect(page.locator('dl.facts').getByRole('link', { name: 'Sources disagree' })).toHaveAttribute('href', '#disagreements');
});

test('the timeline marks rounds with open disagreements, and /disagreements/ lists them all', async ({ page }) => {
  await page.goto(`${origin}/`);
  await expect(page.locator('article.round').filter({ hasText: 'Geneva' }).locator('.disputed')).toHaveText('Sources disagree (1 open)');
  await expect(page.locator('article.round').filter({ hasText: 'Doha' }).locator('.disputed')).toHaveCount(0);
  await page.getByRole('link', { name: 'Disagreements' }).click();
  await expect(page.locator('main')).toContainText('2 recorded disagreements, 1 still open');
  await expect(page.locator('.dis')).toHaveCount(2);
});

test('an outcome page follows the exchange from proposal to agreement to delivery, in order, each step cited', async ({ page }) => {
  await page.goto(`${origin}/outcomes/prisoner-exchange/`);
  await expect(page.locator('main')).toContainText('How it moved: Proposed → Agreed');
  const steps = page.locator('ol.history > li');
  await expect(steps).toHaveCount(2);
  await expect(steps.nth(0)).toContainText('Delegations meet in Geneva');
  await expect(steps.nth(0)).toContainText('Proposed');
  await expect(steps.nth(1)).toContainText('Delegations meet in Doha');
  await expect(steps.nth(1)).toContainText('Agreed');
  const delivery = steps.nth(1).locator('ol > li');
  await expect(delivery).toHaveCount(2);
  await expect(delivery.nth(0)).toContainText('20 July 2024');
  await expect(delivery.nth(0)).toContainText('Partly done');
  await expect(delivery.nth(1)).toContainText('1 August 2024');
  await expect(delivery.nth(1)).toContainText('Done');
  for (const step of [steps.nth(0), steps.nth(1), delivery.nth(0), delivery.nth(1)]) await expect(step.locator('a.cite').first()).toBeAttached();
});

test('every citation on a round page resolves to the quoted sentence on its source page', async ({ page }) => {
  for (const round of ['2024-06-01-geneva', '2024-07-10-doha']) {
    await page.goto(`${origin}/rounds/${round}/`);
    const notes = await page.locator('.notes li').evaluateAll((items) =>
      items.map((li) => ({ quote: li.querySelector('q')?.textContent ?? null, href: li.querySelector('a')!.getAttribute('href')! })),
    );
    expect(notes.length).toBeGreaterThan(3);
    for (const note of notes.filter((n) => n.quote)) {
      await page.goto(`${origin}${note.href}`);
      await expect(page.locator(':target blockquote')).toHaveText(`“${note.quote}”`);
    }
  }
});

test('each fact shows when it was first reported, and the round shows what was known as of each source date', async ({ page }) => {
  await page.goto(`${origin}/rounds/2024-06-01-geneva/`);
  await expect(page.locator('dl.facts dd').first().locator('.first')).toHaveText('first reported 30 May 2024');
  const snapshots = page.locator('ol.snapshots > li');
  await expect(snapshots.nth(0)).toContainText('As of 30 May 2024');
  await expect(snapshots.nth(1)).toContainText('As of 2 June 2024');
  await expect(snapshots.nth(1)).toContainText('Ivan Petrov');
  await expect(snapshots.last()).toContainText('As of 5 June 2024');
});
