/**
 * The timeline model: every round in date order with its resolved people,
 * place, outcomes and sources, and the reverse indexes the other pages need
 * (a participant's rounds, a venue's rounds, an outcome's history, the facts an
 * article supports). Built once per build in linear time; pages only read it.
 */
import { daysBetween, describeGap, yearOf } from './dates.ts';
import { ContentError, type Problem } from './problems.ts';
import type {
  ArticleData,
  Citation,
  Content,
  Disagreement,
  Entry,
  FollowUp,
  Mention,
  OutcomeData,
  Party,
  ParticipantData,
  RoundData,
  RoundOutcome,
  Side,
  VenueData,
} from './types.ts';
import { collectFacts, supportingFacts, type Fact } from './facts.ts';
import { mergeFinding } from './findings.ts';
import { ledeOf } from './lede.ts';

/** A citation with its article looked up. */
export interface SourceRef {
  article: Entry<ArticleData>;
  evidence?: string;
}

export interface PartyView {
  participant: Entry<ParticipantData>;
  side: Side;
  role?: string;
  lead: boolean;
  cite: SourceRef[];
  /** Not reviewed: added from a later article's findings, on a derived round, or a derived participant. */
  derived?: boolean;
}

export interface MentionView {
  participant: Entry<ParticipantData>;
  note?: string;
  cite: SourceRef[];
  /** Not reviewed: on a derived round, so its note is the ingest command's, not the editors'. */
  derived?: boolean;
}

export interface FollowUpView extends Omit<FollowUp, 'cite'> {
  cite: SourceRef[];
}

export interface OutcomeView {
  topic: Entry<OutcomeData>;
  status: RoundOutcome['status'];
  summary: string;
  cite: SourceRef[];
  followUp: FollowUpView[];
  /**
   * Not reviewed: added from a later article's findings, or on a derived round. Its
   * summary is then the ingest command's words, which pages do not show.
   */
  derived?: boolean;
}

export interface ReportedValueView {
  value: string;
  note?: string;
  cite: SourceRef[];
}

export interface RoleView {
  title: string;
  from?: string;
  to?: string;
  /** Where a fact of the role comes from when no cited article states it. */
  note?: string;
  cite: SourceRef[];
}

export interface DisagreementView {
  fact: string;
  about: string;
  values: ReportedValueView[];
  chosen?: string;
  reason?: string;
  /** Open until an editor has chosen a value. */
  open: boolean;
  /** The page the disagreement belongs to. */
  subject: { collection: 'rounds' | 'participants'; id: string; title: string };
}

export interface RoundView {
  id: string;
  entry: Entry<RoundData>;
  data: RoundData;
  year: number;
  venue?: Entry<VenueData>;
  parties: PartyView[];
  mentions: MentionView[];
  outcomes: OutcomeView[];
  /** Every article that reports the round, oldest first. */
  sources: Entry<ArticleData>[];
  /** Who led each side: the parties marked `lead`, or the only party on that side. */
  leads: Partial<Record<Side, PartyView[]>>;
  /** Every cited fact on the round, in page order. */
  facts: Fact[];
  cite: Partial<Record<'date' | 'venue' | 'format' | 'level', SourceRef[]>>;
  disagreements: DisagreementView[];
  /** True while anything on the round is still `review: derived`. */
  derived: boolean;
  /**
   * The first sentence of what the editors wrote about the round: its one line on
   * the timeline. Empty until the round is reviewed, since a derived round's body
   * is the ingest command's note, not prose about the round.
   */
  lede: string;
  previous?: RoundView;
  next?: RoundView;
}

/** A stretch without any round, long enough to show on the timeline. */
export interface Gap {
  from: RoundView;
  to: RoundView;
  days: number;
  words: string;
  /** Calendar years that pass with no round at all. */
  emptyYears: number[];
}

export type YearItem = { kind: 'round'; round: RoundView } | { kind: 'gap'; gap: Gap };

export interface YearGroup {
  year: number;
  rounds: RoundView[];
  /** Rounds and the gaps before them, in date order. */
  items: YearItem[];
}

export interface Appearance {
  round: RoundView;
  party: PartyView;
}

export interface MentionAppearance {
  round: RoundView;
  mention: MentionView;
}

export interface HistoryStep {
  round: RoundView;
  outcome: OutcomeView;
}

