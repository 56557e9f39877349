/** /robots.txt: everything may be crawled; the sitemap is at <site><base>sitemap-index.xml. */
import type { APIRoute } from 'astro';
import { paths } from '../data/timeline.ts';
import { absolute } from '../lib/paths.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: ${paths.home}\n\nSitemap: ${absolute(paths.to('sitemap-index.xml'), site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
