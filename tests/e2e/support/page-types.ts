/**
 * One page of every kind the site builds. Every HTML page in the build is
 * matched to the route file in src/pages that made it (as Astro ranks routes:
 * more fixed segments first), so a page type added by anyone is picked up
 * without changing the tests. For each route the longest page stands for it:
 * it has the most content to get wrong.
 */
import fs from 'node:fs';
import path from 'node:path';
import { builtPages, DIST, type BuiltPage } from './dist.ts';

export interface PageType {
  /** The route file, e.g. `rounds/[id].astro`. */
  route: string;
  /** The address of the page that stands for it. */
  url: string;
  /** How many built pages the route made. */
  count: number;
}

interface Route {
  file: string;
  pattern: RegExp;
  rank: number[];
}

function routeFiles(dir: string, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const rel = prefix ? `${prefix}/${d.name}` : d.name;
    if (d.isDirectory()) return routeFiles(path.join(dir, d.name), rel);
    return /\.(astro|md|mdx|html)$/.test(d.name) ? [rel] : [];
  });
}

/** `rounds/year/[year]/[...page].astro` → a pattern for `/rounds/year/2022/` and `/rounds/year/2022/2/`. */
function toRoute(file: string): Route {
  const segments = file.replace(/\.(astro|md|mdx|html)$/, '').split('/').filter((s) => s !== 'index');
  let source = '';
  const rank: number[] = [];
  for (const segment of segments) {
    if (/^\[\.\.\..+\]$/.test(segment)) {
      source += '(?:/.*)?';
      rank.push(0);
    } else if (/\[.+\]/.test(segment)) {
      source += '/[^/]+';
      rank.push(1);
    } else {
      source += `/${segment.replace(/[.*+?^${}()|\\]/g, '\\$&')}`;
      rank.push(2);
    }
  }
  return { file, pattern: new RegExp(`^${source}/?$`), rank };
}

/** Astro's order: a fixed segment beats a parameter, which beats a rest parameter, left to right. */
function byPriority(a: Route, b: Route): number {
  for (let i = 0; i < Math.max(a.rank.length, b.rank.length); i++) {
    const d = (b.rank[i] ?? -1) - (a.rank[i] ?? -1);
    if (d) return d;
  }
  return a.file.localeCompare(b.file);
}

/** The route files that make HTML pages, e.g. `rounds/[id].astro`: known before any build. */
export function pageRoutes(pagesDir = 'src/pages'): string[] {
  return routeFiles(pagesDir).map(toRoute).sort(byPriority).map((r) => r.file);
}

/** Every built HTML page with the route that made it. */
export function pagesByRoute(dist = DIST, pagesDir = 'src/pages'): Map<string, BuiltPage[]> {
  const routes = routeFiles(pagesDir).map(toRoute).sort(byPriority);
  const groups = new Map<string, BuiltPage[]>();
  for (const page of builtPages(dist)) {
    const address = page.file === '404.html' ? '/404' : page.url.replace(/\/$/, '') || '/';
    const route = routes.find((r) => r.pattern.test(address === '/' ? '' : address))?.file ?? `(no route) ${page.url}`;
    groups.set(route, [...(groups.get(route) ?? []), page]);
  }
  return groups;
}

/** One page per route, the longest of each. */
export function pageTypes(dist = DIST): PageType[] {
  return [...pagesByRoute(dist)]
    .map(([route, pages]) => {
      const longest = pages.reduce((a, b) => (b.html.length > a.html.length ? b : a));
      return { route, url: longest.url, count: pages.length };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}
