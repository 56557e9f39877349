/**
 * Stage 7: what came of the round. Each outcome topic the article names is
 * read as a whole, over all its sentences: first whether it is an outcome of
 * this round at all (the fitted `outcome` decision), then which status the
 * labelling convention gives it (agreed, not agreed, proposed, discussed; one
 * fitted decision each), from the cue classes of the clauses that name it
 * (agreement, failure, proposal, discussion, each negated or not), their tense
 * and hedging, and where they stand. A topic takes its likeliest status, and
 * is asserted only above the threshold; a preview's intentions are not
 * outcomes (the caller holds them back).
 */
import type { Entry, RoundData } from '../lib/types.ts';
import type { CueClass } from './lexicon.ts';
import type { Knowledge } from './knowledge.ts';
import { probability, threshold, type Features } from './model.ts';
import { clauseOf, isHedged, tenseAt } from './nlp.ts';
import { inLead, speaksOfMeeting, type Reading } from './reading.ts';
import type { TopicSpot } from './topics.ts';
import type { OutcomeStatus } from './types.ts';

export const STATUSES = ['agreed', 'not-agreed', 'proposed', 'discussed'] as const satisfies readonly OutcomeStatus[];

export interface FoundOutcome {
  topic: string;
  status: OutcomeStatus;
  /** The sentence that supports it. */
  sentence: number;
  confidence: number;
}

export interface OutcomeReading {
  outcomes: FoundOutcome[];
  /** Topics whose best status fell below the threshold. */
  uncertain: FoundOutcome[];
}

/** The topics the article names, each with its spots. */
export function topicGroups(r: Reading, knowledge: Knowledge): Map<string, TopicSpot[]> {
  const groups = new Map<string, TopicSpot[]>();
  for (const spot of r.topics) if (knowledge.outcomes.has(spot.topic)) groups.set(spot.topic, [...(groups.get(spot.topic) ?? []), spot]);
  return groups;
}

/** The topics and statuses of the round. `preview` is true when the article appeared before the round began. */
export function readOutcomes(r: Reading, knowledge: Knowledge, preview: boolean, known: Entry<RoundData> | null): OutcomeReading {
  const found: FoundOutcome[] = [];
  for (const [topic, spots] of topicGroups(r, knowledge)) {
    const f = outcomeFeatures(r, spots, preview, known);
    const relevant = probability('outcome', f);
    const [status, p] = STATUSES.map((s) => [s, probability(s, f)] as const).reduce((a, b) => (b[1] > a[1] ? b : a));
    found.push({ topic, status, sentence: evidenceFor(r, spots, status), confidence: relevant * p });
  }
  found.sort((a, b) => a.sentence - b.sentence);
  return { outcomes: found.filter((o) => o.confidence >= threshold('outcome')), uncertain: found.filter((o) => o.confidence < threshold('outcome')) };
}

/** The cues whose presence in a topic's clauses speaks to its status. */
const STATUS_CUES: CueClass[] = ['agree', 'fail', 'propose', 'discuss', 'progress', 'carried_out'];

/** The sentence that best supports a status: one whose clause holds the matching cue, else the first. */
function evidenceFor(r: Reading, spots: TopicSpot[], status: OutcomeStatus): number {
  const cue: Record<OutcomeStatus, CueClass> = { agreed: 'agree', 'not-agreed': 'fail', proposed: 'propose', discussed: 'discuss' };
  return (spots.find((s) => clauseCues(r, s).has(cue[status])) ?? spots[0]!).sentence;
}

/** The cue classes in the clause around a spot, negated ones suffixed with `Negated`. */
function clauseCues(r: Reading, spot: TopicSpot): Set<string> {
  const s = r.sentences[spot.sentence]!;
  const [from, to] = clauseOf(s, spot.from);
  const out = new Set<string>();
  for (const c of r.cues[spot.sentence] ?? []) {
    if (c.from < from || c.to > to || !STATUS_CUES.includes(c.cls)) continue;
    out.add(s.tokens[c.from]!.negated ? `${c.cls}Negated` : c.cls);
  }
  return out;
}

/** Features of one topic over all the sentences that name it, for `outcome` and the four statuses. */
export function outcomeFeatures(r: Reading, spots: TopicSpot[], preview: boolean, known: Entry<RoundData> | null): Features {
  const any = (f: (s: TopicSpot) => boolean) => (spots.some(f) ? 1 : 0);
  const cues = spots.map((s) => clauseCues(r, s));
  const cue = (name: string) => (cues.some((c) => c.has(name)) ? 1 : 0);
  const tense = spots.map((s) => tenseAt(r.sentences[s.sentence]!, s.from));
  const f: Features = {
    [`topic_${spots[0]!.topic}`]: 1,
    mentions: Math.min(3, spots.length) / 3,
    title: any((s) => s.sentence === 0 && r.hasTitle),
    lead: any((s) => inLead(r, s.sentence)),
    meetingSentence: any((s) => speaksOfMeeting(r, s.sentence)),
    negatedTopic: any((s) => r.sentences[s.sentence]!.tokens[s.from]!.negated),
    past: tense.includes('past') ? 1 : 0,
    future: tense.includes('future') ? 1 : 0,
    hedged: any((s) => isHedged(r.sentences[s.sentence]!, s.from)),
    speech: any((s) => (r.cues[s.sentence] ?? []).some((c) => c.cls === 'speech')),
    preview: preview ? 1 : 0,
    noCue: cues.every((c) => c.size === 0) ? 1 : 0,
  };
  // What the record already says of this topic at the round the article matched (the reviewed memory).
  const recorded = known?.data.outcomes.find((o) => o.topic.id === spots[0]!.topic);
  f.recorded = recorded ? 1 : 0;
  for (const s of STATUSES) f[`recorded_${s}`] = recorded?.status === s ? 1 : 0;
  for (const c of STATUS_CUES) {
    f[c] = cue(c);
    f[`${c}Negated`] = cue(`${c}Negated`);
  }
  return f;
}
