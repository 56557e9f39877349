import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { create, type Font } from 'fontkitten';
import { describe, expect, test } from 'vitest';
import { readContent } from '../../../src/lib/content-files.ts';
import { cardKey, ogFont, ogImagePath, roundCard } from '../../../src/lib/og-image.ts';
import { cachedCard, renderCard } from '../../../src/lib/og-render.ts';
import { paths, sampleTimeline } from './fixture.ts';

const font = await ogFont();
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

describe('the card font', () => {
  const faces = font.map((bytes) => create(Buffer.from(bytes)) as Font);
  const missing = (text: string) => [...new Set([...text].filter((ch) => /\S/u.test(ch) && !faces.some((f) => f.hasGlyphForCodePoint(ch.codePointAt(0)!))))];

  test('draws the Turkish, Ukrainian, Russian and Greek letters of names in the news', () => {
    expect(missing('Mevlüt Çavuşoğlu · İstanbul · Dolmabahçe Sarayı · Рустем Умєров · Владимир Мединский · Ґ · Αθήνα · Łazienki · Đ')).toEqual([]);
  });

  test('is what the card is drawn in: a Turkish or Cyrillic letter is drawn, not the box of a missing glyph', async () => {
    const draw = (title: string) => renderCard({ kicker: 'K', title, lines: [] }, font).then((png) => Buffer.from(png));
    // U+E000 is in no font: it draws the box every missing glyph shares.
    const box = await draw('\uE000');
    for (const letter of ['ş', 'ğ', 'İ', 'Ж', 'є', 'Ω']) expect(Buffer.compare(await draw(letter), box), letter).not.toBe(0);
  }, 20_000);

  test('draws every letter of every round title, venue and person in the content', () => {
    const letters = new Set<string>();
    for (const dir of ['content', 'tests/fixtures/eval/content']) {
      const { content } = readContent(dir);
      for (const entry of [...content.rounds, ...content.venues, ...content.participants]) {
        const data = entry.data as { title?: string; name?: string; city?: string; aliases?: string[] };
        for (const text of [data.title, data.name, data.city, ...(data.aliases ?? [])]) for (const ch of text ?? '') letters.add(ch);
      }
    }
    expect(letters.size).toBeGreaterThan(60);
    expect(missing([...letters].join(''))).toEqual([]);
  });
});
