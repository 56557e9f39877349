/**
 * Hostile input never reaches a page as markup, every page carries a strict
 * Content-Security-Policy that nothing on the site violates, and every link out
 * of the site carries rel="noopener noreferrer".
 *
 * The hostile site is built once (beforeAll) from a content folder in which each
 * payload of tests/fixtures/xss/payloads.json sits in every text field and every
 * Markdown body (see tests/fixtures/xss/hostile-content.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { stringify } from 'yaml';
import { checkContent } from '../../src/check/check.ts';
import { loadPayloads, writeHostileContent } from '../fixtures/xss/hostile-content.ts';
import { buildSite, serve, tempDir } from './support/build.ts';
import { builtFiles, builtPages, DIST, type BuiltPage } from './support/dist.ts';
import { hostileMarkup } from './support/hostile-markup.ts';
import { pageTypes } from './support/page-types.ts';

const { payloads, urls } = loadPayloads();
const isWebUrl = (value: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(value.trim()).protocol);
  } catch {
    return false;
  }
};

test.describe('a site built from hostile content', () => {
  let dist = '';
  let contentDir = '';
  let pages: BuiltPage[] = [];

  test.beforeAll(() => {
    test.setTimeout(180_000);
    contentDir = path.join(tempDir('xss'), 'content');
    writeHostileContent(contentDir, payloads, urls.map((u) => u.url).filter(isWebUrl));
    dist = buildSite(contentDir);
    pages = builtPages(dist);
  });

  test.afterAll(() => {
    fs.rmSync(path.dirname(dist), { recursive: true, force: true });
    fs.rmSync(path.dirname(contentDir), { recursive: true, force: true });
  });

  test(`the payloads are ${payloads.length} and more than 30`, () => {
    expect(payloads.length).toBeGreaterThanOrEqual(30);
  });

  test('is valid content: hostile text is not an error, so only the pages can stop it', () => {
    const errors = checkContent(contentDir).filter((p) => p.severity !== 'warning');
    expect(errors).toEqual([]);
  });

  test('no page has a script the site did not write, a frame, an event handler or a javascript:/data:/vbscript: address', () => {
    expect(pages.length).toBeGreaterThan(payloads.length * 5);
    const found = pages.flatMap((page) => hostileMarkup(page.document).map((finding) => `${page.url}: ${finding}`));
    expect(found).toEqual([]);
  });

  test('hostile text is shown as the text it is, not dropped', () => {
    const page = pages.find((p) => p.url === '/outcomes/xss-topic-0/')!;
    expect(page.document.querySelector('h1')?.textContent).toContain("<script>alert('xss-1')</script>");
    expect(page.document.querySelector('main')?.textContent).toContain("<script>alert('xss-1')</script>");
  });

  test('every link out of the site carries rel="noopener noreferrer"', () => {
    expect(externalLinksWithoutRel(pages, 'http://localhost:4321')).toEqual([]);
  });

  test('the data files stay valid JSON and keep the hostile text verbatim', () => {
    const rounds = JSON.parse(fs.readFileSync(path.join(dist, 'data/rounds.json'), 'utf8')) as { title: string }[];
    expect(rounds.map((r) => r.title)).toContain("Round 0 <script>alert('xss-1')</script>");
    for (const file of builtFiles(dist).filter((f) => f.endsWith('.json'))) {
      expect(() => JSON.parse(fs.readFileSync(path.join(dist, file), 'utf8')), file).not.toThrow();
    }
  });

  test('feed entries carry hostile text as text, so a feed reader shows it rather than runs it', () => {
    // RSS readers render <description> as HTML: text must arrive escaped once more, or as CDATA of escaped HTML.
    const found: string[] = [];
    for (const file of builtFiles(dist).filter((f) => f.endsWith('.xml') && !f.includes('sitemap'))) {
      const xml = parseHTML(fs.readFileSync(path.join(dist, file), 'utf8'), 'text/xml' as never).document;
      for (const el of xml.querySelectorAll('description, content\\:encoded, summary, content')) {
        const { document } = parseHTML(`<!doctype html><html><body>${el.textContent ?? ''}</body></html>`);
        found.push(...hostileMarkup(document as unknown as Document).map((f) => `${file}: ${f}`));
      }
    }
    expect([...new Set(found)].slice(0, 12)).toEqual([]);
  });

  test('in the browser, no payload runs and nothing breaks the Content-Security-Policy', async ({ page }) => {
    test.setTimeout(120_000);
    const server = await serve(dist);
    try {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const trouble = await watchPolicy(page);
      for (const { url } of pageTypes(dist)) {
        await page.goto(server.origin + url);
        await page.waitForLoadState('load');
      }
      expect(dialogs).toEqual([]);
      expect(trouble()).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

test.describe('the hostile addresses', () => {
  test('every `url` that is not a real http(s) address is refused by the schema, at its line', () => {
    const dir = path.join(tempDir('xss-urls'), 'content');
    fs.mkdirSync(path.join(dir, 'articles'), { recursive: true });
    urls.forEach(({ url }, i) => {
      const data = { title: `Article ${i}`, publisher: 'Example', url, published: '2022-03-10', review: 'derived' };
      fs.writeFileSync(path.join(dir, 'articles', `2022-03-10-url-${i}.md`), `---\n${stringify(data)}---\n\nBody.\n`);
    });
    const refused = new Set(checkContent(dir, dir).filter((p) => p.rule === 'schema' && p.field === 'url' && p.line === 4).map((p) => p.file));
    fs.rmSync(path.dirname(dir), { recursive: true, force: true });
    const expected = urls.map(({ url }) => [url, !isWebUrl(url)]);
    expect(urls.map(({ url }, i) => [url, refused.has(`articles/2022-03-10-url-${i}.md`)])).toEqual(expected);
    expect(urls.filter(({ url }) => !isWebUrl(url)).length).toBeGreaterThanOrEqual(14);
  });
});

test.describe('every page of the built site', () => {
  test('carries a strict Content-Security-Policy: nothing by default, no inline script without a hash', () => {
    const weak: string[] = [];
    for (const page of builtPages()) {
      const csp = page.document.querySelector('meta[http-equiv="content-security-policy" i]')?.getAttribute('content') ?? '';
      const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values]));
      const script = directives.get('script-src') ?? directives.get('default-src') ?? [];
      if (!csp) weak.push(`${page.url}: no Content-Security-Policy`);
      else if (directives.get('default-src')?.join(' ') !== "'none'") weak.push(`${page.url}: default-src is not 'none'`);
      else if (script.some((v) => ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:'].includes(v))) weak.push(`${page.url}: script-src allows ${script.join(' ')}`);
      else if (!directives.has('base-uri') || !directives.has('form-action')) weak.push(`${page.url}: base-uri or form-action is missing`);
    }
    expect(weak).toEqual([]);
  });

  test('links out of the site carry rel="noopener noreferrer"', () => {
    expect(externalLinksWithoutRel(builtPages(DIST), 'http://localhost:4321')).toEqual([]);
  });

  test('no page type logs a console error or a Content-Security-Policy violation', async ({ page }) => {
    test.setTimeout(120_000);
    const trouble = await watchPolicy(page);
    const types = pageTypes();
    for (const { url } of types) {
      await page.goto(url);
      await page.waitForLoadState('load');
      if (url.includes('/search/')) await useSearch(page);
    }
    // An address with no page: the 404 page as a reader meets it.
    await page.goto('/no-such-page/');
    expect(types.length).toBeGreaterThanOrEqual(12);
    expect(trouble()).toEqual([]);
  });
});

/** Collects console errors and warnings, uncaught errors and `securitypolicyviolation` events on every page the tab opens. */
async function watchPolicy(page: Page): Promise<() => string[]> {
  const found: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on('console', (m) => {
    // The 404 page is served with status 404, which Chromium logs; that is the page working.
    if ((m.type() === 'error' || m.type() === 'warning') && !/status of 404/.test(m.text())) found.push(`${page.url()}: ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => found.push(`${page.url()}: uncaught ${e.message}`));
  return () => found;
}

/** Types a query into the search page and waits for its results, so Pagefind loads its index and WebAssembly. */
async function useSearch(page: Page): Promise<void> {
  const box = page.getByRole('searchbox').or(page.locator('input[type="search"], input[type="text"]')).first();
  if (!(await box.count())) return;
  await box.fill('Istanbul');
  await page.waitForTimeout(1500);
}

/** `<a href="http…">` to another origin without both rel values, on every page of a build. */
function externalLinksWithoutRel(pages: BuiltPage[], siteOrigin: string): string[] {
  const missing: string[] = [];
  for (const page of pages) {
    for (const a of page.document.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href')!.trim();
      if (!/^https?:\/\//i.test(href) && !href.startsWith('//')) continue;
      if (new URL(href, siteOrigin).origin === siteOrigin) continue;
      const rel = (a.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
      if (!rel.includes('noopener') || !rel.includes('noreferrer')) missing.push(`${page.url}: ${a.outerHTML.slice(0, 140)}`);
    }
  }
  return missing;
}
