/**
 * /og/rounds/<id>.png in `astro dev` only (injected by src/integrations/og-images.ts):
 * each round's link-preview image, drawn on request and cached by content. Builds
 * draw them in worker threads instead (src/build/cards.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getTimeline } from '../data/timeline.ts';
import { SITE_NAME } from '../lib/site.ts';
import { ogCacheDir, ogFont, roundCard } from '../lib/og-image.ts';
import { cachedCard } from '../lib/og-render.ts';
import type { RoundView } from '../lib/timeline.ts';

export const getStaticPaths = (async () => (await getTimeline()).rounds.map((round) => ({ params: { id: round.id }, props: { round } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ round: RoundView }> = async ({ props }) => {
  const { png } = await cachedCard(roundCard(props.round, SITE_NAME), await ogFont(), ogCacheDir());
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
