/**
 * Stage 4c: the outcome topics a sentence speaks of. The topics and their
 * words are content (`content/outcomes/*.md`, `keywords`), so an editor adds
 * a topic or a way of saying it without touching code. A keyword is matched
 * on lemmas and in any order within one clause — "continue talks" meets "the
 * talks will continue" and "continued the talks" — its small words ignored.
 */
import type { Knowledge } from './knowledge.ts';
import { clauseOf, readSentences, type Sentence } from './nlp.ts';

/** How far apart, in tokens, the words of one keyword may stand. */
const WINDOW = 8;
const SMALL = new Set(['DET', 'ADP', 'PART', 'CCONJ', 'PUNCT', 'PRON', 'AUX']);

export interface TopicSpot {
  topic: string;
  sentence: number;
  from: number;
  to: number;
}

const keywordLemmas = new WeakMap<Knowledge, { topic: string; words: string[] }[]>();

/** Each topic's title and keywords, as lemma sequences. */
function keywords(knowledge: Knowledge) {
  let list = keywordLemmas.get(knowledge);
  if (!list) {
    list = [];
    for (const o of knowledge.outcomes.values()) {
      for (const phrase of new Set([o.data.title, ...(o.data.keywords ?? [])])) {
        const tokens = (readSentences([phrase])[0]?.tokens ?? []).filter((t, _, all) => all.length === 1 || !SMALL.has(t.pos));
        if (tokens.length) list.push({ topic: o.id, words: tokens.map((t) => t.lemma) });
      }
    }
    keywordLemmas.set(knowledge, list);
  }
  return list;
}

/** Every place a sentence names an outcome topic, once per topic and sentence. */
export function findTopics(sentences: Sentence[], knowledge: Knowledge): TopicSpot[] {
  const list = keywords(knowledge);
  const spots: TopicSpot[] = [];
  for (const s of sentences) {
    const seen = new Set<string>();
    // Where each word stands in the sentence, by lemma and by form, so a keyword is looked up, not searched for.
    const positions = new Map<string, number[]>();
    s.tokens.forEach((t, i) => new Set([t.lemma, t.lower]).forEach((w) => positions.set(w, [...(positions.get(w) ?? []), i])));
    const at = (w: string) => positions.get(w) ?? [];
    for (const k of list) {
      if (seen.has(k.topic)) continue;
      for (const first of at(k.words[0]!)) {
        const [from, to] = clauseOf(s, first);
        const others = k.words.slice(1).map((w) => at(w).filter((i) => i >= from && i <= to && Math.abs(i - first) <= WINDOW));
        if (others.some((o) => o.length === 0)) continue;
        const span = [first, ...others.map((o) => o[0]!)];
        seen.add(k.topic);
        spots.push({ topic: k.topic, sentence: s.index, from: Math.min(...span), to: Math.max(...span) });
        break;
      }
    }
  }
  return spots;
}
