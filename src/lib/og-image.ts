/**
 * Link-preview images (Open Graph, Twitter cards) for round pages: a 1200×630
 * PNG laid out by satori (text wrapping, flexbox) and rasterised by resvg, in
 * Noto Sans (OFL, shipped in src/assets/fonts/: the Latin, Latin Extended, Cyrillic
 * and Greek subsets, so Çavuşoğlu and Мединский are drawn, not boxed; the images are
 * drawn at build time and no font is sent to readers). Drawing one costs ~25 ms, so
 * images are cached by a hash of what they show: a rebuild draws only the
 * cards whose words changed.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { formatSpan } from './dates.ts';
import { placeName } from './wording.ts';
import { FORMAT_LABEL, LEVEL_LABEL } from './labels.ts';
import type { Paths } from './paths.ts';
import type { RoundView } from './timeline.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** Raise when the card's design changes, so every cached image is drawn again. */
const DESIGN_VERSION = 1;

/** What a card shows. */
export interface Card {
  /** The site's name, above the title. */
  kicker: string;
  title: string;
  /** One or two short lines below the title. */
  lines: string[];
}

/**
 * The address of a round's preview image.
 * @example ogImagePath(makePaths('/talks/'), '2022-03-10-antalya') // => '/talks/og/rounds/2022-03-10-antalya.png'
 */
export function ogImagePath(paths: Paths, id: string): string {
  return paths.to(`og/rounds/${id}.png`);
}

/** A round's card: its title, when, where and at what level. */
export function roundCard(round: RoundView, siteName: string): Card {
  const { data } = round;
  const where = round.venue ? placeName(round.venue.data, { country: false }) : data.format === 'video' ? FORMAT_LABEL.video : 'Venue not reported';
  return { kicker: siteName, title: data.title, lines: [formatSpan(data.date, data.endDate), `${where} · ${LEVEL_LABEL[data.level]}`] };
}

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
  // Rasterising is ~90% of the cost; renderAsync does it on libuv's thread pool, so
  // the build's main thread goes on rendering pages meanwhile (the second core works).
  return (await renderAsync(svg, { fitTo: { mode: 'original' } })).asPng();
}

/**
 * The cache key of a card: a hash of the design version, the fonts and the words.
 * @example cardKey({ kicker: 'K', title: 'T', lines: [] }, fonts) // => '3f1a…' (64 hex digits)
 */
export function cardKey(card: Card, fonts: CardFonts): string {
  const hash = createHash('sha256').update(`${DESIGN_VERSION}\0`);
  for (const font of fonts) hash.update(font);
  return hash.update(JSON.stringify(card)).digest('hex');
}

let draws = 0;

/** Where drawn cards are kept: beside Astro's own cache, or `OG_CACHE_DIR`. Relative to the project, where builds run. */
export function ogCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.OG_CACHE_DIR || 'node_modules/.astro/og-images');
}

/** The files of the card font, Latin first: the subsets names on the site are written in. */
export type CardFonts = Uint8Array[];
const FONT_SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'greek'];
let fontBytes: Promise<CardFonts> | undefined;

/** The card font (Noto Sans, OFL), read once. */
export function ogFont(): Promise<CardFonts> {
  return (fontBytes ??= Promise.all(FONT_SUBSETS.map((subset) => fs.readFile(path.resolve(`src/assets/fonts/noto-sans-${subset}-700-normal.woff`)))));
}

/** The card's PNG from `cacheDir` when it was drawn before, else drawn now and kept there. */
export async function cachedCard(card: Card, fonts: CardFonts, cacheDir: string): Promise<{ png: Uint8Array; cached: boolean }> {
  const file = path.join(cacheDir, `${cardKey(card, fonts)}.png`);
  try {
    return { png: await fs.readFile(file), cached: true };
  } catch {
    const png = await renderCard(card, fonts);
    await fs.mkdir(cacheDir, { recursive: true });
    // Write beside, then rename: a build stopped halfway never leaves half an image in the cache.
    // One temporary name per draw: pages render concurrently (build.concurrency), and two rounds may share a card.
    const partial = `${file}.${process.pid}.${++draws}.tmp`;
    await fs.writeFile(partial, png);
    await fs.rename(partial, file);
    return { png, cached: false };
  }
}
