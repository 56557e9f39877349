// @ts-check
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import ogImages from './src/integrations/og-images.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import { DIRECTIVES } from './src/lib/security-policy.ts';
import { safeHast, safeMdast } from './src/markdown/safe-markdown.ts';

/**
 * `SITE` is the public origin (used for canonical links, feeds and the sitemap);
 * `BASE_PATH` serves the site under a sub-path such as `/talks/`.
 * The defaults suit `npm start` on this machine.
 */
const site = process.env.SITE || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';

/**
 * A build of another content folder (CONTENT_DIR) keeps its content cache apart
 * from the project's own, so builds of different folders never share or clobber
 * each other's cache. ASTRO_CACHE_DIR overrides it.
 */
const otherContent = process.env.CONTENT_DIR ? path.resolve(process.env.CONTENT_DIR) : undefined;
const cacheDir =
  process.env.ASTRO_CACHE_DIR ||
  (otherContent ? path.join(os.tmpdir(), 'astro-content-cache', createHash('sha1').update(otherContent).digest('hex').slice(0, 12)) : undefined);

export default defineConfig({
  site,
  base,
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'always',
  integrations: [
    // sitemap-index.xml under `site` + `base`; the search page is a tool, not content.
    sitemap({ filter: (page) => !new URL(page).pathname.endsWith('/search/') }),
    // Each page's policy trimmed to the hashes it uses, and _headers for hosts that read it.
    securityHeaders(),
    // The search index, built from the finished pages (see src/integrations/pagefind.ts).
    pagefindIndex(),
    // Link-preview images, drawn in worker threads beside the build, never in a route
    // (see src/integrations/og-images.ts).
    ogImages(),
  ],
  build: {
    format: 'directory',
    // One shared stylesheet, cached across pages, instead of CSS inlined in every page.
    inlineStylesheets: 'never',
    // Four pages at a time: each page's directory and file writes overlap the next page's
    // rendering instead of leaving the main thread idle (about 10% off a 1,000-article build,
    // same output byte for byte; `npm run bench` measures it).
    concurrency: 4,
  },
  devToolbar: { enabled: false },
  vite: {
    environments: {
      // Bundled into the page chunks instead of loaded from node_modules when pages render: left
      // external, date-fns's ~865 modules are each resolved through Vite's module hook (about 1.3 s
      // of a 1,000-article build). The output is the same byte for byte. Build only: the dev
      // server keeps loading them natively.
      prerender: { resolve: { noExternal: ['date-fns'] } },
    },
    // Page scripts (only /search/ has one) ship as files under /_astro/, never inlined: the CSP
    // allows them as 'self', and an inlined script that imports at run time (Pagefind) breaks.
    build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) },
  },
  markdown: {
    // No code in the content, and Shiki's inline styles would break the CSP.
    syntaxHighlight: false,
    // Sätteri, Astro's native Markdown processor (much faster than remark at scale),
    // with raw HTML and unsafe links neutralised in every content body.
    processor: satteri({ mdastPlugins: [safeMdast], hastPlugins: [safeHast] }),
  },
  security: {
    // A strict Content-Security-Policy in every page's <meta>: Astro adds hashes for
    // its own scripts and styles (src/integrations/security-headers.ts keeps only those
    // a page uses); nothing inline runs without one. The same policy, with
    // frame-ancestors, goes to hosts as headers (src/lib/security-policy.ts).
    csp: {
      directives: [...DIRECTIVES],
      styleDirective: { resources: ["'self'"] },
      scriptDirective: { resources: ["'self'"] },
    },
  },
});
