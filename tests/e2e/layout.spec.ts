/**
 * The reader's design on a phone, a tablet and a desk, in light and dark: every
 * page type, at 390, 768 and 1280 px, of two sites — the project's own content,
 * and a fixture record with the shape the talks have (tests/fixtures/record:
 * thirteen rounds in three periods, trilateral rounds, a round the ingest
 * command drafted, a venue without coordinates). On each:
 *
 * - nothing is wider than the screen (`scrollWidth` ≤ the viewport);
 * - no text in the time axis or the map is under 12 px;
 * - the axis and map marks, navigation, citations, pagers, filters and matrix
 *   cells are at least 24 × 24 px, and axe's target-size rule finds nothing;
 * - every column of the outcome matrix is in view, or the table scrolls in a
 *   labelled, focusable region with a visible cue, its round column staying put.
 *
 * A full-page screenshot of each goes to test-results/screenshots/<site>/, kept
 * by CI as an artifact for review (see the README).
 */
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { buildSite, serve } from './support/build.ts';
import { pageRoutes, pagesByRoute } from './support/page-types.ts';
import { builtPages, DIST } from './support/dist.ts';
import { readerWordProblems } from './support/reader-words.ts';

const WIDTHS = [390, 768, 1280] as const;
const SHOTS = path.resolve('test-results/screenshots');
const RECORD = path.resolve('tests/fixtures/record/content');

/** Targets that are controls of their own, not words in a sentence: each must be 24 × 24 px. */
const TARGETS = [
  'figure.axis a',
  'figure.map svg a',
  'header.site a',
  'nav.crumbs a',
  '.pager a',
  '.filters a',
  'a.cite',
  '.matrix td a',
  '.matrix th a',
  'input',
  'button',
].join(', ');

interface Findings {
  overflow: string | null;
  smallText: string[];
  smallTargets: string[];
  matrix: null | { hidden: string[]; scrolls: boolean; cue: boolean; region: boolean; sticky: boolean; lastReachable: boolean };
}

