import { describe, expect, test } from 'vitest';
import { check } from './helpers.ts';

describe('previewsMarkedHeld', () => {
  test('reports a held round whose every source appeared before it', () => {
    expect(check('preview-marked-held')).toMatchInlineSnapshot(`
      [
        "content/rounds/2022-03-10-antalya.md:4:9  status: \`status: held\`, but its only source was published before the round's date \`2022-03-10\` (latest \`2022-03-09\`), so it announces the round rather than report it; set \`status: planned\`, or add the article that reports it as held to \`sources\`  (preview-marked-held)",
      ]
    `);
  });
});
