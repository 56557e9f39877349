/**
 * The public data files under /data/. Tools read these, so their shape is a
 * contract (see the design's "/data/rounds.json"): change it only by adding fields.
 */
import type { Paths } from './paths.ts';
import { absolute } from './paths.ts';
import type { Timeline } from './timeline.ts';

export interface RoundRecord {
  id: string;
  url: string;
  title: string;
  date: string;
  endDate: string | null;
  status: string;
  format: string;
  level: string;
  venue: { id: string; name: string; city: string; country: string } | null;
  participants: { id: string; name: string; side: string; role: string | null }[];
  outcomes: { topic: string; status: string; summary: string }[];
  /** `url` is the article's own address, or null when it has none; its page here is /sources/<id>/. */
  sources: { id: string; publisher: string; published: string; url: string | null }[];
  /** `derived` while the round, or anything on it (a person, an outcome, a source article, its venue), awaits an editor's review. */
  review: 'reviewed' | 'derived';
}

type Site = string | URL | undefined;

/** `/data/rounds.json`: every round in date order. */
export function roundsData(timeline: Timeline, paths: Paths, site: Site): RoundRecord[] {
  return timeline.rounds.map((r) => ({
    id: r.id,
    url: absolute(paths.round(r.id), site),
    title: r.data.title,
    date: r.data.date,
    endDate: r.data.endDate ?? null,
    status: r.data.status,
    format: r.data.format,
    level: r.data.level,
    venue: r.venue ? { id: r.venue.id, name: r.venue.data.name, city: r.venue.data.city, country: r.venue.data.country } : null,
    participants: r.parties.map((p) => ({ id: p.participant.id, name: p.participant.data.name, side: p.side, role: p.role ?? null })),
    outcomes: r.outcomes.map((o) => ({ topic: o.topic.id, status: o.status, summary: o.summary })),
    sources: r.sources.map((a) => ({ id: a.id, publisher: a.data.publisher, published: a.data.published, url: a.data.url ?? null })),
    review: r.derived ? 'derived' : 'reviewed',
  }));
}

const ids = (rounds: { id: string }[] | undefined) => [...new Set((rounds ?? []).map((r) => r.id))];

/** `/data/participants.json`: each participant with the rounds they sat at and those that only mention them. */
export function participantsData(timeline: Timeline, paths: Paths, site: Site) {
  return [...timeline.participants.values()].map((p) => ({
    id: p.id,
    url: absolute(paths.participant(p.id), site),
    name: p.data.name,
    aliases: p.data.aliases,
    misspellings: p.data.misspellings,
    kind: p.data.kind,
    country: p.data.country ?? null,
    roles: p.data.roles.map((r) => ({ title: r.title, from: r.from ?? null, to: r.to ?? null })),
    review: p.data.review,
    rounds: ids(timeline.appearancesOf.get(p.id)?.map((a) => a.round)),
    mentionedIn: ids(timeline.mentionsOf.get(p.id)?.map((m) => m.round)),
  }));
}

/** `/data/venues.json`: each venue with the rounds held there. */
export function venuesData(timeline: Timeline, paths: Paths, site: Site) {
  return [...timeline.venues.values()].map((v) => ({
    id: v.id,
    url: absolute(paths.venue(v.id), site),
    name: v.data.name,
    aliases: v.data.aliases,
    city: v.data.city,
    country: v.data.country,
    coordinates: v.data.coordinates ?? null,
    review: v.data.review,
    rounds: ids(timeline.roundsAt.get(v.id)),
  }));
}

/** `/data/outcomes.json`: each topic with its status round by round. */
export function outcomesData(timeline: Timeline, paths: Paths, site: Site) {
  return [...timeline.outcomes.values()].map((o) => {
    const history = timeline.historyOf.get(o.id) ?? [];
    return {
      id: o.id,
      url: absolute(paths.outcome(o.id), site),
      title: o.data.title,
      description: o.data.description,
      review: o.data.review,
      rounds: ids(history.map((h) => h.round)),
      history: history.map((h) => ({ round: h.round.id, date: h.round.data.date, status: h.outcome.status, summary: h.outcome.summary })),
    };
  });
}

/** `/data/sources.json`: each source article; `url` is its page here, `articleUrl` the article's own address. */
export function sourcesData(timeline: Timeline, paths: Paths, site: Site) {
  return [...timeline.articles.values()]
    .sort((a, b) => a.data.published.localeCompare(b.data.published) || a.id.localeCompare(b.id))
    .map((a) => ({
      id: a.id,
      url: absolute(paths.source(a.id), site),
      title: a.data.title,
      publisher: a.data.publisher,
      published: a.data.published,
      articleUrl: a.data.url ?? null,
      language: a.data.language,
      review: a.data.review,
      rounds: ids(timeline.roundsIn.get(a.id)),
      facts: timeline.factsFrom.get(a.id)?.length ?? 0,
    }));
}
