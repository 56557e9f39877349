/**
 * Words a reader would write: places without repeated names, counts with the
 * right plural, lists joined with "and", days in words instead of ISO dates,
 * and the spellings of a name worth showing. Every sentence the site builds
 * from data goes through these, so none reads like a template.
 */
import { formatDay } from './dates.ts';
import { foldDiacritics } from './search-terms.ts';

/** What `placeName` needs of a venue. */
export interface PlaceParts {
  name: string;
  city: string;
  country: string;
}

const key = (text: string) => foldDiacritics(text).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Whether a name already says a place, as whole words, ignoring case and diacritics.
 * @example namesPlace('Antalya Diplomacy Forum', 'Antalya') // => true
 * @example namesPlace('Dolmabahçe Palace', 'Istanbul') // => false
 */
export function namesPlace(name: string, place: string): boolean {
  return ` ${key(name)} `.includes(` ${key(place)} `);
}
const contains = namesPlace;

/**
 * A venue as one phrase: its name, then its city and country, leaving out any
 * part the name already says.
 * @example placeName({ name: 'Dolmabahçe Palace', city: 'Istanbul', country: 'Turkey' }) // => 'Dolmabahçe Palace, Istanbul, Turkey'
 * @example placeName({ name: 'Istanbul', city: 'Istanbul', country: 'Turkey' }) // => 'Istanbul, Turkey'
 * @example placeName({ name: 'Gomel Region, near the border', city: 'Gomel Region', country: 'Belarus' }, { country: false }) // => 'Gomel Region, near the border'
 */
export function placeName(place: PlaceParts, options: { country?: boolean } = {}): string {
  const parts = [place.name];
  for (const part of [place.city, ...(options.country === false ? [] : [place.country])]) {
    if (!parts.some((p) => contains(p, part))) parts.push(part);
  }
  return parts.join(', ');
}

/**
 * A count and its noun, singular or plural.
 * @example count(1, 'round') // => '1 round'
 * @example count(3, 'round') // => '3 rounds'
 * @example count(2, 'person', 'people') // => '2 people'
 */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? singular : plural}`;
}

/**
 * Items joined as a sentence lists them.
 * @example listWords(['Reuters', 'AP', 'AFP']) // => 'Reuters, AP and AFP'
 * @example listWords(['Reuters']) // => 'Reuters'
 */
export function listWords(items: readonly string[], and = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

/**
 * A value as it reads in a sentence: a day written `YYYY-MM-DD` becomes words.
 * @example readableValue('2024-06-01') // => '1 June 2024'
 * @example readableValue('Antalya') // => 'Antalya'
 */
export function readableValue(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDay(value) : value;
}

/**
 * The other spellings of a name worth showing a reader: the aliases, without
 * the misspellings (kept only for recognising the name), without the name itself
 * and without forms that differ from one already shown only by case.
 * @example shownSpellings({ name: 'Dmytro Kuleba', aliases: ['Kouleba', 'Dmtryo Kuleba', 'kouleba'], misspellings: ['Dmtryo Kuleba'] }) // => ['Kouleba']
 */
export function shownSpellings(entry: { name: string; aliases: readonly string[]; misspellings?: readonly string[] }): string[] {
  const wrong = new Set((entry.misspellings ?? []).map((m) => m.toLowerCase()));
  const seen = new Set([entry.name.toLowerCase()]);
  const shown: string[] = [];
  for (const alias of entry.aliases) {
    const lower = alias.toLowerCase();
    if (wrong.has(lower) || seen.has(lower)) continue;
    seen.add(lower);
    shown.push(alias);
  }
  return shown;
}

/**
 * The language of a spelling in Cyrillic, so screen readers pronounce it: told
 * by the letters only one language uses (є і ї ґ Ukrainian, ў Belarusian,
 * ы э ъ ё Russian), else by the country of the person or place, else unknown.
 * @example spellingLang('Рустем Умєров') // => 'uk'
 * @example spellingLang('Дмитро Кулеба', 'Ukraine') // => 'uk'
 * @example spellingLang('Kuleba') // => undefined
 */
export function spellingLang(text: string, country?: string): 'uk' | 'ru' | 'be' | undefined {
  if (!/[\u0400-\u04ff]/.test(text)) return undefined;
  if (/[ўЎ]/.test(text)) return 'be';
  if (/[єіїґЄІЇҐ]/.test(text)) return 'uk';
  if (/[ыэъёЫЭЪЁ]/.test(text)) return 'ru';
  return ({ Ukraine: 'uk', Russia: 'ru', Belarus: 'be' } as const)[country as 'Ukraine'];
}
