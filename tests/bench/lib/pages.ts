/**
 * What a build wrote: its HTML pages and their weight. Also used by the
 * page-weight test (tests/e2e/weight.spec.ts), so the bench and the guard
 * weigh pages the same way.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { median } from './measure.ts';

/** The budget of a first visit: HTML and its CSS in the first round trip (about 14 KB, TCP's initial window). */
export const FIRST_TRIP_BYTES = 14 * 1024;

/** Every file under `dir` whose name ends with `ext`, as paths relative to `dir`. */
export function filesUnder(dir: string, ext: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith(ext)).sort();
}

export function gzipSize(bytes: Buffer | string): number {
  return gzipSync(bytes, { level: 9 }).length;
}

/** The stylesheets a page links to, as files under `dist`. */
export function stylesheetsOf(html: string, dist: string, base = '/'): string[] {
  const links = [...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]).filter((tag) => /\brel=["']?stylesheet/.test(tag));
  return links.flatMap((tag) => {
    const href = /\bhref=["']?([^"' >]+)/.exec(tag)?.[1];
    if (!href || /^[a-z]+:/i.test(href) || href.startsWith('//')) return [];
    return [path.join(dist, decodeURI(href.replace(new RegExp(`^${base}`), '/')))];
  });
}

/** A page's HTML plus its CSS, gzipped, in bytes: what a first visit downloads. */
export function firstTripBytes(file: string, dist: string): number {
  const html = fs.readFileSync(file);
  const css = stylesheetsOf(html.toString('utf8'), dist).map((f) => fs.readFileSync(f));
  return gzipSize(html) + css.reduce((sum, c) => sum + gzipSize(c), 0);
}

export interface PageStats {
  pages: number;
  largestBytes: number;
  largestPage: string;
  medianBytes: number;
  /** The home page's HTML + CSS, gzipped. */
  homeFirstTripBytes: number;
}

export function pageStats(dist: string): PageStats {
  const pages = filesUnder(dist, '.html');
  const sizes = pages.map((p) => ({ page: p, bytes: fs.statSync(path.join(dist, p)).size }));
  const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a), { page: '', bytes: 0 });
  return {
    pages: pages.length,
    largestBytes: largest.bytes,
    largestPage: largest.page,
    medianBytes: median(sizes.map((s) => s.bytes)),
    homeFirstTripBytes: firstTripBytes(path.join(dist, 'index.html'), dist),
  };
}
