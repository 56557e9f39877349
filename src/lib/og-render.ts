/**
 * Drawing link-preview cards (src/lib/og-image.ts says what they show): satori lays
 * the card out (text wrapping, flexbox) as SVG, resvg rasterises it, and the pixels
 * are encoded as PNG (src/lib/png.ts). All of it is synchronous CPU work, ~15 ms a
 * card: the build runs it in worker threads (src/build/cards.ts).
 */
import fs from 'node:fs/promises';
import { threadId } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { cardFile, type CardFonts } from './og-cache.ts';
import type { Card } from './og-image.ts';
import { encodePng } from './png.ts';

/** The size of a link preview that social sites show large (Open Graph, Twitter's large card). */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

type Node = { type: string; props: { style: Record<string, unknown>; children?: unknown } };
const div = (style: Record<string, unknown>, children?: unknown): Node => ({ type: 'div', props: { style, children } });

/** Draws a card as PNG bytes. */
export async function renderCard(card: Card, fonts: CardFonts): Promise<Uint8Array> {
  const tree = div(
    {
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      width: '100%',
      height: '100%',
      boxSizing: 'border-box',
      padding: '56px 64px',
      background: '#fdfdfc',
      color: '#1b1d21',
      borderTop: '16px solid #0b4fa8',
    },
    [
      div({ fontSize: 30, color: '#555b66' }, card.kicker),
      div({ fontSize: card.title.length > 60 ? 56 : 66, lineHeight: 1.15 }, card.title),
      div({ display: 'flex', flexDirection: 'column', fontSize: 32, color: '#555b66' }, card.lines.map((line) => div({}, line))),
    ],
  );
  const svg = await satori(tree as never, {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    // One family in several files, named apart (satori keeps one file per name): it takes
    // each glyph from the first file that has it.
    fonts: fonts.map((data, i) => ({ name: i === 0 ? 'Noto Sans' : `Noto Sans ${i}`, data: data as unknown as ArrayBuffer, weight: 700 as const, style: 'normal' as const })),
  });
  // Satori has drawn the words as paths, so resvg needs no fonts: loading the machine's
  // fonts cost ~13 ms a card, more than drawing it.
  const image = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
  return encodePng(image.pixels, image.width, image.height);
}

let draws = 0;

/** The card's PNG from `cacheDir` when it was drawn before, else drawn now and kept there. */
export async function cachedCard(card: Card, fonts: CardFonts, cacheDir: string): Promise<{ png: Uint8Array; cached: boolean }> {
  const file = cardFile(card, fonts, cacheDir);
  try {
    return { png: await fs.readFile(file), cached: true };
  } catch {
    const png = await renderCard(card, fonts);
    await fs.mkdir(cacheDir, { recursive: true });
    // Write beside, then rename: a build stopped halfway never leaves half an image in the cache.
    // One temporary name per draw: several threads draw at once, and two rounds may share a card.
    const partial = `${file}.${process.pid}.${threadId}.${++draws}.tmp`;
    await fs.writeFile(partial, png);
    await fs.rename(partial, file);
    return { png, cached: false };
  }
}
