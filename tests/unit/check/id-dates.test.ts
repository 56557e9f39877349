import { describe, expect, test } from 'vitest';
import { check } from './helpers.ts';

describe('idDates', () => {
  test('warns when a file name starts with another day than the entry', () => {
    expect(check('id-dates', ['id-date'])).toMatchInlineSnapshot(`
      [
        "content/articles/2022-03-09-example-preview.md:5:12  warning published: the file name starts with \`2022-03-09\` but \`published\` is \`2022-03-08\`; rename the file if the page is not yet published, or fix the date  (id-date)",
        "content/rounds/2022-03-10-antalya.md:3:7  warning date: the file name starts with \`2022-03-10\` but \`date\` is \`2022-03-11\`; rename the file if the page is not yet published, or fix the date  (id-date)",
      ]
    `);
  });
});
