import { describe, expect, test } from 'vitest';
import { check } from './helpers.ts';

describe('unsourcedFacts', () => {
  test('reports a held or planned round whose date cites nothing, and a round no article reports', () => {
    expect(check('unsourced-facts')).toMatchInlineSnapshot(`
      [
        "content/rounds/2022-03-10-antalya.md:3:7  date: the date \`2022-03-10\` of a held round cites no source; add \`cite.date\` with the article that gives it, or \`dateNote\` saying where it comes from (e.g. "The public record")  (unsourced-date)",
        "content/rounds/2022-03-14-video.md:2:1  sources: no article reports this round; list the articles that do in \`sources\`, the main one first  (no-sources)",
        "content/rounds/2022-04-01-video.md:3:7  date: the date \`2022-04-01\` of a planned round cites no source; add \`cite.date\` with the article that gives it, or \`dateNote\` saying where it comes from (e.g. "The public record")  (unsourced-date)",
      ]
    `);
  });
});
