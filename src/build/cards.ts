/**
 * Link-preview cards for a build: drawn into their cache in worker threads, so
 * no card is ever drawn on a thread that renders pages, then copied into the
 * built site as `og/rounds/<id>.png`.
 *
 * `npm run build` (src/build/cli.ts) draws them beside `astro build` from the
 * cards the content check reports; a bare `astro build` draws them beside its
 * own work (src/integrations/og-images.ts); `node src/build/images.ts` draws them
 * alone.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { cardFile, ogFont } from '../lib/og-cache.ts';
import type { Card, RoundCard } from '../lib/og-image.ts';

/** Cards sent to a worker at a time: enough to keep it busy, few enough to share them out evenly. */
const BATCH = 8;

export interface DrawReport {
  /** Cards drawn now. */
  drawn: number;
  /** Cards found in the cache. */
  cached: number;
  threads: number;
  seconds: number;
}

/**
 * How many threads draw cards: one per core but one, left for Astro's page rendering
 * (at least one); `OG_THREADS` sets it.
 * @example cardThreads({}, 2) // => 1
 */
export function cardThreads(env: NodeJS.ProcessEnv = process.env, cores = os.availableParallelism()): number {
  const wanted = Number(env.OG_THREADS);
  return Number.isInteger(wanted) && wanted > 0 ? wanted : Math.max(1, cores - 1);
}

/** Draws every card that is not in `cacheDir` yet, in `threads` worker threads (src/build/card-worker.ts). */
export async function drawCards(cards: Card[], options: { cacheDir: string; threads?: number }): Promise<DrawReport> {
  const started = performance.now();
  const fonts = await ogFont();
  const unique = new Map(cards.map((card) => [cardFile(card, fonts, options.cacheDir), card]));
  const missing = [...unique].filter(([file]) => !fs.existsSync(file)).map(([, card]) => card);
  const threads = Math.min(options.threads ?? cardThreads(), Math.ceil(missing.length / BATCH));
  if (missing.length) {
    fs.mkdirSync(options.cacheDir, { recursive: true });
    let next = 0;
    await Promise.all(
      Array.from({ length: threads }, () => {
        const worker = new Worker(new URL('./card-worker.ts', import.meta.url));
        return new Promise<void>((resolve, reject) => {
          const send = () => {
            if (next >= missing.length) {
              void worker.terminate().then(() => resolve());
              return;
            }
            worker.postMessage({ cards: missing.slice(next, (next += BATCH)), cacheDir: options.cacheDir });
          };
          worker.on('message', send);
          worker.on('error', reject);
          worker.on('exit', (code) => (code === 0 || next >= missing.length ? resolve() : reject(new Error(`a card-drawing thread stopped (exit ${code})`))));
          send();
        });
      }),
    );
  }
  return { drawn: missing.length, cached: unique.size - missing.length, threads, seconds: (performance.now() - started) / 1000 };
}

/** Copies each round's drawn card from `cacheDir` to `<outDir>/og/rounds/<id>.png`. */
export async function writeCards(cards: RoundCard[], options: { cacheDir: string; outDir: string }): Promise<void> {
  const fonts = await ogFont();
  const dir = path.join(options.outDir, 'og/rounds');
  fs.mkdirSync(dir, { recursive: true });
  // A few copies at a time: thousands at once would only queue on libuv's four threads.
  for (let i = 0; i < cards.length; i += 32) {
    await Promise.all(cards.slice(i, i + 32).map(({ id, card }) => fs.promises.copyFile(cardFile(card, fonts, options.cacheDir), path.join(dir, `${id}.png`))));
  }
}
