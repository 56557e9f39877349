/**
 * A worker thread of src/build/cards.ts: draws each batch of cards it is sent
 * into the cache, and answers when the batch is done. It loads only what drawing
 * needs (src/lib/og-cache.ts, not the card's wording with its date library):
 * it runs while Astro holds most of the build's memory.
 */
import { parentPort } from 'node:worker_threads';
import { ogFont } from '../lib/og-cache.ts';
import type { Card } from '../lib/og-image.ts';
import { cachedCard } from '../lib/og-render.ts';

const fonts = await ogFont();

parentPort!.on('message', async ({ cards, cacheDir }: { cards: Card[]; cacheDir: string }) => {
  for (const card of cards) await cachedCard(card, fonts, cacheDir);
  parentPort!.postMessage('done');
});
