/**
 * Every address on the site, in one place, so links respect Astro's `base`
 * and never drift from the routes. Addresses are permanent: see the design's table.
 */
export interface Paths {
  home: string;
  rounds: string;
  participants: string;
  venues: string;
  outcomes: string;
  sources: string;
  disagreements: string;
  round(id: string): string;
  participant(id: string): string;
  venue(id: string): string;
  outcome(id: string): string;
  source(id: string): string;
  year(year: number | string): string;
  data(file: string): string;
  /** Any other path below the base, e.g. `search/`. */
  to(path: string): string;
}

/** Addresses under `base` (`/` or a sub-path such as `/talks/`). */
export function makePaths(base = '/'): Paths {
  const root = base.endsWith('/') ? base : `${base}/`;
  const to = (path: string) => `${root}${path.replace(/^\//, '')}`;
  return {
    home: root,
    rounds: to('rounds/'),
    participants: to('participants/'),
    venues: to('venues/'),
    outcomes: to('outcomes/'),
    sources: to('sources/'),
    disagreements: to('disagreements/'),
    round: (id) => to(`rounds/${id}/`),
    participant: (id) => to(`participants/${id}/`),
    venue: (id) => to(`venues/${id}/`),
    outcome: (id) => to(`outcomes/${id}/`),
    source: (id) => to(`sources/${id}/`),
    year: (year) => to(`rounds/year/${year}/`),
    data: (file) => to(`data/${file}`),
    to,
  };
}

/** An absolute address for a path, when the site's origin is known. */
export function absolute(path: string, site?: string | URL): string {
  return site ? new URL(path, site).href : path;
}
