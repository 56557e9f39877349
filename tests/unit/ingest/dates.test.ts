import { describe, expect, test } from 'vitest';
import { findDates, resolveWeekday, tenseAt, yearForWeekday } from '../../../src/ingest/dates.ts';
import { splitSentences } from '../../../src/ingest/text.ts';

const days = (text: string, published: string) => findDates(splitSentences([text]), published).map((d) => [d.text, d.day]);

describe('resolveWeekday', () => {
  test('reads "on Thursday" in a preview as the coming Thursday', () => {
    expect(resolveWeekday('2022-03-09', 4, 'future')).toBe('2022-03-10');
  });
  test('reads a past-tense Thursday as the one before', () => {
    expect(resolveWeekday('2022-03-11', 4, 'past')).toBe('2022-03-10');
  });
  test('reads the publication weekday in the past tense as the same day', () => {
    expect(resolveWeekday('2022-04-01', 5, 'past')).toBe('2022-04-01');
  });
});

describe('findDates', () => {
  test('lets the tense decide the direction of a weekday', () => {
    expect(days('Foreign ministers will meet in Turkey on Thursday.', '2022-03-09')).toEqual([['on Thursday', '2022-03-10']]);
    expect(days('The ministers met on Thursday in Antalya.', '2022-03-14')).toEqual([['on Thursday', '2022-03-10']]);
    expect(days('Kuleba and Lavrov on Thursday failed to reach an agreement.', '2022-03-10')).toEqual([['on Thursday', '2022-03-10']]);
  });
  test('reads "Tuesday\'s talks" in a Friday article as the Tuesday before', () => {
    expect(days("The meeting follows Tuesday's face-to-face peace talks in Istanbul.", '2022-04-01')).toEqual([['Tuesday', '2022-03-29']]);
  });
  test('resolves a month and day against the publication year', () => {
    expect(days('On March 2, the General Assembly voted.', '2022-03-10')).toEqual([['March 2', '2022-03-02']]);
  });
  test('gives one weekday one day across the article, trusting the lead', () => {
    const found = findDates(splitSentences(['Ministers will meet on Thursday.', 'He said both had requested that he attend the talks on Thursday.']), '2022-03-09');
    expect(found.map((d) => d.day)).toEqual(['2022-03-10', '2022-03-10']);
  });
});

describe('tenseAt', () => {
  test('reads "pushed back to Friday" as the Friday ahead', () => {
    const s = 'The talks were pushed back to Friday.';
    expect(tenseAt(s, s.indexOf('Friday'), 'Friday')).toBe('future');
  });
  test('lets an attribution after the date leave the tense to the verb before it', () => {
    const s = 'Ukraine will send a delegation to talks in Istanbul on Monday, Zelensky said.';
    expect(tenseAt(s, s.indexOf('on Monday'), 'on Monday')).toBe('future');
  });
  test('does not read a compound adjective such as "US-brokered" as the past tense', () => {
    const s = 'The sides will hold US-brokered talks on Tuesday.';
    expect(tenseAt(s, s.indexOf('on Tuesday'), 'on Tuesday')).toBe('future');
  });

  test('reads "ahead of Thursday\'s talks" as the future', () => {
    const s = "Ukraine set out its demands ahead of Thursday's talks.";
    expect(tenseAt(s, s.indexOf('Thursday'), 'Thursday')).toBe('future');
  });
});

describe('findDates on words that only look like days', () => {
  test('ignores "sat" in "sat down"', () => {
    expect(days('The delegations sat down on Tuesday.', '2026-02-17')).toEqual([['on Tuesday', '2026-02-17']]);
  });
});

describe('yearForWeekday', () => {
  test('finds the year in which March 29 was a Tuesday', () => {
    expect(yearForWeekday(3, 29, 2, 2026)).toBe(2022);
  });
});
