/**
 * A worker thread of src/build/cards.ts: draws each batch of cards it is sent
 * into the cache, and answers when the batch is done.
 */
import { parentPort } from 'node:worker_threads';
import { ogFont, type Card } from '../lib/og-image.ts';
import { cachedCard } from '../lib/og-render.ts';

const fonts = await ogFont();

parentPort!.on('message', async ({ cards, cacheDir }: { cards: Card[]; cacheDir: string }) => {
  for (const card of cards) await cachedCard(card, fonts, cacheDir);
  parentPort!.postMessage('done');
});
