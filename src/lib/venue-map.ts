/**
 * The venue map: Natural Earth land and borders (world-atlas, 1:110m) projected
 * with d3-geo onto the region around the venues, clipped to it, written with one
 * decimal. Drawn 356 pixels wide, the text column of a 390 px phone, and shown
 * at that size, never stretched or shrunk there, so its 14 px labels and 24 px marks keep their size; venues that would touch share one mark; each label goes where it
 * fits without covering another. No tiles and no network: the map is part of the page.
 */
import { geoMercator, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** A place to mark. */
export interface MapPlace {
  id: string;
  /** The name written beside its mark when it has one to itself. */
  name: string;
  /** The name written when several places share a mark, e.g. their city. */
  group: string;
  lat: number;
  lon: number;
  href: string;
  /** What the mark says to a reader, e.g. `Dolmabahçe Palace, Istanbul: 2 rounds`. */
  label: string;
}

/** The Natural Earth layers the map is drawn from: world-atlas `land-110m.json` and `countries-110m.json`. */
export interface MapSources {
  land: Topology;
  countries: Topology;
}

export interface MapOptions {
  width?: number;
  /** Least degrees of margin around the places. */
  margin?: number;
  /** A box the map always shows, [west, south, east, north]: by default Ukraine and its neighbours. */
  region?: [number, number, number, number];
  /** Country names written on the map, at a point inside each. */
  countryLabels?: { name: string; lon: number; lat: number }[];
  /** Size of the labels, in pixels. */
  fontSize?: number;
  /** Where a mark links when several places share it, e.g. their entry in a list. */
  groupHref?: (places: MapPlace[]) => string;
}

/** One mark: a place, or several that would touch, with its label placed. */
export interface MapMark {
  places: MapPlace[];
  x: number;
  y: number;
  href: string;
  /** What the mark says to a reader. */
  label: string;
  /** The words written beside it, and where. */
  text: string;
  tx: number;
  ty: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface VenueMapLayout {
  width: number;
  height: number;
  land: string;
  borders: string;
  marks: MapMark[];
  labels: { name: string; x: number; y: number }[];
  /** Mark radius in pixels. */
  r: number;
  fontSize: number;
}

const UKRAINE_AND_NEIGHBOURS: [number, number, number, number] = [22, 44, 40.5, 52.5];
const COUNTRY_LABELS = [
  { name: 'Ukraine', lon: 31.5, lat: 49.2 },
  { name: 'Russia', lon: 40.5, lat: 54.5 },
  { name: 'Belarus', lon: 28, lat: 53.6 },
  { name: 'Turkey', lon: 34.5, lat: 39.3 },
  { name: 'Poland', lon: 19.5, lat: 52 },
  { name: 'Romania', lon: 25, lat: 46 },
];
/** Radius of a mark: 24 px across, the least target size of WCAG 2.5.8. */
const R = 12;

const r1 = (n: number) => Math.round(n * 10) / 10;

type Box = { x0: number; y0: number; x1: number; y1: number };
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * A generous estimate of a label's width: system sans-serif fonts average about
 * 0.55 em a character; capitals and wide letters are allowed for.
 * @example textWidth('Istanbul', 14) // => about 70
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[MWmw@]/.test(ch) ? 0.9 : /[A-ZÇĞİÖŞÜ]/.test(ch) ? 0.7 : /[ilj.,'’ ]/.test(ch) ? 0.3 : 0.56;
  return em * fontSize;
}

/**
 * Projects the region that holds every place (and the default region) to a box `width` wide.
 * @example drawVenueMap(sources, []).marks // => []
 */
export function drawVenueMap(sources: MapSources, places: readonly MapPlace[], options: MapOptions = {}): VenueMapLayout {
  const { width = 356, margin = 1.5, region = UKRAINE_AND_NEIGHBOURS, countryLabels = COUNTRY_LABELS, fontSize = 14 } = options;
  const lons = [region[0], region[2], ...places.map((p) => p.lon)];
  const lats = [region[1], region[3], ...places.map((p) => p.lat)];
  // A margin that grows with the area shown, so a mark and its label never sit on the edge.
  const pad = Math.max(margin, 0.08 * (Math.max(...lons) - Math.min(...lons)), 0.08 * (Math.max(...lats) - Math.min(...lats)));
  const [west, east] = [Math.min(...lons) - pad, Math.max(...lons) + pad];
  const [south, north] = [Math.min(...lats) - pad, Math.max(...lats) + pad];
  const corners = { type: 'MultiPoint' as const, coordinates: [[west, south], [east, south], [west, north], [east, north]] };
  const fitted = geoMercator().fitWidth(width, corners);
  const [[, top], [, bottom]] = geoPath(fitted).bounds(corners);
  const height = Math.ceil(bottom - top);
  const projection = fitted.fitSize([width, height], corners).clipExtent([[0, 0], [width, height]]);
  const path = geoPath(projection).digits(1);
  const land = path(feature(sources.land, sources.land.objects.land as GeometryCollection)) ?? '';
  const borders = path(mesh(sources.countries, sources.countries.objects.countries as GeometryCollection, (a, b) => a !== b)) ?? '';

  // Places closer than a mark's width share one mark, at their mean position.
  const groups: { places: MapPlace[]; xs: number[]; ys: number[] }[] = [];
  for (const p of places) {
    const xy = projection([p.lon, p.lat]);
    if (!xy) continue;
    const near = groups.find((g) => Math.hypot(mean(g.xs) - xy[0], mean(g.ys) - xy[1]) < 2 * R + 4);
    if (near) near.places.push(p), near.xs.push(xy[0]), near.ys.push(xy[1]);
    else groups.push({ places: [p], xs: [xy[0]], ys: [xy[1]] });
  }

  const inside = (b: Box) => b.x0 >= 2 && b.y0 >= 2 && b.x1 <= width - 2 && b.y1 <= height - 2;
  const taken: Box[] = groups.map((g) => ({ x0: mean(g.xs) - R - 2, y0: mean(g.ys) - R - 2, x1: mean(g.xs) + R + 2, y1: mean(g.ys) + R + 2 }));
  const marks: MapMark[] = groups.map((g) => {
    const [x, y] = [mean(g.xs), mean(g.ys)];
    const single = g.places.length === 1;
    const text = single ? g.places[0]!.name : g.places[0]!.group;
    const w = textWidth(text, fontSize);
    const h = fontSize * 1.2;
    // Right of the mark, left of it, above, below: the first place that fits and covers nothing.
    const spots = [
      { tx: x + R + 5, ty: y + fontSize * 0.35, anchor: 'start' as const, box: { x0: x + R + 3, y0: y - h / 2, x1: x + R + 7 + w, y1: y + h / 2 } },
      { tx: x - R - 5, ty: y + fontSize * 0.35, anchor: 'end' as const, box: { x0: x - R - 7 - w, y0: y - h / 2, x1: x - R - 3, y1: y + h / 2 } },
      { tx: x, ty: y - R - 6, anchor: 'middle' as const, box: { x0: x - w / 2 - 2, y0: y - R - 6 - h, x1: x + w / 2 + 2, y1: y - R - 4 } },
      { tx: x, ty: y + R + fontSize + 2, anchor: 'middle' as const, box: { x0: x - w / 2 - 2, y0: y + R + 2, x1: x + w / 2 + 2, y1: y + R + h + 4 } },
    ];
    const fits = spots.filter((s) => inside(s.box));
    const spot = fits.find((s) => !taken.some((t) => overlaps(t, s.box))) ?? fits[0] ?? spots[0]!;
    taken.push(spot.box);
    return {
      places: g.places,
      x: r1(x),
      y: r1(y),
      href: single ? g.places[0]!.href : (options.groupHref?.(g.places) ?? g.places[0]!.href),
      label: g.places.map((p) => p.label).join('; '),
      text,
      tx: r1(spot.tx),
      ty: r1(spot.ty),
      anchor: spot.anchor,
    };
  });

  // Country names go only where they cover no mark or label.
  const labels = countryLabels.flatMap((l) => {
    const xy = projection([l.lon, l.lat]);
    if (!xy) return [];
    const w = textWidth(l.name.toUpperCase(), fontSize) * 1.1;
    const box = { x0: xy[0] - w / 2, y0: xy[1] - fontSize, x1: xy[0] + w / 2, y1: xy[1] + 3 };
    if (!inside(box) || taken.some((t) => overlaps(t, box))) return [];
    taken.push(box);
    return [{ name: l.name, x: r1(xy[0]), y: r1(xy[1]) }];
  });
  return { width, height, land, borders, marks, labels, r: R, fontSize };
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}
