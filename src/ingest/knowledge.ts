/**
 * What the site already knows, loaded once per run from the content folder:
 * participants and venues with every alias, outcome topics with keywords,
 * rounds to match, the checksums of articles already taken in, and the names the
 * record gives outlets by their web address.
 */
import { readContent } from '../lib/content-files.ts';
import { readGeneration } from './transaction.ts';
import type { Content, Entry, OutcomeData, ParticipantData, RoundData, VenueData } from '../lib/types.ts';
import { NameMatcher } from './names.ts';
import { hostOf } from './text.ts';

export interface Knowledge {
  dir: string;
  content: Content;
  names: NameMatcher;
  participants: Map<string, Entry<ParticipantData>>;
  venues: Map<string, Entry<VenueData>>;
  outcomes: Map<string, Entry<OutcomeData>>;
  rounds: Entry<RoundData>[];
  /** Article id by its `sha256` (of the normalised text; of the raw bytes for articles taken in before). */
  bySha: Map<string, string>;
  /** The outlet the record credits for each web address host (`rt.com` → `RT`): its reviewed articles' word first, then the most common. */
  publishers: Map<string, string>;
  /** Every id in use per collection, so new ids never collide. */
  ids: Record<'articles' | 'rounds' | 'participants' | 'venues', Set<string>>;
  /** Problems in the content folder itself, as messages. */
  problems: string[];
  /** The folder's generation when this was read (see transaction.ts): another value on disk means it is stale. */
  generation: string;
  /** Files (`<collection>/<id>`) being replaced by this article's new drafts: their names are free. */
  replacing?: Set<string>;
}

/** Reads `dir` (a content folder) into what the stages look things up in. */
export function loadKnowledge(dir: string): Knowledge {
  // Read the generation first: a change made while reading then shows as stale later.
  const generation = readGeneration(dir);
  const { content, problems } = readContent(dir);
  return { ...knowledgeFrom(dir, content, problems.map((p) => `${p.file}: ${p.message}`)), generation };
}

/** The same from content already in memory (tests and the benchmark). */
export function knowledgeFrom(dir: string, content: Content, problems: string[] = []): Knowledge {
  const byId = <D>(list: Entry<D>[]) => new Map(list.map((e) => [e.id, e]));
  const bySha = new Map<string, string>();
  for (const a of content.articles) if (a.data.sha256) bySha.set(a.data.sha256, a.id);
  return {
    dir,
    content,
    names: new NameMatcher(content.participants),
    participants: byId(content.participants),
    venues: byId(content.venues),
    outcomes: byId(content.outcomes),
    rounds: content.rounds,
    bySha,
    publishers: publishersByHost(content),
    ids: {
      articles: new Set(content.articles.map((e) => e.id)),
      rounds: new Set(content.rounds.map((e) => e.id)),
      participants: new Set(content.participants.map((e) => e.id)),
      venues: new Set(content.venues.map((e) => e.id)),
    },
    problems,
    generation: '',
  };
}

function publishersByHost(content: Content): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const a of content.articles) {
    if (!a.data.url) continue;
    const host = hostOf(a.data.url);
    // A publisher that is only the host itself says nothing new.
    if (a.data.publisher.toLowerCase() === host) continue;
    const names = votes.get(host) ?? new Map<string, number>();
    names.set(a.data.publisher, (names.get(a.data.publisher) ?? 0) + (a.data.review === 'reviewed' ? 100 : 1));
    votes.set(host, names);
  }
  return new Map([...votes].map(([host, names]) => [host, [...names].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]![0]]));
}
