// @ts-check
/**
 * The yardstick: the smallest honest Astro site over the same articles, with
 * Astro's defaults (Sätteri Markdown, static output). The benchmark divides our
 * build time by this one's, a ratio that survives a noisy machine.
 */
import { defineConfig } from 'astro/config';

export default defineConfig({
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
