import { describe, expect, test } from 'vitest';
import { NameMatcher } from '../../../src/ingest/names.ts';
import { nameKey, nearKey } from '../../../src/ingest/text.ts';
import { person } from '../helpers.ts';

const matcher = new NameMatcher([
  person('dmytro-kuleba', { name: 'Dmytro Kuleba', aliases: ['Kuleba'] }),
  person('vladimir-medinsky', { name: 'Vladimir Medinsky' }),
  person('volodymyr-zelensky', { name: 'Volodymyr Zelensky' }),
  person('mevlut-cavusoglu', { name: 'Mevlüt Çavuşoğlu' }),
  person('sergey-lavrov', { name: 'Sergey Lavrov' }),
  person('dmitry-peskov', { name: 'Dmitry Peskov' }),
  person('vladimir-putin', { name: 'Vladimir Putin' }),
]);

describe('NameMatcher', () => {
  test.each([
    [['Dmytro', 'Kouleba'], 'dmytro-kuleba'],
    [['Dmtryo', 'Kuleba'], 'dmytro-kuleba'],
    [['Vladimir', 'Medinski'], 'vladimir-medinsky'],
    [['Volodymyr', 'Zelenskiy'], 'volodymyr-zelensky'],
    [['Volodymyr', 'Zelenskyy'], 'volodymyr-zelensky'],
    [['Mevlut', 'Cavusoglu'], 'mevlut-cavusoglu'],
    [['Sergei', 'Lavrov'], 'sergey-lavrov'],
    [['Sergueï', 'Lavrov'], 'sergey-lavrov'],
    [['Vladimir', 'Poutine'], 'vladimir-putin'],
  ])('recognises %j as %s, whatever the spelling', (words, id) => {
    expect(matcher.match(words)).toBe(id);
  });

  test('matches a surname alone when only one known person has it', () => {
    expect(matcher.match(['Medinskiy'])).toBe('vladimir-medinsky');
    expect(matcher.match(['ÇAVUŞOĞLU'.toLowerCase().replace(/^./, (c) => c.toUpperCase())])).toBe('mevlut-cavusoglu');
  });

  test('does not take another person with the same first name for a known one', () => {
    expect(matcher.match(['Vladimir', 'Lavrov'])).toBeUndefined();
    expect(matcher.match(['Andrei', 'Lavrov'])).toBeUndefined();
    expect(matcher.match(['Dmitry', 'Kozak'])).toBeUndefined();
  });
});

describe('nameKey', () => {
  test('folds case, diacritics and transliteration variants together', () => {
    expect(nameKey('Zelenskiy')).toBe(nameKey('Zelensky'));
    expect(nameKey('Sergei')).toBe(nameKey('Sergey'));
    expect(nameKey('Kouleba')).toBe(nameKey('Kuleba'));
    expect(nearKey(nameKey('Dmtryo'), nameKey('Dmytro'))).toBe(true);
    expect(nearKey(nameKey('Lavrov'), nameKey('Peskov'))).toBe(false);
  });
});
