/** The shapes passed between the ingest stages, and the one error type they throw. */
import type { FORMATS, LEVELS, OUTCOME_STATUSES, ROUND_STATUSES, SIDES } from '../schemas/round.ts';

export type Format = (typeof FORMATS)[number];
export type Level = (typeof LEVELS)[number];
export type Side = (typeof SIDES)[number];
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];
export type RoundStatus = (typeof ROUND_STATUSES)[number];

/** An article the command cannot take in: `file` is named in the message, with the fix. */
export class IngestError extends Error {
  readonly file: string;
  readonly reason: string;
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'IngestError';
    this.file = file;
    this.reason = reason;
  }
}

/** What the editor passes on the command line. */
export interface IngestOptions {
  published?: string;
  url?: string;
  publisher?: string;
  /** The id of a recorded round the article speaks of, when the reader does not match it. */
  round?: string;
}

/** The design's `--dry-run --json` shape: what the command derived from one article. */
export interface DerivedJson {
  article: { title: string | null; publisher: string | null; published: string | null; url: string | null };
  /** The main round first. */
  rounds: {
    id: string;
    existing: boolean;
    date: string | null;
    endDate: string | null;
    format: Format;
    venue: VenueJson | null;
    confidence: number;
  }[];
  participants: { id: string; name: string; country: string | null; role: string | null; side: Side; known: boolean; confidence: number }[];
  mentioned: { id: string; name: string }[];
  outcomes: { topic: string; status: OutcomeStatus; evidence: string; confidence: number }[];
  /** Facts the reader found but is not sure enough of to assert: for the editor to check. */
  uncertain: { kind: 'round' | 'participant' | 'outcome'; value: string; evidence: string | null; confidence: number }[];
  warnings: string[];
}

export interface VenueJson {
  id: string;
  name: string;
  city: string | null;
  country: string | null;
}
