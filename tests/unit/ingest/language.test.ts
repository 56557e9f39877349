/**
 * Only English articles are read: one in another language is refused with a
 * sentence naming its language, never with a misleading "no talks found"; no
 * English article of the project's fixtures is refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { assertEnglish, languageOf } from '../../../src/ingest/language.ts';
import { raw } from './helpers.ts';

// Written for this test: the same report of a round, in four languages.
const REPORTS: Record<string, string> = {
  Russian: 'Переговоры в Стамбуле\n\nДелегации России и Украины встретились в Стамбуле в понедельник. Стороны обсудили обмен пленными и возможное прекращение огня, сообщил глава российской делегации. Следующая встреча может пройти через две недели.',
  Ukrainian: 'Переговори в Стамбулі\n\nДелегації України та Росії зустрілися в Стамбулі в понеділок. Сторони обговорили обмін полоненими та можливе припинення вогню, повідомив очільник української делегації. Наступна зустріч може відбутися за два тижні.',
  German: 'Gespräche in Istanbul\n\nDie Delegationen Russlands und der Ukraine haben sich am Montag in Istanbul getroffen. Beide Seiten sprachen über einen Gefangenenaustausch und eine mögliche Waffenruhe, sagte der Leiter der russischen Delegation. Ein weiteres Treffen könnte in zwei Wochen folgen.',
  French: 'Pourparlers à Istanbul\n\nLes délégations russe et ukrainienne se sont réunies lundi à Istanbul. Les deux parties ont discuté d’un échange de prisonniers et d’un possible cessez-le-feu, a déclaré le chef de la délégation russe. Une nouvelle rencontre pourrait avoir lieu dans deux semaines.',
};

const reason = (text: string, file = 'article.txt') => {
  try {
    assertEnglish(raw(text, file));
    return 'read';
  } catch (error) {
    return (error as Error).message;
  }
};

describe('assertEnglish', () => {
  test.each(Object.entries(REPORTS))('refuses an article written in %s, naming the language', (language, text) => {
    expect(reason(text)).toBe(`article.txt: the article is written in ${language}; only English articles are read (the record quotes its sources word for word). Find an English report of the same talks`);
  });

  test('tells the language of a saved page from its words, not its markup or scripts', () => {
    const page = `<!doctype html><html lang="en"><head><title>x</title><script>var english = "the talks and the meeting of the delegations";</script></head><body><nav><a href="/">Home</a></nav><article><p>${REPORTS.Russian}</p></article></body></html>`;
    expect(reason(page, 'page.html')).toMatch(/written in Russian/);
  });

  test('reads an English article that quotes Russian and names Ukrainian places', () => {
    const text = 'Talks in Istanbul\n\nThe Russian delegation, led by Vladimir Medinsky, met Ukraine’s team in Istanbul on Monday. "Переговоры были конструктивными," Medinsky told reporters, saying the talks were constructive. The next round could be held in Kharkiv, Dnipro or Zaporizhzhia, officials said.';
    expect(reason(text)).toBe('read');
  });

  test('leaves a text too short to tell to the reading stages', () => {
    expect(languageOf(raw('Переговоры в Стамбуле.'))).toBeUndefined();
  });

  test('reads every English article among the project’s fixtures as English', () => {
    const root = path.resolve(import.meta.dirname, '../../fixtures');
    const files = (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => /(^|\/)article\.(txt|html)$/.test(f));
    expect(files.length).toBeGreaterThan(50);
    const refused = files.filter((f) => reason(fs.readFileSync(path.join(root, f), 'utf8'), f) !== 'read');
    expect(refused).toEqual([]);
  });
});
