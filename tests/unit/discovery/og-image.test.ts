import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { cachedCard, cardKey, ogImagePath, roundCard } from '../../../src/lib/og-image.ts';
import { paths, sampleTimeline } from './fixture.ts';

const font = fs.readFileSync('src/assets/fonts/noto-sans-latin-700-normal.woff');
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const card = roundCard(sampleTimeline().round.get('2022-03-29-istanbul')!, 'Talks');

describe('roundCard and ogImagePath', () => {
  test('say what the round is, when and where', () => {
    expect(card).toEqual({ kicker: 'Talks', title: 'Round 2022-03-29-istanbul', lines: ['29–30 March 2022', 'Dolmabahçe Palace, Istanbul · Delegations'] });
    expect(ogImagePath(paths, '2022-03-29-istanbul')).toBe('/talks/og/rounds/2022-03-29-istanbul.png');
  });
});

describe('cachedCard', () => {
  test('draws a 1200×630 PNG once, then serves the same bytes from the cache', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'og-'));
    const first = await cachedCard(card, font, dir);
    expect(first.cached).toBe(false);
    expect([...first.png.subarray(0, 8)]).toEqual(PNG);
    const view = Buffer.from(first.png);
    expect([view.readUInt32BE(16), view.readUInt32BE(20)]).toEqual([1200, 630]);
    const again = await cachedCard(card, font, dir);
    expect(again.cached).toBe(true);
    expect(Buffer.compare(Buffer.from(again.png), view)).toBe(0);
    expect(fs.readdirSync(dir)).toEqual([`${cardKey(card, font)}.png`]);
  }, 20_000);

  test('keys the cache by the words on the card, so a changed title is drawn again', () => {
    expect(cardKey(card, font)).toMatch(/^[0-9a-f]{64}$/);
    expect(cardKey({ ...card, title: 'Another' }, font)).not.toBe(cardKey(card, font));
    expect(cardKey({ ...card }, font)).toBe(cardKey(card, font));
  });
});
