/**
 * Link-preview images (Open Graph, Twitter cards) for round pages: what each card
 * says, where it is kept, and its address. A card is a 1200×630 PNG laid out by
 * satori and rasterised by resvg (src/lib/og-render.ts), in
 * Noto Sans (OFL, shipped in src/assets/fonts/: the Latin, Latin Extended, Cyrillic
 * and Greek subsets, so Çavuşoğlu and Мединский are drawn, not boxed; the images are
 * drawn at build time and no font is sent to readers). Drawing one costs ~15 ms of
 * CPU, so images are cached by a hash of what they show: a rebuild draws only the
 * cards whose words changed. The build draws them in worker threads beside Astro
 * (src/build/cards.ts), never in a page route, so pages need only this module.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { formatSpan } from './dates.ts';
import { FORMAT_LABEL, LEVEL_LABEL } from './labels.ts';
import type { Paths } from './paths.ts';
import type { RoundView, Timeline } from './timeline.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** Raise when the card's design or encoding changes, so every cached image is drawn again. */
const DESIGN_VERSION = 2;

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

/** A card and the round it is for: drawn to `og/rounds/<id>.png`. */
export interface RoundCard {
  id: string;
  card: Card;
}

/** A round's card: its title, when, where and at what level. */
export function roundCard(round: RoundView, siteName: string): Card {
  const { data } = round;
  const where = round.venue ? `${round.venue.data.name}, ${round.venue.data.city}` : data.format === 'video' ? FORMAT_LABEL.video : 'Venue not reported';
  return { kicker: siteName, title: data.title, lines: [formatSpan(data.date, data.endDate), `${where} · ${LEVEL_LABEL[data.level]}`] };
}

/** Every round's card, last round first (the newest are the ones shared soonest). */
export function roundCards(timeline: Timeline, siteName: string): RoundCard[] {
  return timeline.rounds.map((round) => ({ id: round.id, card: roundCard(round, siteName) })).reverse();
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
