/**
 * The one door to the language library. wink-nlp with its English model
 * splits sentences and tokens and tags each token with its part of speech,
 * lemma and whether it stands in the scope of a negation; this module turns
 * that into plain objects, adds the clause-level readings the stages need
 * (tense, modality, negation cues wink does not mark), and nothing else of
 * the library leaks out: the rest of the pipeline reads tokens, tags and
 * lemmas, never wink's own objects.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { GRAMMAR } from './lexicon.ts';

const wink = winkNLP(model, ['sbd', 'pos', 'negation']);
const its = wink.its;

/** One token: its words as written, lower-cased, its lemma and universal part-of-speech tag. */
export interface Token {
  /** Position in its sentence. */
  i: number;
  text: string;
  lower: string;
  lemma: string;
  /** Universal POS tag: NOUN, PROPN, VERB, AUX, ADJ, ADP, DET, NUM, PUNCT, … */
  pos: string;
  /** In the scope of a negation ("did not *agree*", "have yet to *agree*"). */
  negated: boolean;
  /** Character offsets in the sentence's text. */
  start: number;
  end: number;
  /** Starts with a capital letter. */
  capital: boolean;
}

export interface Sentence {
  /** Position in the article, counting from 0; the headline, when there is one, is sentence 0. */
  index: number;
  /** Paragraph number; the headline is paragraph 0. */
  para: number;
  text: string;
  tokens: Token[];
}

export type Tense = 'past' | 'present' | 'future' | 'none';

/**
 * Splits each paragraph into tagged sentences. The headline comes first, as paragraph 0.
 * @example readSentences(['Talks end', 'The delegations met. They agreed.']).map((s) => s.text)
 * // ['Talks end', 'The delegations met.', 'They agreed.']
 */
export function readSentences(paragraphs: string[]): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((paragraph, para) => {
    const text = paragraph.replace(/\s+/g, ' ').trim();
    if (!text) return;
    const doc = wink.readDoc(latinBase(text));
    // The model reads letters beyond Latin-1 (ş, ğ, ı) as breaks inside a word, so it is given their base
    // letters, one for one; the tokens keep the text's own spelling.
    const values = doc.tokens().out() as string[];
    const spaces = doc.tokens().out(its.precedingSpaces) as string[];
    const pos = doc.tokens().out(its.pos) as string[];
    // (wink types `lemma` as needing the model's add-ons, which the English model brings.)
    const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
    const negations = doc.tokens().out(its.negationFlag) as unknown as boolean[];
    // Offsets in the paragraph, rebuilt from each token's preceding spaces.
    const starts: number[] = [];
    let at = 0;
    for (let t = 0; t < values.length; t++) {
      at += spaces[t]!.length;
      starts.push(at);
      at += values[t]!.length;
    }
    for (const [from, to] of doc.sentences().out(its.span) as unknown as [number, number][]) {
      const base = starts[from]!;
      const end = starts[to]! + values[to]!.length;
      const tokens: Token[] = [];
      for (let t = from; t <= to; t++) {
        const value = text.slice(starts[t]!, starts[t]! + values[t]!.length);
        if (pos[t] === 'SPACE') continue;
        tokens.push({
          i: tokens.length,
          text: value,
          lower: value.toLowerCase(),
          lemma: lemmas[t]!.toLowerCase(),
          pos: pos[t]!,
          negated: negations[t]!,
          start: starts[t]! - base,
          end: starts[t]! - base + value.length,
          capital: /^\p{Lu}/u.test(value),
        });
      }
      markNegationCues(tokens);
      out.push({ index: out.length, para, text: text.slice(base, end), tokens });
    }
  });
  return out;
}

/**
 * The text with each Latin letter beyond Latin-1 replaced by its base letter, one character for one:
 * `Çavuşoğlu` → `Çavusoglu`, `Kalın` → `Kalin`. Offsets stay valid.
 */
export function latinBase(text: string): string {
  return text.replace(/[\u0100-\u024f]/g, (c) => (c === 'ı' ? 'i' : c.normalize('NFD')[0] ?? c));
}

/**
 * Negation that wink's model does not mark: "have *yet to* agree", "stopped *short of* agreeing",
 * "*failed to* agree", "*without* agreeing". The cue words are English grammar, kept in the lexicon;
 * the verb after a cue, and the words up to the clause's end, are negated.
 */
