import { describe, expect, test } from 'vitest';
import { count, listWords, namesPlace, placeName, readableValue, shownSpellings, spellingLang } from '../../../src/lib/wording.ts';
import { firstParagraph, firstSentence, ledeOf } from '../../../src/lib/lede.ts';
import { describeLength, formatMonthSpan } from '../../../src/lib/dates.ts';

describe('placeName', () => {
  test('writes a venue as name, city and country', () => {
    expect(placeName({ name: 'Dolmabahçe Palace', city: 'Istanbul', country: 'Turkey' })).toBe('Dolmabahçe Palace, Istanbul, Turkey');
  });
  test('never repeats a place the name already says', () => {
    expect(placeName({ name: 'Istanbul', city: 'Istanbul', country: 'Turkey' })).toBe('Istanbul, Turkey');
    expect(placeName({ name: 'Gomel Region, near the Ukrainian border', city: 'Gomel Region', country: 'Belarus' })).toBe('Gomel Region, near the Ukrainian border, Belarus');
    expect(placeName({ name: 'Antalya Diplomacy Forum', city: 'Antalya', country: 'Turkey' })).toBe('Antalya Diplomacy Forum, Turkey');
    expect(placeName({ name: 'Abu Dhabi', city: 'Abu Dhabi', country: 'United Arab Emirates' })).toBe('Abu Dhabi, United Arab Emirates');
  });
  test('matches whole words, ignoring case and diacritics', () => {
    expect(placeName({ name: 'ISTANBUL talks venue', city: 'İstanbul', country: 'Türkiye' })).toBe('ISTANBUL talks venue, Türkiye');
    expect(placeName({ name: 'Antalyaspor Stadium', city: 'Antalya', country: 'Turkey' })).toBe('Antalyaspor Stadium, Antalya, Turkey');
    expect(namesPlace('Çırağan Palace', 'Ciragan')).toBe(true);
  });
  test('can leave the country out', () => {
    expect(placeName({ name: 'Dolmabahçe Palace', city: 'Istanbul', country: 'Turkey' }, { country: false })).toBe('Dolmabahçe Palace, Istanbul');
  });
});

describe('count and listWords', () => {
  test('put the noun in the plural only when there is not exactly one', () => {
    expect(count(0, 'round')).toBe('0 rounds');
    expect(count(1, 'round')).toBe('1 round');
    expect(count(2, 'person', 'people')).toBe('2 people');
    expect(count(10000, 'article')).toBe('10,000 articles');
  });
  test('join items as a sentence does', () => {
    expect(listWords([])).toBe('');
    expect(listWords(['Reuters'])).toBe('Reuters');
    expect(listWords(['Reuters', 'AP'])).toBe('Reuters and AP');
    expect(listWords(['2023', '2024', '2025'], 'or')).toBe('2023, 2024 or 2025');
  });
});

describe('readableValue', () => {
  test('turns a day written YYYY-MM-DD into words, and leaves any other value alone', () => {
    expect(readableValue('2024-06-01')).toBe('1 June 2024');
    expect(readableValue('Antalya')).toBe('Antalya');
    expect(readableValue('Delegations, 2024-06-01')).toBe('Delegations, 2024-06-01');
  });
});

describe('shownSpellings', () => {
  test('shows the other spellings of a name, never its misspellings, its own name or a repeat in other case', () => {
    expect(shownSpellings({ name: 'Dmytro Kuleba', aliases: ['Kuleba', 'Dmtryo Kuleba', 'Kouleba', 'kouleba', 'DMYTRO KULEBA'], misspellings: ['Dmtryo Kuleba'] })).toEqual(['Kuleba', 'Kouleba']);
    expect(shownSpellings({ name: 'Hakan Fidan', aliases: [] })).toEqual([]);
  });
  test('marks Cyrillic spellings with their language, so screen readers say them right', () => {
    expect(spellingLang('Рустем Умєров')).toBe('uk');
    expect(spellingLang('Сергей Лавров, Пётр')).toBe('ru');
    expect(spellingLang('Аляксандр Лукашэнка, ўсё')).toBe('be');
    // Where the letters could be either, the person's country decides; else nothing is claimed.
    expect(spellingLang('Дмитро Кулеба', 'Ukraine')).toBe('uk');
    expect(spellingLang('Дмитро Кулеба')).toBeUndefined();
    expect(spellingLang('Kuleba', 'Ukraine')).toBeUndefined();
  });
});

describe('the one line of a round', () => {
  test('is the first sentence of the first paragraph of what the editors wrote', () => {
    expect(ledeOf({ rendered: { html: '<p>The talks <em>ended</em> after two hours &amp; a swap was agreed. Both sides went home.</p><p>More.</p>' } })).toBe(
      'The talks ended after two hours & a swap was agreed.',
    );
    expect(ledeOf({ body: '## Heading\n\nA **first** [round](https://example.org) met. Then more.\n' })).toBe('A first round met.');
    expect(ledeOf({})).toBe('');
  });
  test('is not cut at an abbreviation or a decimal', () => {
    expect(firstSentence('The U.S. envoy stayed 3.5 hours in Geneva. Then he left.')).toBe('The U.S. envoy stayed 3.5 hours in Geneva.');
  });
  test('reads entities and drops markup', () => {
    expect(firstParagraph('<h2>x</h2><p class="a">Dolmabah&#231;e &amp; &#x00C7;&#305;ra&#287;an</p>')).toBe('Dolmabahçe & Çırağan');
  });
});

describe('days as headings say them', () => {
  test('formatMonthSpan names the months a period covers', () => {
    expect(formatMonthSpan('2022-02-28', '2022-04-01')).toBe('February – April 2022');
    expect(formatMonthSpan('2022-03-10', '2022-03-15')).toBe('March 2022');
    expect(formatMonthSpan('2025-11-20', '2026-02-18')).toBe('November 2025 – February 2026');
    expect(formatMonthSpan('2022-02-28', '2022-04-01', { short: true })).toBe('Feb – Apr 2022');
  });
  test('describeLength says how long a stretch lasted in the unit a reader would use', () => {
    expect(describeLength('2022-03-10', '2022-03-10')).toBe('in one day');
    expect(describeLength('2022-03-14', '2022-03-15')).toBe('in 2 days');
    expect(describeLength('2022-02-28', '2022-04-01')).toBe('in 5 weeks');
    expect(describeLength('2025-05-16', '2025-07-23')).toBe('in 2 months');
    expect(describeLength('2022-01-01', '2025-01-01')).toBe('in 3 years');
  });
});
