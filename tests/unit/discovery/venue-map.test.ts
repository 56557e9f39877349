import countries from 'world-atlas/countries-110m.json';
import land from 'world-atlas/land-110m.json';
import type { Topology } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import { drawVenueMap, textWidth, type MapPlace, type VenueMapLayout } from '../../../src/lib/venue-map.ts';

const sources = { land: land as unknown as Topology, countries: countries as unknown as Topology };
const place = (id: string, lat: number, lon: number, group = id): MapPlace => ({ id, name: id, group, lat, lon, href: `/venues/${id}/`, label: id });
const dolmabahce = place('Dolmabahçe Palace', 41.0391, 29.0004, 'Istanbul');
const ciragan = place('Çırağan Palace', 41.0437, 29.0156, 'Istanbul');
const gomel = place('Gomel Region', 51.75, 30.3);
const pushcha = place('Belovezhskaya Pushcha', 52.57, 23.83);
const antalya = place('Antalya Diplomacy Forum', 36.86, 31.05);
const abuDhabi = place('Abu Dhabi', 24.45, 54.38);
const geneva = place('Geneva', 46.2, 6.14);

/** The box a mark's label takes, as the map estimates it. */
function labelBox(map: VenueMapLayout, m: VenueMapLayout['marks'][number]) {
  const w = textWidth(m.text, map.fontSize);
  const x0 = m.anchor === 'start' ? m.tx : m.anchor === 'end' ? m.tx - w : m.tx - w / 2;
  return { x0, x1: x0 + w, y0: m.ty - map.fontSize, y1: m.ty + 3 };
}
const overlap = (a: { x0: number; x1: number; y0: number; y1: number }, b: typeof a) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('drawVenueMap', () => {
  const all = [dolmabahce, ciragan, gomel, pushcha, antalya, abuDhabi, geneva];
  const map = drawVenueMap(sources, all, { groupHref: (group) => `#${group[0]!.group}` });

  test('is drawn at the width of a phone\'s text column, so it is never shrunk there', () => {
    expect(map.width).toBe(356);
    expect(map.fontSize).toBeGreaterThanOrEqual(12);
    expect(2 * map.r).toBeGreaterThanOrEqual(24);
  });

  test('puts every mark and every label inside the drawing, with room to spare', () => {
    for (const m of map.marks) {
      expect(m.x - map.r).toBeGreaterThan(0);
      expect(m.x + map.r).toBeLessThan(map.width);
      expect(m.y - map.r).toBeGreaterThan(0);
      expect(m.y + map.r).toBeLessThan(map.height);
      const box = labelBox(map, m);
      expect(box.x0, m.text).toBeGreaterThanOrEqual(0);
      expect(box.x1, m.text).toBeLessThanOrEqual(map.width);
      expect(box.y0, m.text).toBeGreaterThanOrEqual(0);
      expect(box.y1, m.text).toBeLessThanOrEqual(map.height);
    }
  });

  test('keeps north above south and west left of east', () => {
    const at = (p: MapPlace) => map.marks.find((m) => m.places.includes(p))!;
    expect(at(pushcha).y).toBeLessThan(at(dolmabahce).y);
    expect(at(dolmabahce).y).toBeLessThan(at(antalya).y);
    expect(at(geneva).x).toBeLessThan(at(pushcha).x);
    expect(at(antalya).x).toBeLessThan(at(abuDhabi).x);
  });

  test('gives places that would touch one mark, named by their city and linked to it', () => {
    const istanbul = map.marks.filter((m) => m.places.includes(dolmabahce));
    expect(istanbul).toHaveLength(1);
    expect(istanbul[0]!.places).toEqual([dolmabahce, ciragan]);
    expect(istanbul[0]!).toMatchObject({ text: 'Istanbul', href: '#Istanbul' });
    expect(map.marks.find((m) => m.places.includes(gomel))).toMatchObject({ text: 'Gomel Region', href: '/venues/Gomel Region/' });
    expect(map.marks.flatMap((m) => m.places)).toHaveLength(all.length);
  });

  test('places labels so that none covers another label or another mark', () => {
    const boxes = map.marks.map((m) => labelBox(map, m));
    boxes.forEach((a, i) => boxes.forEach((b, j) => i < j && expect(overlap(a, b), `${map.marks[i]!.text} / ${map.marks[j]!.text}`).toBe(false)));
    map.marks.forEach((m, i) => map.marks.forEach((other, j) => {
      if (i !== j) expect(overlap(boxes[i]!, { x0: other.x - map.r, x1: other.x + map.r, y0: other.y - map.r, y1: other.y + map.r }), `${m.text} covers ${other.text}`).toBe(false);
    }));
  });

  test('draws land and borders clipped to the drawing, with one decimal, in a few kilobytes', () => {
    expect(map.land).toMatch(/^M/);
    expect(map.borders).toMatch(/^M/);
    const numbers = `${map.land} ${map.borders}`.match(/-?\d+(\.\d+)?/g)!.map(Number);
    expect(Math.min(...numbers)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...numbers)).toBeLessThanOrEqual(Math.max(map.width, map.height));
    expect(`${map.land}${map.borders}`.match(/\.\d\d/)).toBeNull();
    expect(map.land.length + map.borders.length).toBeLessThan(16_000);
  });

  test('writes a country\'s name only where it covers no mark or label', () => {
    const plain = drawVenueMap(sources, [dolmabahce]);
    expect(plain.labels.map((l) => l.name)).toContain('Ukraine');
    for (const l of map.labels) for (const m of map.marks) expect(Math.hypot(l.x - m.x, l.y - m.y)).toBeGreaterThan(map.r);
  });

  test('still draws the region with no places', () => {
    expect(drawVenueMap(sources, []).marks).toEqual([]);
  });
});
