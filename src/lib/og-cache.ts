/**
 * Where drawn link-preview cards are kept, and under which name: a hash of the
 * design, the fonts and the words, so a build draws only the cards whose words
 * changed. Apart from what a card says (src/lib/og-image.ts), so the threads that
 * draw cards load no more than drawing needs.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Card } from './og-image.ts';

/** Raise when the card's design or encoding changes, so every cached image is drawn again. */
const DESIGN_VERSION = 2;

/**
 * The cache key of a card: a hash of the design version, the fonts and the words.
 * @example cardKey({ kicker: 'K', title: 'T', lines: [] }, fonts) // => '3f1a…' (64 hex digits)
 */
export function cardKey(card: Card, fonts: CardFonts): string {
  const hash = createHash('sha256').update(`${DESIGN_VERSION}\0`);
  for (const font of fonts) hash.update(font);
  return hash.update(JSON.stringify(card)).digest('hex');
}

/**
 * Where drawn cards are kept between builds: `node_modules/.astro/og-images/` beside Astro's
 * own cache, or `OG_CACHE_DIR`. Relative to the project, where builds run. CI and hosts should
 * keep this folder between builds (README, "Link-preview images").
 */
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

/** The file a card is kept in under `cacheDir`. */
export function cardFile(card: Card, fonts: CardFonts, cacheDir: string): string {
  return path.join(cacheDir, `${cardKey(card, fonts)}.png`);
}
