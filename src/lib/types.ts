/**
 * The plain data the timeline model works on: content entries as the
 * collection schemas produce them, whether Astro loaded them or the
 * content checker did. Only types here, so nothing of Astro is imported.
 */
import type { z } from 'astro/zod';
import type { articleSchema } from '../schemas/article.ts';
import type { citationSchema, disagreementSchema, followUpSchema } from '../schemas/citation.ts';
import type { CollectionName, RefFactory } from '../schemas/common.ts';
import type { outcomeSchema } from '../schemas/outcome.ts';
import type { participantSchema } from '../schemas/participant.ts';
import type { roundSchema } from '../schemas/round.ts';
import type { venueSchema } from '../schemas/venue.ts';

type Out<F extends (ref: RefFactory) => z.ZodType> = z.output<ReturnType<F>>;

export type ArticleData = Out<typeof articleSchema>;
export type RoundData = Out<typeof roundSchema>;
export type ParticipantData = Out<typeof participantSchema>;
export type VenueData = z.output<ReturnType<typeof venueSchema>>;
export type OutcomeData = z.output<ReturnType<typeof outcomeSchema>>;
export type Citation = Out<typeof citationSchema>;
export type Disagreement = Out<typeof disagreementSchema>;
export type FollowUp = Out<typeof followUpSchema>;

export type Party = RoundData['parties'][number];
export type Mention = RoundData['mentions'][number];
export type RoundOutcome = RoundData['outcomes'][number];
export type Side = Party['side'];
export type OutcomeStatus = RoundOutcome['status'];
export type FollowUpStatus = FollowUp['status'];

/** One content entry: its id (the file name), where it came from, and its data. */
export interface Entry<D> {
  id: string;
  data: D;
  /** Path of the file relative to the project, for messages. */
  filePath?: string;
  /** The Markdown body, unrendered (kept by the content checker; Astro drops it to save memory). */
  body?: string;
  /** The body as Astro rendered it. */
  rendered?: { html: string };
}

/** Everything in `content/`, one list per collection. */
export interface Content {
  articles: Entry<ArticleData>[];
  rounds: Entry<RoundData>[];
  participants: Entry<ParticipantData>[];
  venues: Entry<VenueData>[];
  outcomes: Entry<OutcomeData>[];
}

export type { CollectionName };
