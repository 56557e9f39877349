import { describe, expect, test } from 'vitest';
import { daysBetween, describeGap, formatDay, formatLongDay, formatSpan, parseDay, yearOf } from '../../../src/lib/dates.ts';

describe('formatDay', () => {
  test('writes a day as a reader says it', () => {
    expect(formatDay('2022-03-10')).toBe('10 March 2022');
  });
  test('adds the weekday for a round page', () => {
    expect(formatLongDay('2022-03-10')).toBe('Thursday 10 March 2022');
    expect(formatLongDay('2025-05-16')).toBe('Friday 16 May 2025');
  });
});

describe('formatSpan', () => {
  test('shortens a span within one month', () => {
    expect(formatSpan('2022-03-29', '2022-03-30')).toBe('29–30 March 2022');
  });
  test('keeps both months when the span crosses one', () => {
    expect(formatSpan('2022-03-31', '2022-04-01')).toBe('31 March – 1 April 2022');
  });
  test('keeps both years when the span crosses one', () => {
    expect(formatSpan('2022-12-31', '2023-01-01')).toBe('31 December 2022 – 1 January 2023');
  });
  test('shows a single day when there is no end or the end is the same day', () => {
    expect(formatSpan('2022-03-10')).toBe('10 March 2022');
    expect(formatSpan('2022-03-10', '2022-03-10')).toBe('10 March 2022');
  });
});

describe('describeGap', () => {
  test('gives years and months for the long gap between 2022 and 2025', () => {
    expect(describeGap('2022-04-01', '2025-05-16')).toBe('3 years 1 month');
  });
  test('falls back to days under a month', () => {
    expect(describeGap('2022-03-10', '2022-03-29')).toBe('19 days');
  });
});

describe('parseDay', () => {
  test('rejects text that is not a calendar day, naming the fix', () => {
    expect(() => parseDay('10/03/2022')).toThrow('YYYY-MM-DD');
    expect(() => parseDay('2022-02-30')).toThrow();
  });
  test('counts days and reads years', () => {
    expect(daysBetween('2022-03-10', '2022-03-29')).toBe(19);
    expect(yearOf('2025-05-16')).toBe(2025);
  });
});