export interface Timeline {
  rounds: RoundView[];
  years: YearGroup[];
  gaps: Gap[];
  round: Map<string, RoundView>;
  articles: Map<string, Entry<ArticleData>>;
  participants: Map<string, Entry<ParticipantData>>;
  venues: Map<string, Entry<VenueData>>;
  outcomes: Map<string, Entry<OutcomeData>>;
  /** Rounds each participant sat at, in date order. */
  appearancesOf: Map<string, Appearance[]>;
  /** Rounds whose coverage names a participant who was not at the table. */
  mentionsOf: Map<string, MentionAppearance[]>;
  /** Rounds held at each venue, in date order. */
  roundsAt: Map<string, RoundView[]>;
  /** Each outcome topic round by round, in date order. */
  historyOf: Map<string, HistoryStep[]>;
  /** The facts each article supports. */
  factsFrom: Map<string, Fact[]>;
  /** The rounds each article reports, in date order. */
  roundsIn: Map<string, RoundView[]>;
  /** Each participant's roles, with their citations resolved. */
  rolesOf: Map<string, RoleView[]>;
  /** Participant disagreements, by participant id. */
  participantDisagreements: Map<string, DisagreementView[]>;
  /** Every recorded disagreement, rounds first in date order. */
  disagreements: DisagreementView[];
}

/** Rounds closer together than this are not separated by a visible gap. */
export const GAP_DAYS = 90;

const STATUS_ORDER: Record<RoundData['status'], number> = { held: 0, planned: 1, mentioned: 2 };

/** Date order; rounds on the same day by end date, then status, then title, then id, so the order never depends on file order. */
export function compareRounds(a: Entry<RoundData>, b: Entry<RoundData>): number {
  return (
    a.data.date.localeCompare(b.data.date) ||
    (a.data.endDate ?? a.data.date).localeCompare(b.data.endDate ?? b.data.date) ||
    STATUS_ORDER[a.data.status] - STATUS_ORDER[b.data.status] ||
    a.data.title.localeCompare(b.data.title, 'en') ||
    a.id.localeCompare(b.id)
  );
}

