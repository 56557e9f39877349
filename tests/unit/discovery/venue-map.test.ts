import countries from 'world-atlas/countries-110m.json';
import land from 'world-atlas/land-110m.json';
import type { Topology } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import { drawVenueMap, type MapPlace } from '../../../src/lib/venue-map.ts';

const sources = { land: land as unknown as Topology, countries: countries as unknown as Topology };
const place = (id: string, lat: number, lon: number): MapPlace => ({ id, name: id, lat, lon, href: `/venues/${id}/`, label: id });
const istanbul = place('dolmabahce-palace', 41.0391, 29.0004);
const gomel = place('gomel-region', 52.4, 31);
const antalya = place('antalya', 36.85, 30.7);

describe('drawVenueMap', () => {
  const map = drawVenueMap(sources, [istanbul, gomel, antalya], { width: 640 });

  test('puts every place inside the drawing, north above south and west left of east', () => {
    for (const p of map.places) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(map.width);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(map.height);
    }
    const [i, g, a] = map.places;
    expect(g!.y).toBeLessThan(i!.y);
    expect(i!.y).toBeLessThan(a!.y);
    expect(i!.x).toBeLessThan(a!.x);
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

  test('writes the names of the countries that fit, and none outside', () => {
    const names = map.labels.map((l) => l.name);
    expect(names).toEqual(expect.arrayContaining(['Ukraine', 'Belarus', 'Turkey']));
    for (const l of map.labels) expect(l.x).toBeGreaterThan(0);
  });

  test('grows the region to hold a place far from Ukraine', () => {
    const far = drawVenueMap(sources, [place('geneva', 46.2, 6.14)], { width: 640 });
    expect(far.places[0]!.x).toBeGreaterThan(0);
    expect(far.places[0]!.x).toBeLessThan(far.width);
  });

  test('still draws the region with no places', () => {
    expect(drawVenueMap(sources, []).places).toEqual([]);
  });
});
