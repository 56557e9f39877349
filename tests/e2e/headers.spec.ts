/**
 * The security headers a host sends from the built `_headers` file (Netlify and
 * Cloudflare Pages format): the Content-Security-Policy with `frame-ancestors
 * 'none'`, `X-Content-Type-Options` and `Referrer-Policy`. Served here by a
 * small server that reads `_headers` as those hosts do, to a real Chromium:
 * another site cannot frame a page, and no page breaks the header policy and
 * its own `<meta>` policy together. No policy lists a hash no page uses.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serve } from './support/build.ts';
import { builtPages, DIST } from './support/dist.ts';
import { pageTypes } from './support/page-types.ts';

/** `_headers` as Netlify and Cloudflare Pages read it: an address pattern, then indented `Name: value` lines. */
function readHeaders(file: string): { pattern: RegExp; headers: Record<string, string> }[] {
  const rules: { pattern: RegExp; headers: Record<string, string> }[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`), headers: {} });
    } else {
      const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line)!;
      rules.at(-1)!.headers[name!] = value!;
    }
  }
  return rules;
}

const rules = () => readHeaders(path.join(DIST, '_headers'));
const headersFor = (pathname: string) => Object.assign({}, ...rules().filter((r) => r.pattern.test(pathname)).map((r) => r.headers)) as Record<string, string>;
const directives = (policy: string) => new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values]));

test.describe('the _headers file', () => {
  test('sends a strict policy that forbids framing, with nosniff and a referrer policy, to every address', () => {
    for (const pathname of ['/', '/rounds/', '/search/', '/data/rounds.json', '/feeds/rounds.xml']) {
      const headers = headersFor(pathname);
      const csp = directives(headers['Content-Security-Policy'] ?? '');
      expect(csp.get('frame-ancestors'), pathname).toEqual(["'none'"]);
      expect(csp.get('default-src'), pathname).toEqual(["'none'"]);
      expect(csp.get('script-src'), pathname).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(headers['X-Content-Type-Options'], pathname).toBe('nosniff');
      expect(headers['Referrer-Policy'], pathname).toBe('no-referrer');
    }
  });

  test('says what every page\'s own policy says, and no hashes', () => {
    const header = directives(headersFor('/')['Content-Security-Policy']!);
    const meta = directives(builtPages().find((p) => p.url === '/')!.document.querySelector('meta[http-equiv="content-security-policy" i]')!.getAttribute('content')!);
    for (const [name, values] of meta) if (name !== 'script-src') expect(header.get(name), name).toEqual(values);
    expect(headersFor('/')['Content-Security-Policy']).not.toContain("'sha");
  });
});

test.describe('every page\'s own policy', () => {
  test('lists only the hashes of scripts and styles written in that page', () => {
    const unused: string[] = [];
    for (const page of builtPages()) {
      const policy = page.document.querySelector('meta[http-equiv="content-security-policy" i]')?.getAttribute('content') ?? '';
      const inline = [...page.document.querySelectorAll('script:not([src]), style')].map((el) => `sha256-${createHash('sha256').update(el.textContent ?? '').digest('base64')}`);
      for (const [, hash] of policy.matchAll(/'(sha\d+-[^']+)'/g)) if (!inline.includes(hash!)) unused.push(`${page.url}: ${hash}`);
    }
    expect(unused).toEqual([]);
  });
});

test.describe('served with its headers', () => {
  let site: Awaited<ReturnType<typeof serve>>;
  let bare: Awaited<ReturnType<typeof serve>>;
  let attacker: http.Server;
  let attackerOrigin = '';

  test.beforeAll(async () => {
    site = await serve(DIST, '/', headersFor);
    bare = await serve(DIST);
    // Another site, on another origin, that puts a page of ours in a frame.
    attacker = http.createServer((req, res) => {
      const target = new URL(req.url ?? '/', 'http://x').searchParams.get('frame')!;
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end(`<!doctype html><title>Framing</title><iframe src="${target}" width="800" height="600"></iframe>`);
    });
    await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
    attackerOrigin = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
  });

  test.afterAll(async () => {
    await Promise.all([site.close(), bare.close(), new Promise((resolve) => attacker.close(resolve))]);
  });

  /** What the frame shows when another site frames our home page: its address and the site's name, if it is there. */
  async function framed(page: Page, origin: string): Promise<{ url: string; brand: string | null }> {
    const home = `${origin.replace('127.0.0.1', 'localhost')}/`;
    await page.goto(`${attackerOrigin}/?frame=${encodeURIComponent(home)}`);
    await page.waitForLoadState('load');
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    const brand = await frame.locator('header.site .brand').textContent({ timeout: 2000 }).catch(() => null);
    return { url: frame.url(), brand };
  }

  test('another site cannot show a page in a frame', async ({ page }) => {
    // Without the headers the frame shows the page: the test can tell the difference.
    const open = await framed(page, bare.origin);
    expect(open.brand).toBeTruthy();
    const closed = await framed(page, site.origin);
    expect(closed.brand).toBeNull();
    expect(closed.url).not.toBe(`${site.origin.replace('127.0.0.1', 'localhost')}/`);
  });

  test('no page type breaks the header and page policies together, and search still works', async ({ page }) => {
    test.setTimeout(120_000);
    const trouble: string[] = [];
    page.on('console', (m) => (m.type() === 'error' ? trouble.push(`${page.url()}: ${m.text()}`) : undefined));
    page.on('pageerror', (e) => trouble.push(`${page.url()}: ${e.message}`));
    await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`)));
    for (const { url } of pageTypes()) {
      const response = await page.goto(`${site.origin}${url}`);
      expect(response?.headers()['content-security-policy'], url).toContain("frame-ancestors 'none'");
      await page.waitForLoadState('load');
    }
    await page.goto(`${site.origin}/search/?q=Istanbul`);
    await expect(page.locator('#search-results > li > a').first()).toBeVisible({ timeout: 15_000 });
    expect(trouble).toEqual([]);
  });
});
