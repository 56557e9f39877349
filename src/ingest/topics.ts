/**
 * Stage 4c: the outcome topics a sentence speaks of. The topics and their
 * words are content (`content/outcomes/*.md`, `keywords`), so an editor adds
 * a topic or a way of saying it without touching code; the words are matched
 * on lemmas, so "exchanged prisoners" meets "prisoner exchange" only where a
 * keyword says so, and "exchanges of prisoners" meets "exchange of prisoner".
 */
import type { Knowledge } from './knowledge.ts';
import { readSentences, type Sentence } from './nlp.ts';

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
        const tokens = readSentences([phrase])[0]?.tokens ?? [];
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
    for (let i = 0; i < s.tokens.length; i++) {
      for (const k of list) {
        if (seen.has(k.topic)) continue;
        if (k.words.every((w, j) => s.tokens[i + j]?.lemma === w || s.tokens[i + j]?.lower === w)) {
          seen.add(k.topic);
          spots.push({ topic: k.topic, sentence: s.index, from: i, to: i + k.words.length - 1 });
        }
      }
    }
  }
  return spots;
}
