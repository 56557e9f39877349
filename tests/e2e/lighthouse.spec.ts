/**
 * Lighthouse on the built seed site, served by `astro preview` (the Playwright
 * web server): 100 in performance, accessibility, best practices and SEO on the
 * home page and on a round page, with Lighthouse's default (mobile, simulated
 * slow 4G) settings. Chromium is the system one, started by chrome-launcher.
 */
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from './browser.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** The seed round with the most to show: the Istanbul round of 29 March 2022 when present. */
function roundPage(): string {
  const ids = fs.readdirSync('content/rounds').map((f) => f.replace(/\.md$/, '')).sort();
  return `/rounds/${ids.includes('2022-03-29-istanbul') ? '2022-03-29-istanbul' : ids[0]}/`;
}

test.describe('Lighthouse', () => {
  test.describe.configure({ mode: 'serial' });
  test.setTimeout(120_000);
  let chrome: chromeLauncher.LaunchedChrome | undefined;

  test.beforeAll(async () => {
    chrome = await chromeLauncher.launch({
      chromePath: findChromium(),
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-gpu'],
    });
  });
  test.afterAll(async () => {
    chrome?.kill();
  });

  for (const [name, address] of [['the home page', '/'], ['a round page', roundPage()]] as const) {
    test(`scores 100 in every category on ${name}`, async ({ baseURL }) => {
      const result = await lighthouse(new URL(address, baseURL).href, {
        port: chrome!.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      const lhr = result!.lhr;
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
      // Name the audits that cost points, so a failure says what to fix.
      const failing = CATEGORIES.flatMap((c) =>
        (lhr.categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${c}: ${ref.id} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.score})`),
      );
      expect({ scores, failing }).toEqual({ scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 }, failing: [] });
    });
  }
});
