import { describe, expect, test } from 'vitest';
import { clauseOf, isHedged, latinBase, readSentences, tenseAt, verbTense } from '../../../src/ingest/nlp.ts';

const sentence = (text: string) => readSentences([text])[0]!;
const at = (text: string, word: string) => {
  const s = sentence(text);
  return { s, i: s.tokens.findIndex((t) => t.text === word) };
};

describe('readSentences', () => {
  test('splits paragraphs into sentences, the headline first, and keeps abbreviations inside them', () => {
    const s = readSentences(['Talks end in Istanbul', 'The U.S. envoy arrived. The delegations met on Monday.']);
    expect(s.map((x) => [x.para, x.text])).toEqual([
      [0, 'Talks end in Istanbul'],
      [1, 'The U.S. envoy arrived.'],
      [1, 'The delegations met on Monday.'],
    ]);
  });

  test('tags parts of speech and lemmas', () => {
    const s = sentence('The delegations met in Istanbul.');
    expect(s.tokens.map((t) => [t.text, t.pos, t.lemma])).toEqual([
      ['The', 'DET', 'the'],
      ['delegations', 'NOUN', 'delegation'],
      ['met', 'VERB', 'meet'],
      ['in', 'ADP', 'in'],
      ['Istanbul', 'PROPN', 'istanbul'],
      ['.', 'PUNCT', '.'],
    ]);
  });

  test('keeps a Turkish name one token, in its own spelling', () => {
    const s = sentence('Foreign Minister Mevlüt Çavuşoğlu and Ibrahim Kalın met Erdoğan.');
    expect(s.tokens.map((t) => t.text)).toEqual(['Foreign', 'Minister', 'Mevlüt', 'Çavuşoğlu', 'and', 'Ibrahim', 'Kalın', 'met', 'Erdoğan', '.']);
    expect(s.tokens.every((t) => s.text.slice(t.start, t.end) === t.text)).toBe(true);
  });

  test('marks words in the scope of a negation, also after "yet to", "short of" and "without"', () => {
    const negated = (text: string, word: string) => sentence(text).tokens.find((t) => t.lower === word)!.negated;
    expect(negated('The talks did not produce a deal.', 'deal')).toBe(true);
    expect(negated('Russia and Ukraine have yet to agree on a ceasefire.', 'agree')).toBe(true);
    expect(negated('The sides stopped short of agreeing a truce.', 'agreeing')).toBe(true);
    expect(negated('They parted without signing the minutes.', 'signing')).toBe(true);
    expect(negated('The sides agreed on a ceasefire.', 'agreed')).toBe(false);
  });
});

describe('latinBase', () => {
  test('gives letters beyond Latin-1 their base letter, one for one', () => {
    expect(latinBase('Çavuşoğlu, Kalın')).toBe('Çavusoglu, Kalin');
    expect(latinBase('Çavuşoğlu, Kalın')).toHaveLength('Çavuşoğlu, Kalın'.length);
  });
});

describe('tenseAt', () => {
  test('reads "will meet" and "would take place" as ahead', () => {
    const a = at('The delegations will meet on Thursday.', 'Thursday');
    expect(tenseAt(a.s, a.i)).toBe('future');
    const b = at('Agencies quoted him as saying the talks would take place on Tuesday.', 'Tuesday');
    expect(tenseAt(b.s, b.i)).toBe('future');
  });

  test('reads "met" and "did not agree" as behind', () => {
    const a = at('They met on Monday.', 'Monday');
    expect(tenseAt(a.s, a.i)).toBe('past');
    const b = sentence('The talks did not produce a deal.');
    expect(verbTense(b, b.tokens.findIndex((t) => t.lower === 'produce'))).toBe('past');
  });

  test('does not take an attribution after the words for their tense', () => {
    const a = at('Medinsky will lead the delegation at talks on Monday, a correspondent reported.', 'Monday');
    expect(tenseAt(a.s, a.i)).toBe('future');
  });

  test('starts a new clause at a relative word, with or without a comma', () => {
    const a = at('He arrived in Istanbul on Sunday where he will lead talks on Monday.', 'Monday');
    const [from] = clauseOf(a.s, a.i);
    expect(a.s.tokens[from - 1]!.lower).toBe('where');
  });

  test('sets a closing attribution apart: the day of a saying is not the day of the meeting', () => {
    const a = at('The ministers met in Antalya on Friday, Turkish officials said on Saturday.', 'Saturday');
    const b = at('The ministers met in Antalya on Friday, Turkish officials said on Saturday.', 'Friday');
    expect(clauseOf(a.s, a.i)[0]).toBeGreaterThan(clauseOf(b.s, b.i)[1]);
    // What follows a saying with a clause of its own stays one clause: "…, he said that they would meet".
    const c = at('Talks will go on, he said that they would meet on Monday.', 'Monday');
    expect(c.s.tokens[clauseOf(c.s, c.i)[0]]!.lower).toBe('talks');
  });
});

describe('isHedged', () => {
  test('finds a modal of possibility or a condition', () => {
    const a = at('If the swap goes ahead, it will be the largest exchange.', 'largest');
    expect(isHedged(a.s, a.i)).toBe(true);
    const b = at('The sides could agree on a truce.', 'truce');
    expect(isHedged(b.s, b.i)).toBe(true);
    const c = at('The sides agreed on a truce.', 'truce');
    expect(isHedged(c.s, c.i)).toBe(false);
  });
});