function markNegationCues(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const cue = GRAMMAR.negationCues.find((c) => c.every((w, k) => tokens[i + k]?.lemma === w || tokens[i + k]?.lower === w));
    if (!cue) continue;
    for (let j = i + cue.length; j < tokens.length && !isClauseBreak(tokens[j]!, tokens[j + 1]); j++) tokens[j]!.negated = true;
  }
}

/** A token that ends a clause: a semicolon, a dash, a full stop, or a comma before a conjunction or relative word. */
export function isClauseBreak(token: Token, next?: Token): boolean {
  // A relative clause starts a clause of its own, with or without a comma: "arrived on Sunday where he will …".
  if (token.pos !== 'PUNCT') return (token.pos === 'CCONJ' && token.lower === 'but') || (['where', 'which', 'whose'].includes(token.lower) && next?.pos !== 'PUNCT');
  if (/^[;.!?:—–]$/.test(token.text)) return true;
  return token.text === ',' && !!next && (next.pos === 'SCONJ' || next.pos === 'CCONJ' || GRAMMAR.relatives.includes(next.lower));
}

/**
 * Whether the comma at `j` sets off the words' attribution: ", Turkish officials said on Saturday".
 * A few words, then a verb of saying, and the sentence ends: what is said is one clause, the saying another.
 */
function opensAttribution(s: Sentence, j: number): boolean {
  if (s.tokens[j]!.text !== ',') return false;
  for (let k = j + 1; k < s.tokens.length && k <= j + 5; k++) {
    const t = s.tokens[k]!;
    if (t.pos === 'PUNCT') return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      if (!GRAMMAR.attribution.includes(t.lemma)) return false;
      // The saying runs to the end of the sentence, with no clause of its own after it.
      return !s.tokens.slice(k + 1).some((x) => x.text === ',' || x.lower === 'that' || x.pos === 'VERB');
    }
  }
  return false;
}

const clauses = new WeakMap<Sentence, { id: number[]; spans: [number, number][] }>();

/** Each token's clause, worked out once per sentence. */
function clausesOf(s: Sentence): { id: number[]; spans: [number, number][] } {
  let c = clauses.get(s);
  if (!c) {
    c = { id: [], spans: [] };
    let from = 0;
    for (let j = 0; j < s.tokens.length; j++) {
      const brk = isClauseBreak(s.tokens[j]!, s.tokens[j + 1]) || opensAttribution(s, j);
      // A break token closes the clause before it and belongs to neither side.
      if (brk) {
        if (j > from) c.spans.push([from, j - 1]);
        c.id.push(c.spans.length - (j > from ? 1 : 0));
        from = j + 1;
      } else c.id.push(c.spans.length);
    }
    if (from < s.tokens.length || c.spans.length === 0) c.spans.push([from, Math.max(from, s.tokens.length - 1)]);
    clauses.set(s, c);
  }
  return c;
}

/** The clause around token `i`: the indices from its first to its last token. */
export function clauseOf(s: Sentence, i: number): [number, number] {
  const c = clausesOf(s);
  return c.spans[Math.min(c.id[i] ?? 0, c.spans.length - 1)]!;
}

/** Whether a verb form is past: its written form differs from its lemma and is not a present or -ing form ("met", "agreed", "was"). */
export function isPastForm(t: Token): boolean {
  if (t.pos !== 'VERB' && t.pos !== 'AUX') return false;
  if (GRAMMAR.pastAuxiliaries.includes(t.lower)) return true;
  if (t.lower === t.lemma || t.lower.endsWith('ing')) return false;
  return !(t.lower === `${t.lemma}s` || t.lower === `${t.lemma}es` || GRAMMAR.presentAuxiliaries.includes(t.lower));
}

/**
 * The tense of the clause around token `i`, from its verbs: "will", "is set to" or "plans to" before a
 * verb look ahead; a past form looks back; a present form is present. The verb nearest `i` decides.
 * @example tenseAt(readSentences(['The sides will meet on Thursday.'])[0], 5) // 'future'
 */
