/**
 * Link-preview images (Open Graph, Twitter cards) for round pages: what each card
 * says, where it is kept, and its address. A card is a 1200×630 PNG laid out by
 * satori and rasterised by resvg (src/lib/og-render.ts), in
 * Noto Sans (OFL, shipped in src/assets/fonts/: the Latin, Latin Extended, Cyrillic
 * and Greek subsets, so Çavuşoğlu and Мединский are drawn, not boxed; the images are
 * drawn at build time and no font is sent to readers). Drawing one costs ~15 ms of
 * CPU, so images are cached by a hash of what they show: a rebuild draws only the
 * cards whose words changed (src/lib/og-cache.ts). The build draws them in worker
 * threads beside Astro (src/build/cards.ts), never in a page route, so pages need
 * only this module.
 */
import { formatSpan } from './dates.ts';
import { placeName } from './wording.ts';
import { FORMAT_LABEL, LEVEL_LABEL } from './labels.ts';
import type { Paths } from './paths.ts';
import type { RoundView, Timeline } from './timeline.ts';

export { cardFile, cardKey, ogCacheDir, ogFont, type CardFonts } from './og-cache.ts';

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
  const where = round.venue ? placeName(round.venue.data, { country: false }) : data.format === 'video' ? FORMAT_LABEL.video : 'Venue not reported';
  return { kicker: siteName, title: data.title, lines: [formatSpan(data.date, data.endDate), `${where} · ${LEVEL_LABEL[data.level]}`] };
}

/** Every round's card, last round first (the newest are the ones shared soonest). */
export function roundCards(timeline: Timeline, siteName: string): RoundCard[] {
  return timeline.rounds.map((round) => ({ id: round.id, card: roundCard(round, siteName) })).reverse();
}
