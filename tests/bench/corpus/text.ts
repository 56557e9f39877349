/** Words for the synthetic corpus: ids, folded spellings, sentences and quotes. */
import { countWords, MAX_QUOTE_WORDS } from '../../../src/schemas/common.ts';
import type { Random } from './random.ts';
import { FILLER, SUBJECTS, TAILS, VERBS } from './tables.ts';

const SPECIAL: Record<string, string> = { ı: 'i', İ: 'I', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', æ: 'ae', Æ: 'Ae', ß: 'ss', đ: 'd', '’': "'" };

/** The spelling without diacritics, as wire services often print it: `Çavuşoğlu` → `Cavusoglu`. */
export function fold(text: string): string {
  return text
    .replace(/[ıİłŁøØæÆßđ’]/g, (ch) => SPECIAL[ch] ?? ch)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
}

/** An entry id from a name: lower-case ASCII words joined by hyphens. */
export function slug(text: string): string {
  return fold(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Keeps at most `max` words (as the schema counts them), so a quote always passes. */
export function clip(text: string, max = MAX_QUOTE_WORDS): string {
  const words = text.split(/\s+/);
  while (words.length > 1 && countWords(words.join(' ')) > max) words.pop();
  return words.join(' ');
}

export interface Scene {
  city: string;
  topics: string[];
  people: string[];
}

/** One sentence about the talks, built from the scene. */
export function sentence(rng: Random, scene: Scene): string {
  if (rng.chance(0.25)) return rng.pick(FILLER);
  const subject = scene.people.length && rng.chance(0.35) ? rng.pick(scene.people) : rng.pick(SUBJECTS);
  const verb = rng.pick(VERBS);
  const topic = scene.topics.length ? rng.pick(scene.topics) : 'the next round';
  const tail = rng.pick(TAILS).replace('{city}', scene.city);
  return `${subject} ${verb} ${topic} ${tail}.`;
}

/** A quote of at most 25 words, as an article would have printed it. */
export function quote(rng: Random, scene: Scene): string {
  return clip(sentence(rng, scene).replace(/\.$/, ''));
}

/** A paragraph of `count` sentences. */
export function paragraph(rng: Random, scene: Scene, count: number): string {
  return Array.from({ length: count }, () => sentence(rng, scene)).join(' ');
}

/** A summary in the editors' words, `minWords` to `maxWords` long, with a list of key points and short quotes. */
export function summary(rng: Random, scene: Scene, minWords: number, maxWords: number, speakers: string[]): string {
  const target = rng.int(minWords, maxWords);
  const points = `Key points:\n\n${Array.from({ length: rng.int(3, 5) }, () => `- ${sentence(rng, scene)}`).join('\n')}`;
  const pull = rng.chance(0.3) ? `> ${quote(rng, scene)}.` : undefined;
  const quotes = `## Quotes\n\n${Array.from({ length: rng.int(1, 3) }, () => `- “${quote(rng, scene)}” — ${speakers.length ? rng.pick(speakers) : 'an official'}`).join('\n')}`;
  let words = countWords(points) + countWords(quotes) + (pull ? countWords(pull) : 0);
  const paragraphs: string[][] = [[]];
  let size = rng.int(3, 5);
  while (words < target) {
    const next = sentence(rng, scene);
    if (words + countWords(next) > maxWords) {
      if (words >= minWords) break;
      continue;
    }
    if (paragraphs.at(-1)!.length >= size) {
      paragraphs.push([]);
      size = rng.int(2, 5);
    }
    paragraphs.at(-1)!.push(next);
    words += countWords(next);
  }
  const [first, ...rest] = paragraphs.map((p) => p.join(' '));
  return `${[first, points, ...rest, pull, quotes].filter(Boolean).join('\n\n')}\n`;
}
