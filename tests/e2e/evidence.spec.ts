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
  // Days read as words, never as ISO dates.
  await expect(date.locator('li').nth(0)).toContainText('1 June 2024');
  await expect(date.locator('li').nth(0)).toContainText("Editors' choice");
  await expect(date.locator('li').nth(0)).toContainText('reported by The Daily');
  await expect(date.locator('li').nth(1)).toContainText('2 June 2024');
  await expect(date).not.toContainText('2024-06-0');
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
    // Each citation number leads to a sentence listed under its article…
    const cites = await page.locator('a.cite').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(cites.length).toBeGreaterThan(3);
    for (const href of new Set(cites)) await expect(page.locator(href), href).toHaveCount(1);
    // …and each listed sentence links to the same words on the article's own page.
    const quotes = await page.locator('.notes .quotes li').evaluateAll((items) =>
      items.map((li) => ({ quote: li.querySelector('q')!.textContent, href: li.querySelector('a')!.getAttribute('href')! })),
    );
    expect(quotes.length).toBeGreaterThan(2);
    for (const q of quotes) {
      await page.goto(`${origin}${q.href}`);
      await expect(page.locator(':target blockquote')).toHaveText(`“${q.quote}”`);
    }
  }
});

test('a fact shows when it was first reported only when that says something, and the round lists what each report added', async ({ page }) => {
  await page.goto(`${origin}/rounds/2024-06-01-geneva/`);
  // The preview announced the day ahead of the round.
  await expect(page.locator('dl.facts dd').first().locator('.first')).toHaveText('first reported 30 May');
  // Reports of the day after add nothing to say about when they came.
  await expect(page.locator('.parties .first')).toHaveCount(0);
  const steps = page.locator('ol.steps > li');
  await expect(steps).toHaveCount(3);
  await expect(steps.nth(0)).toContainText('30 May 2024');
  await expect(steps.nth(0)).toContainText('Details: date');
  await expect(steps.nth(1)).toContainText('2 June 2024');
  await expect(steps.nth(1)).toContainText('At the table: Ivan Petrov, Olena Marchenko');
  await expect(steps.nth(2)).toContainText('5 June 2024');
  await expect(steps.nth(2)).toContainText('Another account: On which day did the Geneva round take place? 2 June 2024');
  await expect(steps.nth(2)).toContainText('Pavel Orlov');
  await expect(page.locator('ol.steps')).not.toContainText(/\d{4}-\d{2}-\d{2}/);
});