/** Builds the model, or throws a ContentError listing every reference that points nowhere. */
export function buildTimeline(content: Content, options: { gapDays?: number } = {}): Timeline {
  const problems: Problem[] = [];
  const articles = byId(content.articles);
  const participants = byId(content.participants);
  const venues = byId(content.venues);
  const outcomes = byId(content.outcomes);

  function lookup<T>(map: Map<string, T>, collection: string, id: string, entry: Entry<unknown>, field: string): T | undefined {
    const found = map.get(id);
    if (!found) {
      problems.push({
        file: entry.filePath ?? `content/${collection}/…`,
        field,
        message: `no entry \`${id}\` in content/${collection}/; check the spelling, or add content/${collection}/${id}.md`,
        rule: 'missing-reference',
      });
    }
    return found;
  }

  const cites = (list: Citation[] | undefined, entry: Entry<unknown>, field: string): SourceRef[] =>
    (list ?? []).flatMap((c, i) => {
      const article = lookup(articles, 'articles', c.source.id, entry, `${field}[${i}].source`);
      return article ? [{ article, evidence: c.evidence }] : [];
    });

  const disagreementViews = (
    list: Disagreement[],
    entry: Entry<unknown>,
    subject: DisagreementView['subject'],
  ): DisagreementView[] =>
    list.map((d, i) => ({
      fact: d.fact,
      about: d.about,
      chosen: d.chosen,
      reason: d.reason,
      open: d.chosen === undefined,
      subject,
      values: d.values.map((v, j) => ({
        value: v.value,
        note: v.note,
        cite: cites(v.cite, entry, `disagreements[${i}].values[${j}].cite`),
      })),
    }));

  const sorted = [...content.rounds].sort(compareRounds);
  const rounds: RoundView[] = sorted.map((entry) => {
    const { data } = entry;
    const person = (id: string, field: string) => lookup(participants, 'participants', id, entry, field);
    const parties = data.parties.flatMap((p: Party, i): PartyView[] => {
      const participant = person(p.participant.id, `parties[${i}].participant`);
      return participant
        ? [{ participant, side: p.side, role: p.role, lead: p.lead, cite: cites(p.cite, entry, `parties[${i}].cite`) }]
        : [];
    });
    const mentions = data.mentions.flatMap((m: Mention, i): MentionView[] => {
      const participant = person(m.participant.id, `mentions[${i}].participant`);
      return participant ? [{ participant, note: m.note, cite: cites(m.cite, entry, `mentions[${i}].cite`) }] : [];
    });
    const roundOutcomes = data.outcomes.flatMap((o: RoundOutcome, i): OutcomeView[] => {
      const topic = lookup(outcomes, 'outcomes', o.topic.id, entry, `outcomes[${i}].topic`);
      if (!topic) return [];
      return [
        {
          topic,
          status: o.status,
          summary: o.summary,
          cite: cites(o.cite, entry, `outcomes[${i}].cite`),
          followUp: o.followUp.map((f, j) => ({ ...f, cite: cites(f.cite, entry, `outcomes[${i}].followUp[${j}].cite`) })),
        },
      ];
    });
    const sources = data.sources
      .flatMap((ref, i) => lookup(articles, 'articles', ref.id, entry, `sources[${i}]`) ?? [])
      .sort((a, b) => a.data.published.localeCompare(b.data.published) || a.id.localeCompare(b.id));
    const venue = data.venue ? lookup(venues, 'venues', data.venue.id, entry, 'venue') : undefined;
    const cite = {
      date: cites(data.cite.date, entry, 'cite.date'),
      venue: cites(data.cite.venue, entry, 'cite.venue'),
      format: cites(data.cite.format, entry, 'cite.format'),
      level: cites(data.cite.level, entry, 'cite.level'),
    };
    const round: RoundView = {
      id: entry.id,
      entry,
      data,
      year: yearOf(data.date),
      venue,
      parties,
      mentions,
      outcomes: roundOutcomes,
      sources,
      leads: {},
      facts: [],
      cite,
      disagreements: disagreementViews(data.disagreements, entry, { collection: 'rounds', id: entry.id, title: data.title }),
      derived: false,
      lede: data.review === 'reviewed' ? ledeOf(entry) : '',
    };
    return round;
  });

  const roundIds = new Map(rounds.map((r) => [r.id, r]));
  const articlesInOrder = [...content.articles].sort((a, b) => a.data.published.localeCompare(b.data.published) || a.id.localeCompare(b.id));
  for (const article of articlesInOrder) {
    article.data.rounds.forEach((ref, j) => lookup(roundIds, 'rounds', ref.id, article, `rounds[${j}]`));
    article.data.findings.forEach((finding, j) => {
      const field = `findings[${j}]`;
      const round = lookup(roundIds, 'rounds', finding.round.id, article, `${field}.round`);
      if (finding.venue) lookup(venues, 'venues', finding.venue.id, article, `${field}.venue`);
      finding.parties.forEach((p, k) => lookup(participants, 'participants', p.participant.id, article, `${field}.parties[${k}].participant`));
      finding.mentions.forEach((m, k) => lookup(participants, 'participants', m.participant.id, article, `${field}.mentions[${k}].participant`));
      finding.outcomes.forEach((o, k) => lookup(outcomes, 'outcomes', o.topic.id, article, `${field}.outcomes[${k}].topic`));
      if (round) mergeFinding(round, article, finding, { participants, venues, outcomes });
    });
  }

  for (const round of rounds) {
    // On a derived round every fact is the ingest command's reading; a derived person is unchecked wherever they sit.
    const draft = round.data.review === 'derived';
    for (const p of round.parties) if (draft || p.participant.data.review === 'derived') p.derived = true;
    for (const list of [round.outcomes, round.mentions]) for (const item of list) if (draft) item.derived = true;
    round.leads = leadsOf(round.parties);
    round.facts = collectFacts(round);
    round.derived =
      round.data.review === 'derived' ||
      round.sources.some((a) => a.data.review === 'derived') ||
      round.parties.some((p) => p.derived || p.participant.data.review === 'derived') ||
      round.outcomes.some((o) => o.derived) ||
      round.venue?.data.review === 'derived';
  }

  const participantDisagreements = new Map<string, DisagreementView[]>();
  const rolesOf = new Map<string, RoleView[]>();
  for (const entry of content.participants) {
    rolesOf.set(
      entry.id,
      entry.data.roles.map((r, i) => ({ title: r.title, from: r.from, to: r.to, note: r.note, cite: cites(r.cite, entry, `roles[${i}].cite`) })),
    );
    const views = disagreementViews(entry.data.disagreements, entry, {
      collection: 'participants',
      id: entry.id,
      title: entry.data.name,
    });
    if (views.length) participantDisagreements.set(entry.id, views);
  }

  if (problems.length) throw new ContentError(problems);

  rounds.forEach((round, i) => {
    round.previous = rounds[i - 1];
    round.next = rounds[i + 1];
  });

  const gapDays = options.gapDays ?? GAP_DAYS;
  const gaps = findGaps(rounds, gapDays);
  const round = new Map(rounds.map((r) => [r.id, r]));

  return {
    rounds,
    years: groupByYear(rounds, gaps),
    gaps,
    round,
    articles,
    participants,
    venues,
    outcomes,
    ...reverseIndexes(rounds, content.articles, round, [
      ...rounds.flatMap((r) => supportingFacts({ collection: 'rounds', id: r.id, title: r.data.title }, [], r.disagreements)),
      ...content.participants.flatMap((p) =>
        supportingFacts({ collection: 'participants', id: p.id, title: p.data.name }, rolesOf.get(p.id) ?? [], participantDisagreements.get(p.id) ?? []),
      ),
    ]),
    rolesOf,
    participantDisagreements,
    disagreements: [...rounds.flatMap((r) => r.disagreements), ...[...participantDisagreements.values()].flat()],
  };
}

