/**
 * The build renders four pages at a time (`build.concurrency` in astro.config.mjs,
 * chosen with `npm run bench`). Whatever a page does must then be safe when
 * another page does the same thing at the same moment.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { cachedCard, cardKey, ogFont } from '../../../src/lib/og-image.ts';

const font = await ogFont();

describe('cachedCard under concurrent rendering', () => {
  test('draws the same card for two rounds at once without the two writes clashing', async () => {
    // Two video rounds on the same day with the same title share a card, and so a cache file.
    const card = { kicker: 'Talks', title: 'Talks by video link', lines: ['4 March 2014', 'Video call · Delegations'] };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'og-concurrent-'));
    const results = await Promise.all([1, 2, 3, 4].map(() => cachedCard(card, font, dir)));
    expect(results.every((r) => r.png.length > 0)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual([`${cardKey(card, font)}.png`]);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 30_000);
});
