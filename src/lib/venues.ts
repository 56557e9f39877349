/**
 * The venues index: venues grouped by the city (or region) they are in, cities
 * in the order the talks first came to them, so the list reads with the story.
 */
import GithubSlugger from 'github-slugger';
import type { RoundView, Timeline } from './timeline.ts';
import type { Entry, VenueData } from './types.ts';

export interface CityGroup {
  /** The anchor of the group on the venues page. */
  id: string;
  city: string;
  country: string;
  venues: { venue: Entry<VenueData>; rounds: RoundView[] }[];
}

/**
 * The anchor of a city on the venues page.
 * @example cityAnchor({ city: 'Istanbul', country: 'Turkey' }) // => 'c-istanbul-turkey'
 */
export function cityAnchor(place: { city: string; country: string }): string {
  return `c-${new GithubSlugger().slug(`${place.city} ${place.country}`)}`;
}

/** Every venue, grouped by city; cities and their venues by their first round, venues without rounds last. */
export function venuesByCity(timeline: Timeline): CityGroup[] {
  const first = (v: Entry<VenueData>) => timeline.roundsAt.get(v.id)?.[0]?.data.date ?? '9999';
  const venues = [...timeline.venues.values()].sort((a, b) => first(a).localeCompare(first(b)) || a.data.name.localeCompare(b.data.name, 'en'));
  const groups = new Map<string, CityGroup>();
  for (const venue of venues) {
    const id = cityAnchor(venue.data);
    const group = groups.get(id) ?? groups.set(id, { id, city: venue.data.city, country: venue.data.country, venues: [] }).get(id)!;
    group.venues.push({ venue, rounds: timeline.roundsAt.get(venue.id) ?? [] });
  }
  return [...groups.values()];
}