function byId<T extends { id: string }>(entries: T[]): Map<string, T> {
  return new Map(entries.map((e) => [e.id, e]));
}

function leadsOf(parties: PartyView[]): RoundView['leads'] {
  const leads: RoundView['leads'] = {};
  for (const side of ['russia', 'ukraine', 'mediator', 'host', 'observer'] as const) {
    const onSide = parties.filter((p) => p.side === side);
    const marked = onSide.filter((p) => p.lead);
    const chosen = marked.length ? marked : onSide.length === 1 ? onSide : [];
    if (chosen.length) leads[side] = chosen;
  }
  return leads;
}

/** Gaps of at least `minDays` between consecutive rounds. */
export function findGaps(rounds: RoundView[], minDays: number = GAP_DAYS): Gap[] {
  const gaps: Gap[] = [];
  for (let i = 1; i < rounds.length; i++) {
    const [from, to] = [rounds[i - 1]!, rounds[i]!];
    const start = from.data.endDate ?? from.data.date;
    const days = daysBetween(start, to.data.date);
    if (days < minDays) continue;
    const emptyYears: number[] = [];
    for (let y = yearOf(start) + 1; y < to.year; y++) emptyYears.push(y);
    gaps.push({ from, to, days, words: describeGap(start, to.data.date), emptyYears });
  }
  return gaps;
}

/** Rounds grouped by year, oldest first, each gap placed before the round that ends it. */
export function groupByYear(rounds: RoundView[], gaps: Gap[]): YearGroup[] {
  const gapBefore = new Map(gaps.map((g) => [g.to.id, g]));
  const groups: YearGroup[] = [];
  for (const round of rounds) {
    let group = groups.at(-1);
    if (!group || group.year !== round.year) groups.push((group = { year: round.year, rounds: [], items: [] }));
    const gap = gapBefore.get(round.id);
    if (gap) group.items.push({ kind: 'gap', gap });
    group.rounds.push(round);
    group.items.push({ kind: 'round', round });
  }
  return groups;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function reverseIndexes(rounds: RoundView[], articles: Entry<ArticleData>[], roundById: Map<string, RoundView>, otherFacts: Fact[]) {
  const appearancesOf = new Map<string, Appearance[]>();
  const mentionsOf = new Map<string, MentionAppearance[]>();
  const roundsAt = new Map<string, RoundView[]>();
  const historyOf = new Map<string, HistoryStep[]>();
  const factsFrom = new Map<string, Fact[]>();
  const roundsInSets = new Map<string, Set<RoundView>>();

  // Rounds are already in date order, so every list below is too.
  for (const round of rounds) {
    for (const party of round.parties) push(appearancesOf, party.participant.id, { round, party });
    for (const mention of round.mentions) push(mentionsOf, mention.participant.id, { round, mention });
    if (round.venue) push(roundsAt, round.venue.id, round);
    for (const outcome of round.outcomes) push(historyOf, outcome.topic.id, { round, outcome });
    for (const fact of round.facts) {
      for (const articleId of new Set(fact.cite.map((c) => c.article.id))) push(factsFrom, articleId, fact);
    }
    for (const source of round.sources) {
      let set = roundsInSets.get(source.id);
      if (!set) roundsInSets.set(source.id, (set = new Set()));
      set.add(round);
    }
  }
  for (const fact of otherFacts) {
    for (const articleId of new Set(fact.cite.map((c) => c.article.id))) push(factsFrom, articleId, fact);
  }
  for (const article of articles) {
    for (const ref of article.data.rounds) {
      const round = roundById.get(ref.id);
      if (!round) continue;
      let set = roundsInSets.get(article.id);
      if (!set) roundsInSets.set(article.id, (set = new Set()));
      set.add(round);
    }
  }
  const order = new Map(rounds.map((r, i) => [r, i]));
  const roundsIn = new Map(
    [...roundsInSets].map(([id, set]) => [id, [...set].sort((a, b) => order.get(a)! - order.get(b)!)] as const),
  );
  return { appearancesOf, mentionsOf, roundsAt, historyOf, factsFrom, roundsIn };
}
