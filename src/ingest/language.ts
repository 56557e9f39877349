/**
 * The reading stages understand English only, and the record quotes its
 * sources word for word, so an article in another language is refused with a
 * sentence that says which language it is in, instead of a misleading "no
 * talks found". The language is told by franc (trigram statistics over the
 * article's letters), which needs no network and no model download.
 */
import { francAll } from 'franc-min';
import type { RawArticle } from './input.ts';
import { IngestError } from './types.ts';

/** Characters looked at: enough to tell a language apart, little enough to cost well under a millisecond. */
const SAMPLE = 3000;
/** English's commonest words, as a share of all words: about a quarter in running English, a few hundredths in other languages. */
const COMMON = /^(?:the|of|and|to|in|a|is|was|that|for|on|with|as|by|at|from|it|be|has|have|said|are|were|will|an|not|but)$/i;
/** Below this many letters the language cannot be told; the reading stages will say the text is too short. */
const MIN_LETTERS = 80;

const names = new Intl.DisplayNames(['en'], { type: 'language' });

/** The article's language as an ISO 639-3 code (`eng`, `rus`, `ukr`…), or undefined when it cannot be told. */
export function languageOf(raw: Pick<RawArticle, 'text' | 'kind'>): string | undefined {
  const text = (raw.kind === 'html' ? visibleText(raw.text) : raw.text).slice(0, SAMPLE * 2);
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return undefined;
  // Plainly English (the usual case) needs no statistics.
  const words = text.slice(0, SAMPLE).match(/\p{L}+/gu) ?? [];
  if (words.length >= 30 && words.filter((w) => COMMON.test(w)).length / words.length > 0.12) return 'eng';
  const [best] = francAll(text.slice(0, SAMPLE), { minLength: MIN_LETTERS });
  return best && best[0] !== 'und' ? best[0] : undefined;
}

/** Throws an IngestError when the article is not in English. */
export function assertEnglish(raw: RawArticle): void {
  const code = languageOf(raw);
  if (!code || code === 'eng' || code === 'sco') return; // Scots is English that franc sometimes tells apart
  const name = languageName(code);
  throw new IngestError(raw.file, `the article is written in ${name}; only English articles are read (the record quotes its sources word for word). Find an English report of the same talks`);
}

/** `rus` → `Russian`. */
export function languageName(code: string): string {
  try {
    const name = names.of(code);
    return name && name !== code ? name : `the language with the code \`${code}\``;
  } catch {
    return `the language with the code \`${code}\``;
  }
}

/** A saved page's words, roughly: no scripts, styles or tags. Good enough to tell its language; linear in the page's length. */
function visibleText(html: string): string {
  const lower = html.toLowerCase();
  let i = Math.max(0, lower.search(/<body[\s>]/));
  let out = '';
  while (i < html.length && out.length < SAMPLE * 2) {
    const open = lower.indexOf('<', i);
    if (open < 0) {
      out += html.slice(i);
      break;
    }
    const words = html.slice(i, open).trim();
    if (words) out += `${words} `;
    const hidden = /^<(script|style|noscript|template|svg)\b/.exec(lower.slice(open, open + 12))?.[1];
    const close = hidden ? lower.indexOf(`</${hidden}`, open) : open;
    const end = close < 0 ? -1 : lower.indexOf('>', close);
    if (end < 0) break;
    i = end + 1;
  }
  return out.replace(/&[#\w]+;/g, ' ');
}
