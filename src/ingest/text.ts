/**
 * Small text tools every stage uses: folding for comparison, keys that
 * survive transliteration, slugs for file names, and quotes cut to the
 * site's 25-word limit.
 */
import { countWords as wordCount, MAX_QUOTE_WORDS } from '../schemas/common.ts';

/** Lower case without diacritics or typographic quotes: `Çavuşoğlu’s` gives `cavusoglu's`. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .toLowerCase();
}

/**
 * A spelling-independent key for one word of a name, so that transliterations
 * of the same Cyrillic or Turkish name meet: Kouleba/Kuleba, Medinski/Medinsky,
 * Zelenskiy/Zelenskyy/Zelensky, Sergei/Sergey, Alexander/Aleksandr.
 * @example nameKey('Zelenskiy') // 'zelenski'
 */
export function nameKey(word: string): string {
  let k = fold(word).replace(/['.]/g, '').replace(/[^a-z\u0400-\u04ff-]/g, '');
  k = k
    .replace(/x/g, 'ks')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/ck/g, 'k')
    .replace(/ou/g, 'u')
    .replace(/kh/g, 'h')
    .replace(/[yj]/g, 'i')
    .replace(/ie(?=[aeiou]|$)/g, 'i')
    .replace(/(.)\1+/g, '$1');
  return k;
}

/** Whether two name keys are one edit apart (swap, drop, add or change one letter) for longer words. */
export function nearKey(a: string, b: string): boolean {
  if (a === b) return true;
  const n = Math.min(a.length, b.length);
  if (n < 5 || Math.abs(a.length - b.length) > 1 || a[0] !== b[0]) return false;
  // Letters typed in the wrong order (Dmtryo for Dmytro) keep the same letters.
  if (a.length === b.length && [...a].sort().join('') === [...b].sort().join('')) return true;
  return damerau(a, b) <= 1;
}

function damerau(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * A file-name slug: ASCII letters and digits joined by hyphens, nothing else,
 * so no title or publisher can reach outside the content folder.
 * @example slugify('Çavuşoğlu: "Talks" / ../etc') // 'cavusoglu-talks-etc'
 */
export function slugify(text: string, maxWords = 12): string {
  return fold(text)
    .replace(/'/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}

/**
 * A quote of at most 25 words around `focus` (a phrase in the sentence), so the
 * evidence carries the fact and never becomes a copy of the article. A cut end
 * is marked with an ellipsis.
 */
export function quoteAround(sentence: string, focus?: string, max = MAX_QUOTE_WORDS): string {
  const text = sentence.replace(/\s+/g, ' ').trim().replace(/^["“”']+|["“”']+$/g, '');
  const words = text.split(' ');
  if (wordCount(text) <= max) return text;
  let at = 0;
  if (focus) {
    const pos = text.indexOf(focus);
    if (pos >= 0) at = text.slice(0, pos).split(' ').length - 1;
  }
  let start = Math.max(0, at - Math.floor(max / 3));
  let slice = words.slice(start, start + max);
  while (wordCount(slice.join(' ')) > max) slice = slice.slice(0, -1);
  if (start + slice.length >= words.length && start > 0) {
    start = Math.max(0, words.length - max);
    slice = words.slice(start);
    while (wordCount(slice.join(' ')) > max) slice = slice.slice(1);
  }
  // Mark where the quote was cut, as quoting conventions do, so it never reads as a whole sentence.
  const cutBefore = start > 0;
  const cutAfter = start + slice.length < words.length && !/[.!?]["”’']?$/.test(slice.at(-1) ?? '');
  return `${cutBefore ? '…' : ''}${slice.join(' ').replace(/^[,;:–—-]+\s*/, '').replace(/[,;:–—-]+$/, '')}${cutAfter ? '…' : ''}`;
}

/** Escapes a string for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `https://www.news.am/eng/…` → `news.am`. */
export function hostOf(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/^www\./, '').split(/[/?#]/)[0]!.toLowerCase();
}
