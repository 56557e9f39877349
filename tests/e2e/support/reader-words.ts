/**
 * Words a reader should never meet on a page: a day written as an ISO date in
 * running text, the ingest command's own notes and template summaries, a place
 * named twice in a row ("Istanbul, Istanbul"), or a spelling that the content
 * marks as a source's misspelling outside a quote of the source. Reads the built pages' visible text: the
 * hidden search block, `<time datetime>` values, code and scripts are not read.
 */
import type { BuiltPage } from './dist.ts';

const INGEST_WORDS = /as the article reports|Derived by the ingest command|Proposed by the ingest command|an editor has not reviewed it yet/;
const ISO_DAY = /\b\d{4}-\d{2}-\d{2}\b/;
const REPEATED_PLACE = /(?<![\p{L}-])(\p{Lu}[\p{L}’' -]{2,}?), \1(?![\p{L}])/u;

/** The text a reader sees in a page's main content; `ownWords` leaves out what sources are quoted as saying. */
export function visibleText(page: BuiltPage, ownWords = false): string {
  const main = page.document.querySelector('main')?.cloneNode(true) as Element | undefined;
  if (!main) return '';
  for (const el of main.querySelectorAll('[hidden], script, style, code, template')) el.remove();
  // A quote is the source's words, its misspellings included; the site's own words must spell names right.
  if (ownWords) for (const el of main.querySelectorAll('q, blockquote, [aria-hidden="true"]')) el.remove();
  return (main.textContent ?? '').replace(/\s+/g, ' ');
}

/** One line per problem: the page, what is wrong, and the words around it. */
export function readerWordProblems(pages: BuiltPage[], misspellings: readonly string[]): string[] {
  const problems: string[] = [];
  const around = (text: string, at: number) => `“…${text.slice(Math.max(0, at - 40), at + 50)}…”`;
  for (const page of pages) {
    const text = visibleText(page);
    for (const [what, pattern] of [['an ISO date', ISO_DAY], ['the ingest command’s words', INGEST_WORDS], ['a place named twice', REPEATED_PLACE]] as const) {
      const m = pattern.exec(text);
      if (m) problems.push(`${page.url}: ${what}: ${around(text, m.index)}`);
    }
    const own = visibleText(page, true);
    for (const wrong of misspellings) {
      const at = own.indexOf(wrong);
      if (at >= 0) problems.push(`${page.url}: the misspelling “${wrong}”: ${around(own, at)}`);
    }
  }
  return problems;
}
