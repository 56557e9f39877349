/**
 * Extra words for the search index, so a reader who types a name without its
 * diacritics, or in another transliteration, still lands on the right page.
 * Pagefind already matches across diacritics; the folded forms make sure the
 * page that owns the name ranks first.
 */

/** Letters that Unicode does not decompose into a base letter and a mark. */
const SPECIAL: Record<string, string> = { ı: 'i', İ: 'I', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', ß: 'ss', đ: 'd', Đ: 'D' };

/**
 * The text without diacritics.
 * @example foldDiacritics('Dolmabahçe Sarayı') // => 'Dolmabahce Sarayi'
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ıİłŁøØßđĐ]/g, (c) => SPECIAL[c] ?? c);
}

/**
 * Every name given, each followed by its folded form where that differs, without repeats.
 * @example searchAliases(['Dolmabahçe Palace', 'Dolmabahce Palace']) // => ['Dolmabahçe Palace', 'Dolmabahce Palace']
 */
export function searchAliases(names: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const name of names) for (const form of [name, foldDiacritics(name)]) if (form.trim()) seen.add(form.trim());
  return [...seen];
}
