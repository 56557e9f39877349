// @ts-check
import { defineConfig } from 'astro/config';

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
});
