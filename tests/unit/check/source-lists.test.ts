import { describe, expect, test } from 'vitest';
import { check } from './helpers.ts';

describe('sourceLists', () => {
  test('warns when a round and an article do not list each other, counting findings as listing', () => {
    expect(check('source-lists')).toMatchInlineSnapshot(`
      [
        "content/articles/2022-03-11-example-follow-up.md:5:10  warning rounds[0]: lists round \`2022-03-10-antalya\`, but the round's \`sources\` does not list this article; add \`2022-03-11-example-follow-up\` to \`sources\` in content/rounds/2022-03-10-antalya.md, or remove the round here  (source-list-mismatch)",
        "content/rounds/2022-03-10-antalya.md:28:5  warning sources[1]: lists \`2022-03-09-example-preview\` as a source, but that article's \`rounds\` does not list \`2022-03-10-antalya\`; add the round there (content/articles/2022-03-09-example-preview.md), or remove the source here  (source-list-mismatch)",
      ]
    `);
  });
});
