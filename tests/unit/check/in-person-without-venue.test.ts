import { describe, expect, test } from 'vitest';
import { check } from './helpers.ts';

describe('inPersonWithoutVenue', () => {
  test('warns about a held in-person round with neither venue nor venueNote', () => {
    expect(check('missing-venue', ['missing-venue'])).toMatchInlineSnapshot(`
      [
        "content/rounds/2022-03-10-antalya.md:5:9  warning format: a round held in person has no \`venue\`; add the venue from content/venues/, or a \`venueNote\` saying why none is known  (missing-venue)",
      ]
    `);
  });
});
