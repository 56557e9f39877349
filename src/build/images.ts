/**
 * `node src/build/images.ts [--outDir dist]`: draws the rounds' link-preview cards
 * of the content folder (`CONTENT_DIR`, else `content/`) into their cache, in
 * worker threads, and copies them into a built site when `--outDir` is given.
 * `npm run build` does the same beside `astro build`; this runs the step alone
 * (the benchmark times it, and an editor can refresh a built site's images).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../lib/content-dir.ts';
import { readContent } from '../lib/content-files.ts';
import { ogCacheDir, roundCards, type RoundCard } from '../lib/og-image.ts';
import { SITE_NAME } from '../lib/site.ts';
import { buildTimeline } from '../lib/timeline.ts';
import { drawCards, writeCards } from './cards.ts';

/** Every round's card in a content folder, read outside Astro. */
export function readRoundCards(dir: string): RoundCard[] {
  return roundCards(buildTimeline(readContent(dir).content), SITE_NAME);
}

if (import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({ options: { outDir: { type: 'string' } } });
  const cards = readRoundCards(contentDir());
  const cacheDir = ogCacheDir();
  const report = await drawCards(cards.map((c) => c.card), { cacheDir });
  if (values.outDir) await writeCards(cards, { cacheDir, outDir: path.resolve(values.outDir) });
  console.log(
    `Link-preview images: ${report.drawn} drawn, ${report.cached} from the cache (${cacheDir}) in ${report.seconds.toFixed(1)} s` +
      `${report.drawn ? ` on ${report.threads} thread${report.threads === 1 ? '' : 's'}` : ''}${values.outDir ? `; ${cards.length} written to ${values.outDir}/og/rounds/` : ''}.`,
  );
}
