import { describe, expect, test } from 'vitest';
import { check } from './helpers.ts';

describe('schema and YAML errors', () => {
  test('valid content has no problems at all', () => {
    expect(check('valid')).toEqual([]);
  });

  test('reports every schema error in every file at once, each at the line and column of its value', () => {
    expect(check('schema-errors', ['schema'])).toMatchInlineSnapshot(`
      [
        "content/articles/2022-03-09-example-preview.md:4:6  url: expected a full http:// or https:// address  (schema)",
        "content/articles/2022-03-09-example-preview.md:5:12  published: this day does not exist in the calendar; check the month and day  (schema)",
        "content/rounds/2022-03-10-antalya.md:4:9  status: expected one of \`held\`, \`planned\`, \`mentioned\`  (schema)",
        "content/rounds/2022-03-10-antalya.md:11:17  cite.date[0].evidence: a quote may have at most 25 words; shorten it to the words that carry the fact  (schema)",
        "content/rounds/2022-03-11-antalya.md:4:10  endDate: \`endDate: 2022-03-09\` is before \`date: 2022-03-11\`; swap them or fix the day  (schema)",
        "content/rounds/2022-03-29-istanbul.md:10:5  parties[0].cite: \`cite\` is missing; add it: the source articles that state this fact, e.g. \`cite: 2022-03-10-reuters-ministers-meet\`  (schema)",
        "content/rounds/2022-03-29-istanbul.md:15:14  outcomes[0].summary: the outcome summary is empty  (schema)",
        "content/rounds/2022-03-29-istanbul.md:16:11  outcomes[0].cite: cite at least one source article  (schema)",
        "content/rounds/2022-03-29-istanbul.md:26:13  disagreements[0].chosen: \`Dolmabahce Palace\` is not one of the reported values (\`Dolmabahçe Palace\`, \`Istanbul Congress Center\`); copy one of them exactly  (schema)",
        "content/venues/antalya-forum.md:2:1  city: \`city\` is missing; add it: the city  (schema)",
      ]
    `);
  });

  test('reports a quote over 25 words at the quote itself', () => {
    expect(check('schema-errors').filter((line) => line.includes('at most 25 words'))).toMatchInlineSnapshot(`
      [
        "content/rounds/2022-03-10-antalya.md:11:17  cite.date[0].evidence: a quote may have at most 25 words; shorten it to the words that carry the fact  (schema)",
      ]
    `);
  });

  test('reports an endDate before the date at the endDate', () => {
    expect(check('schema-errors').filter((line) => line.includes('endDate'))).toMatchInlineSnapshot(`
      [
        "content/rounds/2022-03-11-antalya.md:4:10  endDate: \`endDate: 2022-03-09\` is before \`date: 2022-03-11\`; swap them or fix the day  (schema)",
      ]
    `);
  });

  test('reports a chosen value that is not among the reported values', () => {
    expect(check('schema-errors').filter((line) => line.includes('chosen'))).toMatchInlineSnapshot(`
      [
        "content/rounds/2022-03-29-istanbul.md:26:13  disagreements[0].chosen: \`Dolmabahce Palace\` is not one of the reported values (\`Dolmabahçe Palace\`, \`Istanbul Congress Center\`); copy one of them exactly  (schema)",
      ]
    `);
  });

  test('rejects a javascript: address in `url`', () => {
    expect(check('schema-errors').filter((line) => line.includes('url:'))).toMatchInlineSnapshot(`
      [
        "content/articles/2022-03-09-example-preview.md:4:6  url: expected a full http:// or https:// address  (schema)",
      ]
    `);
  });

  test('reports unreadable YAML, duplicate keys and a missing frontmatter without stopping', () => {
    expect(check('unreadable')).toMatchInlineSnapshot(`
      [
        "content/outcomes/ceasefire.md:1:1  no frontmatter: start the file with a \`---\` line, the YAML fields, and another \`---\` line  (frontmatter)",
        "content/participants/laughs.md:2:1  the YAML cannot be read: Excessive alias count indicates a resource exhaustion attack. Write repeated values out instead of \`&anchor\` / \`*alias\`  (yaml)",
        "content/participants/sergey-lavrov.md:4:1  the YAML cannot be read: Flow sequence in block collection must be sufficiently indented and end with a ]. Check indentation and quote values that contain \`: \` or start with a symbol  (yaml)",
        "content/venues/antalya-forum.md:5:1  the YAML cannot be read: Map keys must be unique. Check indentation and quote values that contain \`: \` or start with a symbol  (yaml)",
      ]
    `);
  });
});
