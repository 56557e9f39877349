/**
 * Link-preview cards in a build: drawn into their cache by worker threads
 * (src/build/cards.ts), never twice, then copied into the site. Several threads
 * draw at once, and the dev server draws as pages ask: two draws of the same
 * card at the same moment must not clash.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { cardThreads, drawCards, writeCards } from '../../../src/build/cards.ts';
import { cardKey, ogFont, type Card } from '../../../src/lib/og-image.ts';
import { cachedCard } from '../../../src/lib/og-render.ts';

const font = await ogFont();
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'og-cards-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const cards: Card[] = Array.from({ length: 11 }, (_, i) => ({ kicker: 'Talks', title: `Round ${i + 1} in Istanbul`, lines: [`${i + 1} March 2022`, 'Dolmabahçe Palace, Istanbul · Delegations'] }));

describe('cachedCard drawn several times at once', () => {
  test('draws the same card for two rounds at once without the two writes clashing', async () => {
    // Two video rounds on the same day with the same title share a card, and so a cache file.
    const card = { kicker: 'Talks', title: 'Talks by video link', lines: ['4 March 2014', 'Video call · Delegations'] };
    const dir = tempDir();
    const results = await Promise.all([1, 2, 3, 4].map(() => cachedCard(card, font, dir)));
    expect(results.every((r) => r.png.length > 0)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual([`${cardKey(card, font)}.png`]);
  }, 30_000);
});

describe('drawCards', () => {
  test('draws every card into the cache in worker threads, then finds them all there the next time', async () => {
    const cacheDir = tempDir();
    const first = await drawCards([...cards, cards[0]!], { cacheDir, threads: 2 });
    expect(first).toMatchObject({ drawn: 11, cached: 0, threads: 2 });
    expect(fs.readdirSync(cacheDir).sort()).toEqual(cards.map((c) => `${cardKey(c, font)}.png`).sort());
    const png = fs.readFileSync(path.join(cacheDir, `${cardKey(cards[3]!, font)}.png`));
    expect([...png.subarray(0, 8)]).toEqual(PNG);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);

    const again = await drawCards(cards, { cacheDir, threads: 2 });
    expect(again).toMatchObject({ drawn: 0, cached: 11, threads: 0 });
  }, 60_000);

  test('draws only the cards whose words changed', async () => {
    const cacheDir = tempDir();
    await drawCards(cards.slice(0, 3), { cacheDir, threads: 1 });
    const changed = [{ ...cards[0]!, title: 'Round 1 in Istanbul, renamed' }, ...cards.slice(1, 3)];
    expect(await drawCards(changed, { cacheDir, threads: 1 })).toMatchObject({ drawn: 1, cached: 2 });
  }, 60_000);
});

describe('writeCards', () => {
  test("copies each round's card to og/rounds/<id>.png, byte for byte", async () => {
    const [cacheDir, outDir] = [tempDir(), tempDir()];
    await drawCards(cards.slice(0, 2), { cacheDir, threads: 1 });
    await writeCards(
      [
        { id: '2022-03-01-istanbul', card: cards[0]! },
        { id: '2022-03-02-istanbul', card: cards[1]! },
      ],
      { cacheDir, outDir },
    );
    expect(fs.readdirSync(path.join(outDir, 'og/rounds')).sort()).toEqual(['2022-03-01-istanbul.png', '2022-03-02-istanbul.png']);
    expect(fs.readFileSync(path.join(outDir, 'og/rounds/2022-03-02-istanbul.png')).equals(fs.readFileSync(path.join(cacheDir, `${cardKey(cards[1]!, font)}.png`)))).toBe(true);
  }, 60_000);
});

describe('cardThreads', () => {
  test('leaves one core to Astro, uses at least one thread, and follows OG_THREADS', () => {
    expect(cardThreads({}, 2)).toBe(1);
    expect(cardThreads({}, 1)).toBe(1);
    expect(cardThreads({}, 8)).toBe(7);
    expect(cardThreads({ OG_THREADS: '3' }, 2)).toBe(3);
    expect(cardThreads({ OG_THREADS: 'many' }, 4)).toBe(3);
  });
});
