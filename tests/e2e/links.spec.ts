import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import { parseHTML } from 'linkedom';
import { builtPages, executableScripts, fileFor } from './support/dist.ts';

/** Pages that may load a script: only the search page needs one. */
const SCRIPTED = new Set(['/search/']);

test.describe('the built site', () => {
  const pages = builtPages();

  test('has a page of every kind', () => {
    const urls = pages.map((p) => p.url);
    for (const prefix of ['/rounds/', '/participants/', '/venues/', '/outcomes/', '/sources/']) {
      expect(urls, `index ${prefix}`).toContain(prefix);
      expect(urls.filter((u) => u.startsWith(prefix) && u.split('/').length === 4).length, `entity pages under ${prefix}`).toBeGreaterThan(0);
    }
    expect(urls).toContain('/');
    expect(urls).toContain('/404.html');
  });

  test('every internal link and fragment on every page resolves', () => {
    const missing: string[] = [];
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      let set = ids.get(file);
      if (!set) {
        const { document } = parseHTML(fs.readFileSync(file, 'utf8'));
        ids.set(file, (set = new Set([...document.querySelectorAll('[id]')].map((e) => e.id))));
      }
      return set;
    };
    for (const page of pages) {
      for (const el of page.document.querySelectorAll('a[href], link[href], img[src], script[src]')) {
        const raw = el.getAttribute('href') ?? el.getAttribute('src')!;
        const url = new URL(raw, `http://localhost${page.url}`);
        if (url.host !== 'localhost' && !raw.startsWith('http://localhost:4321')) continue;
        const target = fileFor(url.pathname);
        if (!target) {
          missing.push(`${page.url} → ${raw}`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) missing.push(`${page.url} → ${raw} (no #${fragment})`);
      }
    }
    expect(missing).toEqual([]);
  });

  test('no content page ships a script', () => {
    const offenders = pages.filter((p) => !SCRIPTED.has(p.url) && executableScripts(p.document).length > 0).map((p) => p.url);
    expect(offenders).toEqual([]);
  });

  test('every page has one h1, a title, a description and a canonical link', () => {
    for (const page of pages) {
      const d = page.document;
      expect(d.querySelectorAll('h1').length, page.url).toBe(1);
      expect(d.querySelector('title')?.textContent?.trim(), page.url).toBeTruthy();
      expect(d.querySelector('meta[name="description"]')?.getAttribute('content'), page.url).toBeTruthy();
      if (page.url !== '/404.html') expect(d.querySelector('link[rel="canonical"]')?.getAttribute('href'), page.url).toMatch(/^https?:\/\//);
    }
  });
});
