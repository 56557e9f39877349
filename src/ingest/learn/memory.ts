/**
 * The two memories the reader is judged with. Cold: a content folder that
 * knows only the outcome topics, as for a round no one has recorded. Warm:
 * the record's content without the scored article — its citations taken out,
 * and with them every fact, round or person that only it supported — as for
 * a second report of a round the site knows. Unrecorded: the same record
 * without the round the page reports, as for news of a round the site has
 * not taken in yet while it knows every other.
 */
import type { Citation, Content, Entry, RoundData } from '../../lib/types.ts';
import { knowledgeFrom, type Knowledge } from '../knowledge.ts';

/** Knowledge of nothing but the outcome topics. */
export function coldKnowledge(content: Content): Knowledge {
  return knowledgeFrom('(cold)', { articles: [], rounds: [], participants: [], venues: [], outcomes: content.outcomes });
}

/** The ids of the record's articles that are copies of the page at `url`. */
export function articlesAt(content: Content, url: string): Set<string> {
  const norm = (u: string) => u.replace(/^https?:\/\/(www\.)?/, '').replace(/\/+$/, '');
  return new Set(content.articles.filter((a) => a.data.url && norm(a.data.url) === norm(url)).map((a) => a.id));
}

/** The record without the articles `drop`: their citations removed, and what only they supported. */
export function warmKnowledge(content: Content, drop: Set<string>, forgetRound?: string): Knowledge {
  const keep = (cite: Citation[] | undefined) => (cite ?? []).filter((c) => !drop.has(c.source.id));
  const rounds: Entry<RoundData>[] = [];
  for (const r of content.rounds) {
    if (forgetRound && r.data.date <= forgetRound && (r.data.endDate ?? r.data.date) >= forgetRound) continue;
    const sources = r.data.sources.filter((s) => !drop.has(s.id));
    if (sources.length === 0) continue;
    const data: RoundData = {
      ...r.data,
      sources,
      parties: r.data.parties.filter((p) => keep(p.cite).length > 0).map((p) => ({ ...p, cite: keep(p.cite) })),
      mentions: r.data.mentions.filter((m) => keep(m.cite).length > 0).map((m) => ({ ...m, cite: keep(m.cite) })),
      outcomes: r.data.outcomes.filter((o) => keep(o.cite).length > 0).map((o) => ({ ...o, cite: keep(o.cite) })),
    };
    rounds.push({ ...r, data });
  }
  const inRounds = new Set(rounds.flatMap((r) => [...r.data.parties, ...r.data.mentions].map((p) => p.participant.id)));
  const participants = content.participants.filter((p) => inRounds.has(p.id) || p.data.roles.some((role) => keep(role.cite).length > 0) || p.data.roles.every((role) => !role.cite?.length));
  const venues = content.venues.filter((v) => rounds.some((r) => r.data.venue?.id === v.id));
  return knowledgeFrom('(warm)', { articles: content.articles.filter((a) => !drop.has(a.id)), rounds, participants, venues, outcomes: content.outcomes });
}