/** What a reader at this size would notice, measured in the page. */
function inspect(page: Page, selectors: { targets: string }): Promise<Findings> {
  return page.evaluate(({ targets }) => {
    const vw = document.documentElement.clientWidth;
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} “${(el.textContent ?? '').trim().slice(0, 30)}”`;
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 1 && r.height > 1 && getComputedStyle(el).visibility !== 'hidden';
    };

    // Text in the drawings: the size it is drawn at, after any scaling of the SVG.
    const smallText: string[] = [];
    for (const el of document.querySelectorAll('figure.axis *, figure.map *')) {
      if (el.tagName.toLowerCase() === 'title' || !shown(el)) continue;
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
      if (!own) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      const scale = el instanceof SVGGraphicsElement ? (el.getScreenCTM()?.a ?? 1) : 1;
      if (size * scale < 12 - 0.01) smallText.push(`${describe(el)}: ${(size * scale).toFixed(1)} px`);
    }

    const smallTargets = [...document.querySelectorAll(targets)]
      .filter(shown)
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 24 - 0.01 || r.height < 24 - 0.01)
      .map(({ el, r }) => `${describe(el)}: ${r.width.toFixed(0)} × ${r.height.toFixed(0)}`);

    let matrix: Findings['matrix'] = null;
    const scroller = document.querySelector<HTMLElement>('.matrix');
    if (scroller) {
      const box = scroller.getBoundingClientRect();
      const headers = [...scroller.querySelectorAll('thead th[scope="col"]')];
      const inView = (el: Element) => {
        const r = el.getBoundingClientRect();
        return r.left >= Math.max(0, box.left) - 0.5 && r.right <= Math.min(vw, box.right) + 0.5;
      };
      const hidden = headers.filter((h) => !inView(h)).map((h) => h.textContent!.trim());
      const cue = scroller.querySelector('.scroll-cue');
      const scrolls = scroller.scrollWidth > scroller.clientWidth;
      // Scroll to the far end: the last topic comes into view and the round column stays.
      const firstColumn = scroller.querySelector('tbody th[scope="row"]')!;
      scroller.scrollLeft = scroller.scrollWidth;
      const lastReachable = inView(headers.at(-1)!);
      const sticky = Math.abs(firstColumn.getBoundingClientRect().left - box.left) < 2;
      scroller.scrollLeft = 0;
      matrix = {
        hidden,
        scrolls,
        cue: !!cue && shown(cue) && inView(cue),
        region: scroller.getAttribute('role') === 'region' && scroller.tabIndex === 0 && !!scroller.getAttribute('aria-labelledby'),
        sticky,
        lastReachable,
      };
    }

    const widest = document.documentElement.scrollWidth;
    return {
      overflow: widest > window.innerWidth ? `the page is ${widest} px wide in a ${window.innerWidth} px window` : null,
      smallText,
      smallTargets,
      matrix,
    };
  }, selectors);
}

/** The spellings the content marks as a source's misspelling, from its participants.json and venues.json. */
function misspellingsIn(dist: string): string[] {
  return ['participants', 'venues'].flatMap((file) => {
    const entries = JSON.parse(fs.readFileSync(path.join(dist, 'data', `${file}.json`), 'utf8')) as { misspellings?: string[] }[];
    return entries.flatMap((e) => e.misspellings ?? []);
  });
}

/** A file name for a route: `rounds/[id].astro` → `rounds-id`. */
const slug = (route: string) => route.replace(/\.astro$/, '').replace(/[[\].]/g, '').replace(/\//g, '-') || 'home';

function checkSite(site: 'seed' | 'record', origin: () => string, dist: () => string) {
  test('no page shows an ISO date in its text, the ingest command\'s words, a place named twice, or a misspelling', () => {
    expect(readerWordProblems(builtPages(dist()), misspellingsIn(dist()))).toEqual([]);
  });

  for (const route of pageRoutes()) {
    test(`${route} reads at ${WIDTHS.join(', ')} px, light and dark`, async ({ page }) => {
      const pages = pagesByRoute(dist()).get(route);
      expect(pages, `${site} builds no page from ${route}: give its content an entry that does`).toBeDefined();
      const longest = pages!.reduce((a, b) => (b.html.length > a.html.length ? b : a));
      const url = longest.file === '404.html' ? '/no-such-page/' : longest.url;
      const problems: string[] = [];
      const dir = path.join(SHOTS, site, slug(route));
      fs.mkdirSync(dir, { recursive: true });
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(origin() + url);
        // Two frames, so styles that depend on layout (the matrix's scroll cue) have applied.
        const settle = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        await settle();
        const found = await inspect(page, { targets: TARGETS });
        const at = `${width} px`;
        if (found.overflow) problems.push(`${at}: ${found.overflow}`);
        for (const t of found.smallText) problems.push(`${at}: text under 12 px: ${t}`);
        for (const t of found.smallTargets) problems.push(`${at}: target under 24 × 24 px: ${t}`);
        const m = found.matrix;
        if (m && m.hidden.length > 0) {
          if (!m.scrolls) problems.push(`${at}: matrix columns cut off without scrolling: ${m.hidden.join(', ')}`);
          if (!m.cue) problems.push(`${at}: matrix scrolls without a visible cue (hidden: ${m.hidden.join(', ')})`);
          if (!m.region) problems.push(`${at}: the scrolling matrix is not a labelled, focusable region`);
          if (!m.sticky) problems.push(`${at}: the round column scrolls away with the topics`);
          if (!m.lastReachable) problems.push(`${at}: the last topic cannot be scrolled into view`);
        }
        // axe at the phone, where targets are tightest (half a second a run; the checks above cover every width).
        if (width === 390) {
          const axe = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
          for (const v of axe.violations) problems.push(`${at}: axe ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`);
        }
        await page.screenshot({ path: path.join(dir, `${width}-light.png`), fullPage: true });
        // The dark scheme changes colours only; the page is checked again for width and drawn.
        await page.emulateMedia({ colorScheme: 'dark' });
        await settle();
        const dark = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (dark > 0) problems.push(`${width} px dark: the page is ${dark} px wider than the window`);
        await page.screenshot({ path: path.join(dir, `${width}-dark.png`), fullPage: true });
      }
      expect(problems, url).toEqual([]);
    });
  }
}

test.describe('the project\'s content', () => {
  test.describe.configure({ mode: 'default' });
  checkSite('seed', () => '', () => DIST);
});

test.describe('a record with the shape of the talks', () => {
  test.describe.configure({ mode: 'default' });
  let dist = '';
  let origin = '';
  let close = async () => {};

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    dist = buildSite(RECORD);
    ({ origin, close } = await serve(dist));
  });
  test.afterAll(async () => {
    await close();
    if (dist) fs.rmSync(path.dirname(dist), { recursive: true, force: true });
  });

  checkSite('record', () => origin, () => dist);

  test('its matrix shows every topic at 1280 px, and on a phone keeps the rounds in view while the topics scroll behind a cue', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${origin}/outcomes/matrix/`);
    // The first column heads the rounds; the others are the topics.
    const headers = page.locator('.matrix thead th[scope="col"]:not(:first-child)');
    const topics = await headers.count();
    expect(topics).toBeGreaterThan(8);
    for (let i = 0; i < topics; i++) await expect(headers.nth(i)).toBeInViewport({ ratio: 1 });
    await expect(page.locator('.scroll-cue')).toBeHidden();

    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(`${origin}/outcomes/matrix/`);
    await expect(page.locator('.scroll-cue')).toBeVisible();
    await expect(page.locator('.scroll-cue')).toContainText(`all ${topics} topics`);
    // A keyboard reader scrolls the region with the arrow keys.
    const region = page.getByRole('region', { name: /Outcomes of every round/ });
    await region.focus();
    for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowRight');
    await expect(headers.last()).toBeInViewport({ ratio: 1 });
    await expect(page.locator('.matrix tbody th[scope="row"]').first()).toBeInViewport({ ratio: 1 });
  });
});
