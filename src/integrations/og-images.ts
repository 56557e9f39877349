/**
 * Link-preview images (/og/rounds/<id>.png) in a bare `astro build` and in
 * `astro dev`. They are never drawn in a page route during a build: drawing is
 * synchronous CPU work that would hold up page rendering.
 *
 * - `astro build`: worker threads draw the cards beside Astro from the start of
 *   the build (src/build/cards.ts); when the pages are done they are copied in.
 *   `npm run build` draws them itself, beside Astro, from the cards its content
 *   check reports, and says so with OG_IMAGES_BESIDE_BUILD=1.
 * - `astro dev`: a route draws each image on request (src/integrations/og-image-route.ts).
 *
 * What draws and reads content is imported only when a build needs it: every
 * Astro command loads this file with the config, and those modules take a second.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { RoundCard } from '../lib/og-image.ts';

export default function ogImages(): AstroIntegration {
  let drawing: Promise<RoundCard[]> | undefined;
  return {
    name: 'negotiations-timeline:og-images',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command === 'dev') injectRoute({ pattern: '/og/rounds/[id].png', entrypoint: new URL('./og-image-route.ts', import.meta.url), prerender: true });
      },
      'astro:build:start': () => {
        if (process.env.OG_IMAGES_BESIDE_BUILD === '1') return;
        drawing = (async () => {
          const [{ drawCards }, { readRoundCards }, { contentDir }, { ogCacheDir }] = await Promise.all([
            import('../build/cards.ts'),
            import('../build/images.ts'),
            import('../lib/content-dir.ts'),
            import('../lib/og-cache.ts'),
          ]);
          const cards = readRoundCards(contentDir());
          await drawCards(cards.map((c) => c.card), { cacheDir: ogCacheDir() });
          return cards;
        })();
        // Reported when awaited below; a failure must not be an unhandled rejection meanwhile.
        drawing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!drawing) return;
        const started = performance.now();
        const cards = await drawing;
        const [{ writeCards }, { ogCacheDir }] = await Promise.all([import('../build/cards.ts'), import('../lib/og-cache.ts')]);
        await writeCards(cards, { cacheDir: ogCacheDir(), outDir: fileURLToPath(dir) });
        logger.info(`${cards.length} link-preview images written (waited ${Math.round(performance.now() - started)} ms for them).`);
      },
    },
  };
}
