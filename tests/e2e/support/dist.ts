/**
 * Reads the built site in dist/: every HTML page with its address, parsed with
 * linkedom, so tests can crawl links and check markup without a browser.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';

export const DIST = path.resolve(process.env.DIST_DIR ?? 'dist');

export interface BuiltPage {
  /** The address the page is served at, e.g. `/rounds/2022-03-10-antalya/`. */
  url: string;
  file: string;
  html: string;
  document: Document;
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)]));
}

/** Every file in dist/, as paths relative to it with forward slashes. */
export function builtFiles(dist = DIST): string[] {
  return walk(dist).map((f) => path.relative(dist, f).split(path.sep).join('/'));
}

/** Every HTML page in dist/, parsed. */
export function builtPages(dist = DIST, base = '/'): BuiltPage[] {
  return builtFiles(dist)
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const html = fs.readFileSync(path.join(dist, file), 'utf8');
      // `page.html` is served at `page/` in directory format; 404.html only as the error page.
      const url = base + (file === '404.html' ? file : file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '/'));
      return { url, file, html, document: parseHTML(html).document as unknown as Document };
    });
}

/** The file that serves an address, or undefined. */
export function fileFor(pathname: string, dist = DIST, base = '/'): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const rel = decodeURIComponent(pathname.slice(base.length));
  const candidates = rel === '' || rel.endsWith('/') ? [`${rel}index.html`] : [rel, `${rel}/index.html`];
  return candidates.map((c) => path.join(dist, c)).find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
}

/**
 * Script elements that count as scripts: every one but a JSON-LD data block
 * (`type="application/ld+json"`), which browsers never run. Only that type is let
 * through, so no other unusual type can slip a script past the tests.
 */
export function executableScripts(document: Document): Element[] {
  return [...document.querySelectorAll('script')].filter((s) => (s.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json');
}
