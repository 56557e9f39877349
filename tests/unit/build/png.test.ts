import zlib from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, test } from 'vitest';
import { encodePng } from '../../../src/lib/png.ts';

/** Reads back a PNG written by encodePng: its chunks, checked, and its pixels as RGB. */
function decode(png: Buffer) {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), `CRC of ${type}`).toBe(zlib.crc32(png.subarray(at + 4, at + 8 + length)));
    chunks.push({ type, data });
    at += 12 + length;
  }
  const header = chunks[0]!.data;
  const [width, height] = [header.readUInt32BE(0), header.readUInt32BE(4)];
  const rows = zlib.inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const rgb: number[] = [];
  for (let y = 0; y < height; y++) {
    const row = rows.subarray(y * (width * 3 + 1), (y + 1) * (width * 3 + 1));
    expect(row[0], 'filter type').toBe(0);
    rgb.push(...row.subarray(1));
  }
  return { types: chunks.map((c) => c.type), width, height, depth: header[8], colour: header[9], rgb };
}

describe('encodePng', () => {
  test('writes an 8-bit RGB PNG whose pixels are the image drawn, without its alpha channel', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#fdfdfc"/><circle cx="10" cy="10" r="8" fill="#0b4fa8"/><rect x="24" y="2" width="12" height="16" fill="#c0392b"/></svg>';
    const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
    const png = decode(encodePng(image.pixels, image.width, image.height));
    expect(png).toMatchObject({ types: ['IHDR', 'IDAT', 'IEND'], width: 40, height: 20, depth: 8, colour: 2 });
    const rgb = [...image.pixels].filter((_, i) => i % 4 !== 3);
    expect(png.rgb).toEqual(rgb);
    // The drawing is really there: the circle's blue and the rectangle's red.
    expect(png.rgb.slice((10 * 40 + 10) * 3, (10 * 40 + 10) * 3 + 3)).toEqual([0x0b, 0x4f, 0xa8]);
    expect(png.rgb.slice((10 * 40 + 30) * 3, (10 * 40 + 30) * 3 + 3)).toEqual([0xc0, 0x39, 0x2b]);
  });

  test('refuses pixels that do not make an image of the size given', () => {
    expect(() => encodePng(new Uint8Array(12), 2, 2)).toThrow('12 bytes of pixels do not make a 2×2 RGBA image');
  });
});