export function tenseAt(s: Sentence, i: number): Tense {
  // The verbs that govern words stand near them: a dozen tokens either way, within the clause.
  const [start, end] = clauseOf(s, i);
  const [from, to] = [Math.max(start, i - 12), Math.min(end, i + 12)];
  let best: { tense: Tense; distance: number } = { tense: 'none', distance: Infinity };
  for (let j = from; j <= to; j++) {
    const t = s.tokens[j]!;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    // A participle in a compound ("US-brokered") reads as none; an attribution after the words ("…, officials said") is not their tense.
    if (s.tokens[j - 1]?.text === '-' || (j > i && GRAMMAR.attribution.includes(t.lemma))) continue;
    const tense = verbTense(s, j);
    // Verbs before the words bind more tightly than those after them ("met on Thursday").
    const distance = Math.abs(j - i) + (j > i ? 2 : 0) + (t.pos === 'AUX' && tense === 'present' ? 3 : 0);
    if (distance < best.distance) best = { tense, distance };
  }
  return best.tense;
}

/**
 * The tense of the verb group ending at token `j`: its auxiliaries decide ("did not agree" is past,
 * "will meet" future, "has agreed" a past event), else the verb's own form.
 */
export function verbTense(s: Sentence, j: number): Tense {
  if (futureBefore(s, j)) return 'future';
  const t = s.tokens;
  // An infinitive takes the tense of the verb it hangs on: "agreed to exchange" is past.
  if (t[j - 1]?.lower === 'to' && (t[j - 2]?.pos === 'VERB' || t[j - 2]?.pos === 'AUX')) return verbTense(s, j - 2);
  for (let k = j - 1; k >= Math.max(0, j - 4); k--) {
    const w = t[k]!;
    if (w.pos === 'AUX') {
      if (GRAMMAR.pastAuxiliaries.includes(w.lower)) return 'past';
      // The perfect reports what has happened: "have agreed", "has begun".
      if ((w.lemma === 'have') && isPastForm(t[j]!)) return 'past';
      return 'present';
    }
    if (w.pos !== 'PART' && w.pos !== 'ADV') break;
  }
  return isPastForm(t[j]!) ? 'past' : 'present';
}

/** Whether a future marker governs the verb at `j`: "will", "'ll", "shall", "is to", "set to", "expected to", "plans to", "going to". */
function futureBefore(s: Sentence, j: number): boolean {
  const t = s.tokens;
  for (let k = j - 1; k >= Math.max(0, j - 4); k--) {
    const w = t[k]!;
    if (GRAMMAR.futureModals.includes(w.lemma) || GRAMMAR.futureModals.includes(w.lower)) return true;
    if (w.lower === 'to' && k >= 1 && (GRAMMAR.futureFrames.includes(t[k - 1]!.lemma) || (t[k - 1]!.lemma === 'be' && k === j - 1))) return true;
    if (w.pos === 'PUNCT' || w.pos === 'SCONJ') break;
  }
  return GRAMMAR.futureModals.includes(t[j]!.lemma) && t[j]!.pos === 'AUX';
}

/** Whether a modal of possibility or a conditional governs the clause around `i`: "could agree", "if they agree". */
export function isHedged(s: Sentence, i: number): boolean {
  const [start, end] = clauseOf(s, i);
  const [from, to] = [Math.max(start, i - 12), Math.min(end, i + 12)];
  for (let j = from; j <= to; j++) if (GRAMMAR.hedges.includes(s.tokens[j]!.lower)) return true;
  // A conditional clause earlier in the sentence: "If the swap goes ahead, …".
  return s.tokens.slice(Math.max(0, start - 20), start).some((t) => t.lower === 'if' || t.lower === 'unless');
}

/** The lemmas of a sentence, joined by single spaces, for matching multi-word cues. */
export function lemmaText(s: Sentence, from = 0, to = s.tokens.length - 1): string {
  return s.tokens.slice(from, to + 1).map((t) => t.lemma).join(' ');
}

/** The index of the token that starts at or covers character `at` of the sentence (a binary search). */
export function tokenAt(s: Sentence, at: number): number {
  let [lo, hi] = [0, s.tokens.length - 1];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s.tokens[mid]!.end > at) hi = mid;
    else lo = mid + 1;
  }
  return Math.max(0, lo);
}
