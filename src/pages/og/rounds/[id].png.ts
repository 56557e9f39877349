/** /og/rounds/<id>.png: each round's link-preview image, drawn at build time and cached by content. */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getTimeline } from '../../../data/timeline.ts';
import { SITE_NAME } from '../../../lib/site.ts';
import { cachedCard, roundCard } from '../../../lib/og-image.ts';
import type { RoundView } from '../../../lib/timeline.ts';

export const getStaticPaths = (async () => (await getTimeline()).rounds.map((round) => ({ params: { id: round.id }, props: { round } }))) satisfies GetStaticPaths;

// Both relative to the project, where `astro build` runs. The cache lives beside Astro's own (node_modules/.astro).
const FONT_FILE = path.resolve('src/assets/fonts/noto-sans-latin-700-normal.woff');
const CACHE_DIR = path.resolve(process.env.OG_CACHE_DIR || 'node_modules/.astro/og-images');
let font: Promise<Uint8Array> | undefined;

export const GET: APIRoute<{ round: RoundView }> = async ({ props }) => {
  const { png } = await cachedCard(roundCard(props.round, SITE_NAME), await (font ??= fs.readFile(FONT_FILE)), CACHE_DIR);
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
