import { describe, expect, test } from 'vitest';
import { check } from './helpers.ts';

describe('unknownFields', () => {
  test('reports a field the schema would silently drop, with the field it was probably meant to be', () => {
    expect(check('missing-venue', ['unknown-field'])).toMatchInlineSnapshot(`
      [
        "content/rounds/2022-03-10-antalya.md:7:13  venue_note: \`venue_note\` is not a field of round files, so its value is ignored; did you mean \`venueNote\`?  (unknown-field)",
      ]
    `);
  });

  test('reports an unknown field in any file, also in one that fails its schema', () => {
    expect(check('schema-errors', ['unknown-field'])).toMatchInlineSnapshot(`
      [
        "content/participants/sergey-lavrov.md:4:9  spouse: \`spouse\` is not a field of participant files, so its value is ignored; check the spelling against src/schemas/, or remove it  (unknown-field)",
        "content/rounds/2022-03-11-antalya.md:5:11  datenote: \`datenote\` is not a field of round files, so its value is ignored; did you mean \`dateNote\`?  (unknown-field)",
      ]
    `);
  });
});
