import { describe, expect, test } from 'vitest';
import { todayAnywhere } from '../../../src/check/context.ts';
import { check } from './helpers.ts';

describe('futureDates', () => {
  test('reports a held round and an article dated after today, but not a planned round', () => {
    expect(check('future-dates', ['future-date'])).toMatchInlineSnapshot(`
      [
        "content/articles/2026-03-11-example-report.md:5:12  published: \`published: 2026-03-11\` is in the future (today is 2025-06-01); use the day the article appeared  (future-date)",
        "content/rounds/2025-05-30-istanbul.md:4:10  warning endDate: \`endDate: 2025-06-02\` is in the future (today is 2025-06-01); leave \`endDate\` out until the round has ended  (future-date)",
        "content/rounds/2026-03-10-antalya.md:3:7  date: \`date: 2026-03-10\` is in the future (today is 2025-06-01), but \`status: held\`; fix the day, or set \`status: planned\`  (future-date)",
      ]
    `);
  });

  test('takes today in the earliest time zone, so a round held today anywhere is not in the future', () => {
    expect(todayAnywhere(new Date('2025-05-16T10:30:00Z'))).toBe('2025-05-17');
    expect(todayAnywhere(new Date('2025-05-16T09:59:00Z'))).toBe('2025-05-16');
  });
});
