/**
 * The venue map: Natural Earth land and borders (world-atlas, 1:110m) projected
 * with d3-geo onto the region around the venues, clipped to it, written with one
 * decimal; each venue a point. No tiles and no network: the map is part of the page.
 */
import { geoMercator, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** A place to mark. */
export interface MapPlace {
  id: string;
  name: string;
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
  /** Degrees of margin around the places. */
  margin?: number;
  /** A box the map always shows, [west, south, east, north]: by default Ukraine and its neighbours. */
  region?: [number, number, number, number];
  /** Country names written on the map, at a point inside each. */
  countryLabels?: { name: string; lon: number; lat: number }[];
}

export interface VenueMapLayout {
  width: number;
  height: number;
  land: string;
  borders: string;
  places: (MapPlace & { x: number; y: number; anchor: 'start' | 'end' })[];
  labels: { name: string; x: number; y: number }[];
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

const r1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Projects the region that holds every place (and the default region) to a box `width` wide.
 * @example drawVenueMap(sources, []).places // => []
 */
export function drawVenueMap(sources: MapSources, places: readonly MapPlace[], options: MapOptions = {}): VenueMapLayout {
  const { width = 640, margin = 1.5, region = UKRAINE_AND_NEIGHBOURS, countryLabels = COUNTRY_LABELS } = options;
  const lons = [region[0], region[2], ...places.map((p) => p.lon)];
  const lats = [region[1], region[3], ...places.map((p) => p.lat)];
  const [west, east] = [Math.min(...lons) - margin, Math.max(...lons) + margin];
  const [south, north] = [Math.min(...lats) - margin, Math.max(...lats) + margin];
  const corners = { type: 'MultiPoint' as const, coordinates: [[west, south], [east, south], [west, north], [east, north]] };
  const fitted = geoMercator().fitWidth(width, corners);
  const [[, top], [, bottom]] = geoPath(fitted).bounds(corners);
  const height = Math.ceil(bottom - top);
  const projection = fitted.fitSize([width, height], corners).clipExtent([[0, 0], [width, height]]);
  const path = geoPath(projection).digits(1);
  const land = path(feature(sources.land, sources.land.objects.land as GeometryCollection)) ?? '';
  const borders = path(mesh(sources.countries, sources.countries.objects.countries as GeometryCollection, (a, b) => a !== b)) ?? '';
  // Country names are centred on their point: keep only those with room for them.
  const inside = ([x, y]: [number, number]) => x >= 40 && x <= width - 40 && y >= 12 && y <= height - 4;
  return {
    width,
    height,
    land,
    borders,
    places: places.flatMap((p) => {
      const xy = projection([p.lon, p.lat]);
      if (!xy) return [];
      // Names go to the right of the point, or to its left near the right edge.
      return [{ ...p, x: r1(xy[0]), y: r1(xy[1]), anchor: xy[0] > width * 0.7 ? ('end' as const) : ('start' as const) }];
    }),
    labels: countryLabels.flatMap((l) => {
      const xy = projection([l.lon, l.lat]);
      return xy && inside(xy) ? [{ name: l.name, x: r1(xy[0]), y: r1(xy[1]) }] : [];
    }),
  };
}
