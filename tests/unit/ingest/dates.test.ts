import { describe, expect, test } from 'vitest';
import { findDates, looksAhead, meetingDayNumber, nearestYear, resolveWeekday, yearForWeekday } from '../../../src/ingest/dates.ts';
import { readSentences } from '../../../src/ingest/nlp.ts';

const days = (text: string, published: string | null) => findDates(readSentences([text]), published).map((d) => d.day);

describe('findDates', () => {
  test('reads a weekday by the tense of its clause: "will meet" ahead, "met" behind', () => {
    expect(days('The delegations will meet on Thursday.', '2022-03-09')).toEqual(['2022-03-10']);
    expect(days('The delegations met on Monday.', '2022-03-09')).toEqual(['2022-03-07']);
  });

  test('reads "ahead of planned talks Thursday" as ahead, whatever the tense of the clause', () => {
    expect(days('Lavrov arrived on Wednesday, ahead of planned talks Thursday with Kuleba.', '2022-03-09')).toEqual(['2022-03-09', '2022-03-10']);
  });

  test('gives a month and day without a year the year that puts them nearest before the article', () => {
    expect(days('The first round was held on February 28.', '2022-03-15')).toEqual(['2022-02-28']);
    expect(days('The talks began on December 30.', '2023-01-04')).toEqual(['2022-12-30']);
  });

  test('reads a date written with dots day first', () => {
    expect(days('Podolyak announced on Friday (1.4.2022) the start of a new round.', null)).toContain('2022-04-01');
  });

  test('keeps a span\'s last day: "February 17-18"', () => {
    const [d] = findDates(readSentences(['The February 17-18 meetings in Geneva focused on territory.']), '2026-02-18');
    expect([d!.day, d!.endDay]).toEqual(['2026-02-17', '2026-02-18']);
  });

  test('without a publication day, keeps what the words fix: the weekday, or the month and day', () => {
    const [monday, may] = findDates(readSentences(['They met on Monday and again on May 16.']), null);
    expect(monday).toMatchObject({ day: null, weekday: 1, kind: 'weekday' });
    expect(may).toMatchObject({ day: null, month: 5, dayOfMonth: 16, kind: 'month-day' });
  });

  test('"last night" is the eve of the publication day, and no day at all without one (never a day of this year)', () => {
    expect(days('The delegations talked late last night.', '2022-03-03')).toEqual(['2022-03-02']);
    expect(days('The delegations talked late last night.', null)).toEqual([null]);
  });

  test('ignores lengths of time and offsets from now', () => {
    expect(days('A ceasefire for 60 days was proposed two hours after the talks began.', '2025-05-16')).toEqual([]);
  });
});

describe('looksAhead', () => {
  test('finds "until", "ahead of" and "planned" before a date', () => {
    const s = readSentences(['The pause lasts until Tuesday.'])[0]!;
    expect(looksAhead(s, s.tokens.findIndex((t) => t.text === 'Tuesday'))).toBe(true);
    const t = readSentences(['The talks ended on Tuesday.'])[0]!;
    expect(looksAhead(t, t.tokens.findIndex((x) => x.text === 'Tuesday'))).toBe(false);
  });
});

describe('meetingDayNumber', () => {
  test('counts "the second day of talks" from 1', () => {
    expect(meetingDayNumber(readSentences(['A second day of talks began on Wednesday.'])[0]!)).toBe(2);
    expect(meetingDayNumber(readSentences(['Talks began on Wednesday.'])[0]!)).toBe(1);
  });
});

describe('day arithmetic', () => {
  test('resolveWeekday looks ahead for the future and behind for the past', () => {
    expect(resolveWeekday('2022-03-09', 4, 'future')).toBe('2022-03-10');
    expect(resolveWeekday('2022-03-09', 4, 'past')).toBe('2022-03-03');
  });

  test('nearestYear looks up to two months ahead, further for what is planned', () => {
    expect(nearestYear(3, 20, '2022-03-01', 'past')).toBe('2022-03-20');
    expect(nearestYear(7, 1, '2022-03-01', 'past')).toBe('2021-07-01');
    expect(nearestYear(7, 1, '2022-03-01', 'future')).toBe('2022-07-01');
  });

  test('yearForWeekday finds the latest year a day fell on a weekday', () => {
    expect(yearForWeekday(3, 29, 2, 2026)).toBe(2022);
  });
});
