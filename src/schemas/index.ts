/** Every collection's schema, by collection name. */
import { articleSchema } from './article.ts';
import type { CollectionName, RefFactory } from './common.ts';
import { outcomeSchema } from './outcome.ts';
import { participantSchema } from './participant.ts';
import { roundSchema } from './round.ts';
import { venueSchema } from './venue.ts';

export function schemas(ref: RefFactory) {
  return {
    articles: articleSchema(ref),
    rounds: roundSchema(ref),
    participants: participantSchema(ref),
    venues: venueSchema(),
    outcomes: outcomeSchema(),
  } satisfies Record<CollectionName, unknown>;
}

export const COLLECTIONS: readonly CollectionName[] = ['articles', 'rounds', 'participants', 'venues', 'outcomes'];
