/**
 * Everyone can read it: axe-core finds nothing on any page type, in the light
 * and the dark colour scheme; headings never skip a level; statuses are words,
 * not colour alone. Page types come from the built site (support/page-types.ts),
 * so a new kind of page is checked as soon as it is built.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './support/dist.ts';
import { pageTypes, type PageType } from './support/page-types.ts';

/** WCAG 2.2 A and AA, and axe's best practices (landmarks, heading order, one main). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

let types: PageType[] = [];
try {
  types = pageTypes();
} catch {
  // No build yet: the test below says so instead of a collection error.
}

test('the built site has page types to check', () => {
  expect(types.length, 'build the site first: `npm run build`').toBeGreaterThanOrEqual(12);
});

/** The violations axe finds, one line each: rule, impact, and the first few elements. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  // An axe that checked nothing would pass anything.
  expect(results.passes.length).toBeGreaterThan(10);
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}${n.failureSummary ? ` [${n.failureSummary.split('\n').slice(1).join(' ').trim()}]` : ''}`).join('; ')}`,
  );
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });

    for (const type of types) {
      test(`axe finds no violation on ${type.route} (${type.url})`, async ({ page }) => {
        await page.goto(type.url === '/404.html' ? '/no-such-page/' : type.url);
        if (type.url.includes('/search/')) {
          // Check the results too, not only the empty form.
          const box = page.getByRole('searchbox').or(page.locator('input[type="search"], input[type="text"]')).first();
          if (await box.count()) {
            await box.fill('Istanbul');
            await page.waitForTimeout(1500);
          }
        }
        expect(await violations(page)).toEqual([]);
      });
    }
  });
}

test.describe('the outline of every page', () => {
  test('has one h1, and no heading skips a level on the way down', () => {
    const problems: string[] = [];
    for (const page of builtPages()) {
      const levels = [...page.document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
      if (levels.filter((l) => l === 1).length !== 1) problems.push(`${page.url}: ${levels.filter((l) => l === 1).length} h1 elements`);
      if (levels[0] !== 1) problems.push(`${page.url}: the first heading is h${levels[0]}`);
      levels.forEach((level, i) => {
        if (i > 0 && level > levels[i - 1]! + 1) problems.push(`${page.url}: h${levels[i - 1]} is followed by h${level}`);
      });
    }
    expect(problems).toEqual([]);
  });

  test('says every status in words: outcome and follow-up badges, and rounds not held', () => {
    const silent: string[] = [];
    for (const page of builtPages()) {
      for (const badge of page.document.querySelectorAll('.badge, .derived, .chosen')) {
        const words = [...badge.childNodes]
          .filter((n) => !(n.nodeType === 1 && (n as Element).getAttribute('aria-hidden') === 'true'))
          .map((n) => n.textContent ?? '')
          .join('')
          .trim();
        if (!/\p{L}{2,}/u.test(words)) silent.push(`${page.url}: ${badge.outerHTML.slice(0, 100)}`);
      }
      for (const card of page.document.querySelectorAll('article.round.st-planned, article.round.st-mentioned')) {
        const status = card.className.match(/st-(\w+)/)![1]!;
        if (!new RegExp(status, 'i').test(card.querySelector('.meta')?.textContent ?? '')) silent.push(`${page.url}: a ${status} round card does not say so`);
      }
    }
    expect(silent).toEqual([]);
  });
});
