/**
 * Stage 7: what came of the round. Every sentence that names an outcome topic
 * is read for the statuses the labelling convention knows (agreed, not
 * agreed, proposed, discussed), each by its own fitted decision, from the cue
 * classes of its clause (agreement, failure, proposal, discussion; negated or
 * not), tense and hedging, and where the sentence stands. A topic takes the
 * status its strongest sentence gives; below the threshold it is left for the
 * editor to check. A preview's intentions are read as such: the article's own
 * day before the round's is a feature the weights weigh.
 */
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

/** The topics and statuses of the round. `preview` is true when the article appeared before the round began. */
export function readOutcomes(r: Reading, knowledge: Knowledge, preview: boolean): OutcomeReading {
  const best = new Map<string, FoundOutcome>();
  for (const spot of r.topics) {
    if (!knowledge.outcomes.has(spot.topic)) continue;
    const f = statusFeatures(r, spot, preview);
    for (const status of STATUSES) {
      const p = probability(status, f);
      const cur = best.get(spot.topic);
      if (!cur || p > cur.confidence) best.set(spot.topic, { topic: spot.topic, status, sentence: spot.sentence, confidence: p });
    }
  }
  const all = [...best.values()].sort((a, b) => a.sentence - b.sentence);
  return { outcomes: all.filter((o) => o.confidence >= threshold(o.status)), uncertain: all.filter((o) => o.confidence < threshold(o.status)) };
}

/** Features of one sentence naming one topic, for the four status decisions. */
export function statusFeatures(r: Reading, spot: TopicSpot, preview: boolean): Features {
  const s = r.sentences[spot.sentence]!;
  const [from, to] = clauseOf(s, spot.from);
  const cues = r.cues[spot.sentence] ?? [];
  const inClause = (cls: string, negated: boolean) => (cues.some((c) => c.cls === cls && c.from >= from && c.to <= to && s.tokens[c.from]!.negated === negated) ? 1 : 0);
  const inSentence = (cls: string) => (cues.some((c) => c.cls === cls) ? 1 : 0);
  const tense = tenseAt(s, spot.from);
  const topic = Object.fromEntries([...topicIds(r)].map((t) => [`topic_${t}`, t === spot.topic ? 1 : 0]));
  return {
    ...topic,
    agree: inClause('agree', false),
    agreeNegated: inClause('agree', true),
    fail: inClause('fail', false),
    failNegated: inClause('fail', true),
    propose: inClause('propose', false),
    proposeNegated: inClause('propose', true),
    discuss: inClause('discuss', false),
    progress: inClause('progress', false),
    progressNegated: inClause('progress', true),
    carriedOut: inClause('carried_out', false),
    meeting: inClause('meeting', false),
    agreeSentence: inSentence('agree'),
    failSentence: inSentence('fail'),
    proposeSentence: inSentence('propose'),
    discussSentence: inSentence('discuss'),
    negatedTopic: s.tokens[spot.from]!.negated ? 1 : 0,
    past: tense === 'past' ? 1 : 0,
    future: tense === 'future' ? 1 : 0,
    hedged: isHedged(s, spot.from) ? 1 : 0,
    speech: inSentence('speech'),
    title: spot.sentence === 0 && r.hasTitle ? 1 : 0,
    lead: inLead(r, spot.sentence) ? 1 : 0,
    meetingSentence: speaksOfMeeting(r, spot.sentence) ? 1 : 0,
    preview: preview ? 1 : 0,
  };
}

/** The topic ids the features name: every topic of the content, so each has its own weight. */
function topicIds(r: Reading): Set<string> {
  return new Set(r.topics.map((t) => t.topic));
}
