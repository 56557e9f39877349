/**
 * Merges what later articles report about a round (their `findings`) into the
 * round, without touching the round's file: a fact the round already has gains
 * the article as a further source; a new participant or outcome is added and
 * marked derived; a different value becomes an open disagreement that shows
 * both values with their sources. Nothing the editors wrote is overwritten.
 */
import { FORMAT_LABEL, LEVEL_LABEL, OUTCOME_STATUS_LABEL, SIDE_LABEL } from './labels.ts';
import type { DisagreementView, MentionView, OutcomeView, PartyView, ReportedValueView, RoundView, SourceRef } from './timeline.ts';
import type { ArticleData, Entry, OutcomeData, ParticipantData, VenueData } from './types.ts';

type Finding = ArticleData['findings'][number];

export interface FindingLookups {
  participants: Map<string, Entry<ParticipantData>>;
  venues: Map<string, Entry<VenueData>>;
  outcomes: Map<string, Entry<OutcomeData>>;
}

/** Adds a citation unless the same article already supports the fact. */
function addCite(list: SourceRef[], ref: SourceRef): void {
  if (!list.some((c) => c.article.id === ref.article.id)) list.push(ref);
}

/** Records that `ref` reports `value` for `fact`, where the round says `current`. */
function contradict(
  round: RoundView,
  fact: string,
  about: string,
  current: { value: string; cite: SourceRef[] },
  reported: { value: string; ref: SourceRef },
): void {
  let d = round.disagreements.find((x) => x.fact === fact);
  if (!d) {
    d = {
      fact,
      about,
      values: [{ value: current.value, cite: [...current.cite] }],
      open: true,
      subject: { collection: 'rounds', id: round.id, title: round.data.title },
    } satisfies DisagreementView;
    round.disagreements.push(d);
  }
  let value: ReportedValueView | undefined = d.values.find((v) => v.value === reported.value);
  if (!value) d.values.push((value = { value: reported.value, cite: [] }));
  addCite(value.cite, reported.ref);
}

/** Merges one article's finding into its round. */
export function mergeFinding(round: RoundView, article: Entry<ArticleData>, finding: Finding, lookups: FindingLookups): void {
  const cite = (evidence?: string): SourceRef => ({ article, evidence });
  const { data } = round;
  if (!round.sources.some((a) => a.id === article.id)) {
    round.sources.push(article);
    round.sources.sort((a, b) => a.data.published.localeCompare(b.data.published) || a.id.localeCompare(b.id));
  }

  if (finding.date) {
    if (finding.date === data.date) addCite((round.cite.date ??= []), cite(finding.evidence.date));
    else contradict(round, 'date', 'On which day did the round begin?', { value: data.date, cite: round.cite.date ?? [] }, { value: finding.date, ref: cite(finding.evidence.date) });
  }
  if (finding.venue) {
    const venue = lookups.venues.get(finding.venue.id);
    if (venue && round.venue?.id === venue.id) addCite((round.cite.venue ??= []), cite(finding.evidence.venue));
    else if (venue) {
      const current = round.venue ? `${round.venue.data.name}, ${round.venue.data.city}` : 'No venue (video call)';
      contradict(round, 'venue', 'Where was the round held?', { value: current, cite: round.cite.venue ?? [] }, { value: `${venue.data.name}, ${venue.data.city}`, ref: cite(finding.evidence.venue) });
    }
  }
  if (finding.format) {
    if (finding.format === data.format) addCite((round.cite.format ??= []), cite(finding.evidence.format));
    else contradict(round, 'format', 'Was the round held in person or by video?', { value: FORMAT_LABEL[data.format], cite: round.cite.format ?? [] }, { value: FORMAT_LABEL[finding.format], ref: cite(finding.evidence.format) });
  }

  if (finding.level) {
    if (finding.level === data.level) addCite((round.cite.level ??= []), cite(finding.evidence.level));
    else contradict(round, 'level', 'At what level did the sides meet?', { value: LEVEL_LABEL[data.level], cite: round.cite.level ?? [] }, { value: LEVEL_LABEL[finding.level], ref: cite(finding.evidence.level) });
  }

  for (const m of finding.mentions) {
    const participant = lookups.participants.get(m.participant.id);
    if (!participant || round.parties.some((p) => p.participant.id === participant.id)) continue;
    const existing = round.mentions.find((x) => x.participant.id === participant.id);
    if (existing) addCite(existing.cite, cite(m.evidence));
    else round.mentions.push({ participant, note: m.note, cite: [cite(m.evidence)] } satisfies MentionView);
  }

  for (const p of finding.parties) {
    const participant = lookups.participants.get(p.participant.id);
    if (!participant) continue;
    const existing = round.parties.find((x) => x.participant.id === participant.id);
    if (!existing) {
      const party: PartyView = { participant, side: p.side, role: p.role, lead: p.lead, cite: [cite(p.evidence)], derived: true };
      round.parties.push(party);
    } else if (existing.side === p.side) addCite(existing.cite, cite(p.evidence));
    else {
      contradict(round, `party:${participant.id}`, `On which side did ${participant.data.name} take part?`, { value: SIDE_LABEL[existing.side], cite: existing.cite }, { value: SIDE_LABEL[p.side], ref: cite(p.evidence) });
    }
  }

  for (const o of finding.outcomes) {
    const topic = lookups.outcomes.get(o.topic.id);
    if (!topic) continue;
    const existing = round.outcomes.find((x) => x.topic.id === topic.id);
    if (!existing) {
      const outcome: OutcomeView = { topic, status: o.status, summary: o.summary, cite: [cite(o.evidence)], followUp: [], derived: true };
      round.outcomes.push(outcome);
    } else if (existing.status === o.status) addCite(existing.cite, cite(o.evidence));
    else {
      contradict(round, `outcome:${topic.id}`, `What did the round decide on ${topic.data.title.toLowerCase()}?`, { value: OUTCOME_STATUS_LABEL[existing.status], cite: existing.cite }, { value: OUTCOME_STATUS_LABEL[o.status], ref: cite(o.evidence) });
    }
  }
}
