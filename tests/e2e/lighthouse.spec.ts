/**
 * Lighthouse on the built seed site, served by `astro preview` (the Playwright
 * web server): 100 in performance, accessibility, best practices and SEO on the
 * home page and on a round page, with Lighthouse's default (mobile, simulated
 * slow 4G, 4× CPU slowdown) settings. Chromium is the system one, started by
 * chrome-launcher.
 *
 * Lighthouse's timings move with the load on the machine, so each page is
 * measured three times and judged by the median of each score and audit, as
 * Lighthouse's own guidance on variability advises. The Playwright config runs
 * this file after the other page tests, so nothing else competes for the CPU.
 */
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from './browser.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const RUNS = 3;

type Result = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

/** The seed round with the most to show: the Istanbul round of 29 March 2022 when present. */
function roundPage(): string {
  const ids = fs.readdirSync('content/rounds').map((f) => f.replace(/\.md$/, '')).sort();
  return `/rounds/${ids.includes('2022-03-29-istanbul') ? '2022-03-29-istanbul' : ids[0]}/`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median score per category, and the weighted audits whose median score is below full marks. */
function judge(runs: Result[]) {
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, median(runs.map((lhr) => Math.round((lhr.categories[c]?.score ?? 0) * 100)))]),
  );
  const failing = CATEGORIES.flatMap((c) =>
    (runs[0]!.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && median(runs.map((lhr) => lhr.audits[ref.id]?.score ?? 1)) < 1)
      // Name each failing audit with what every run measured, so a failure says what to fix.
      .map((ref) => `${c}: ${ref.id} (${runs.map((lhr) => lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.score).join(' / ')})`),
  );
  return { scores, failing };
}

test.describe('Lighthouse', () => {
  test.describe.configure({ mode: 'serial' });
  test.setTimeout(180_000);
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
    test(`scores 100 in every category on ${name} (median of ${RUNS} runs)`, async ({ baseURL }) => {
      const runs: Result[] = [];
      for (let i = 0; i < RUNS; i++) {
        const result = await lighthouse(new URL(address, baseURL).href, {
          port: chrome!.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        });
        runs.push(result!.lhr);
      }
      expect(judge(runs)).toEqual({ scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 }, failing: [] });
    });
  }
});
