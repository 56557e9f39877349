// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import { safeHast, safeMdast } from './src/markdown/safe-markdown.ts';

/**
 * `SITE` is the public origin (used for canonical links, feeds and the sitemap);
 * `BASE_PATH` serves the site under a sub-path such as `/talks/`.
 * The defaults suit `npm start` on this machine.
 */
const site = process.env.SITE || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One shared stylesheet, cached across pages, instead of CSS inlined in every page.
    inlineStylesheets: 'never',
  },
  devToolbar: { enabled: false },
  markdown: {
    // Sätteri, Astro's native Markdown processor (much faster than remark at scale),
    // with raw HTML and unsafe links neutralised in every content body.
    processor: satteri({ mdastPlugins: [safeMdast], hastPlugins: [safeHast] }),
  },
  security: {
    // A strict Content-Security-Policy in every page's <meta>: Astro adds hashes for
    // its own scripts and styles; nothing inline runs without one.
    csp: {
      directives: ["default-src 'none'", "img-src 'self'", "font-src 'self'", "connect-src 'self'", "base-uri 'none'", "form-action 'self'"],
      styleDirective: { resources: ["'self'"] },
      scriptDirective: { resources: ["'self'"] },
    },
  },
});
