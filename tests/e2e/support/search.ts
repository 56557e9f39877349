/**
 * Searching the built site in Chromium, and the searches whose best page we know:
 * shared by the search tests over one index and over several bundles.
 */
import { expect, type Page } from '@playwright/test';

/** Queries and the page a reader means by each, which must come first. */
export const WANTED: [string, string][] = [
  ['Kuleba', '/participants/dmytro-kuleba/'],
  ['Dolmabahce', '/venues/dolmabahce-palace/'],
  ['prisoner exchange', '/outcomes/prisoner-exchange/'],
  // Other spellings the aliases carry.
  ['Kouleba', '/participants/dmytro-kuleba/'],
  ['Medinski', '/participants/vladimir-medinsky/'],
  ['Cavusoglu', '/participants/mevlut-cavusoglu/'],
  // An outlet's name finds its articles before the pages that quote them.
  ['Reuters', '/sources/2022-03-09-reuters-russian-ukrainian-diplomats-meet/'],
];

/** Console errors, uncaught exceptions and CSP violations on the page. */
export async function watch(page: Page): Promise<string[]> {
  const found: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`));
  });
  page.on('console', (m) => m.type() === 'error' && found.push(m.text()));
  page.on('pageerror', (e) => found.push(e.message));
  return found;
}

/** Types a query into the search box and returns the addresses of the results, best first. */
export async function search(page: Page, query: string): Promise<string[]> {
  await page.getByRole('searchbox').fill(query);
  await expect(page.locator('#search-status')).toContainText(`“${query}”`, { timeout: 15_000 });
  return page.locator('#search-results > li > a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
