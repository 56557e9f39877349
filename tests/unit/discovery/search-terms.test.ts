import { describe, expect, test } from 'vitest';
import { foldDiacritics, searchAliases } from '../../../src/lib/search-terms.ts';

describe('foldDiacritics', () => {
  test('drops marks, and maps letters Unicode does not decompose', () => {
    expect(foldDiacritics('Dolmabahçe Sarayı')).toBe('Dolmabahce Sarayi');
    expect(foldDiacritics('Mevlüt Çavuşoğlu')).toBe('Mevlut Cavusoglu');
    expect(foldDiacritics('Łódź')).toBe('Lodz');
    expect(foldDiacritics('Дмитро Кулеба')).toBe('Дмитро Кулеба');
  });
});

describe('searchAliases', () => {
  test('keeps every name once, each followed by its form without diacritics', () => {
    expect(searchAliases(['Dolmabahçe Palace', 'Dolmabahce Palace', 'Dolmabahçe Sarayı'])).toEqual(['Dolmabahçe Palace', 'Dolmabahce Palace', 'Dolmabahçe Sarayı', 'Dolmabahce Sarayi']);
    expect(searchAliases(['', ' '])).toEqual([]);
  });
});
