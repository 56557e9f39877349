/**
 * schema.org JSON-LD for each kind of page (https://schema.org/docs/gs.html),
 * built from the same model the page shows, so the data always matches the page:
 * an `Event` per round, a `NewsArticle` per source, a `Person` (or `Organization`
 * for a delegation) per participant, a `Place` per venue, a `BreadcrumbList` everywhere.
 */
import { absolute, type Paths } from './paths.ts';
import type { Timeline, RoundView } from './timeline.ts';
import type { ArticleData, Entry, ParticipantData, Side, VenueData } from './types.ts';

type Site = string | URL | undefined;
export type JsonLd = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

/** Other spellings as `alternateName`: every alias but the misspellings, which are kept only for matching. */
function alternateNames(data: { aliases: string[]; misspellings: string[] }): JsonLd {
  const names = data.aliases.filter((a) => !data.misspellings.includes(a));
  return names.length ? { alternateName: names } : {};
}

/** A venue as a schema.org `Place`, with its address and, where known, its coordinates. */
function place(venue: Entry<VenueData>, url: string): JsonLd {
  const { data } = venue;
  return {
    '@type': 'Place',
    '@id': `${url}#place`,
    name: data.name,
    ...alternateNames(data),
    url,
    address: { '@type': 'PostalAddress', addressLocality: data.city, addressCountry: data.country },
    ...(data.coordinates ? { geo: { '@type': 'GeoCoordinates', latitude: data.coordinates.lat, longitude: data.coordinates.lon } } : {}),
  };
}

/** A participant as a `Person` (with their country as nationality), or an `Organization` for a delegation. */
function agent(person: Entry<ParticipantData>, url: string, role?: string): JsonLd {
  const { data } = person;
  if (data.kind === 'delegation') return { '@type': 'Organization', name: data.name, url };
  return {
    '@type': 'Person',
    name: data.name,
    url,
    ...(role ? { jobTitle: role } : {}),
    ...(data.country ? { nationality: { '@type': 'Country', name: data.country } } : {}),
  };
}

/** Whose side an attendee sat on, as the organisation they are affiliated with at that round. */
const SIDE_AFFILIATION: Record<Side, string> = {
  russia: 'Russian side',
  ukraine: 'Ukrainian side',
  mediator: 'Mediators',
  host: 'Hosts',
  observer: 'Observers',
};

/** A round as a schema.org `Event`: dates, place (or a video call), who attended, what it decided. */
export function roundEvent(round: RoundView, paths: Paths, site: Site): JsonLd {
  const { data } = round;
  const url = absolute(paths.round(round.id), site);
  const online = data.format === 'video';
  return {
    '@context': CONTEXT,
    '@type': 'Event',
    '@id': `${url}#event`,
    name: data.title,
    url,
    startDate: data.date,
    endDate: data.endDate ?? data.date,
    eventAttendanceMode: `${CONTEXT}/${online ? 'OnlineEventAttendanceMode' : 'OfflineEventAttendanceMode'}`,
    // Held and planned rounds were, or are, scheduled; one known only in passing gets no status.
    ...(data.status !== 'mentioned' ? { eventStatus: `${CONTEXT}/EventScheduled` } : {}),
    ...(online
      ? { location: { '@type': 'VirtualLocation', name: 'Video call' } }
      : round.venue
        ? { location: place(round.venue, absolute(paths.venue(round.venue.id), site)) }
        : {}),
    ...(round.parties.length
      ? {
          attendee: round.parties.map((p) => ({
            ...agent(p.participant, absolute(paths.participant(p.participant.id), site), p.role),
            // `affiliation` for a person; a delegation is `memberOf` its side.
            [p.participant.data.kind === 'delegation' ? 'memberOf' : 'affiliation']: { '@type': 'Organization', name: SIDE_AFFILIATION[p.side] },
          })),
        }
      : {}),
    ...(round.outcomes.length ? { description: round.outcomes.map((o) => `${o.topic.data.title}: ${o.summary}`).join(' ') } : {}),
    ...(round.sources.length ? { subjectOf: round.sources.map((a) => ({ '@type': 'NewsArticle', '@id': `${absolute(paths.source(a.id), site)}#article` })) } : {}),
  };
}

/** A source article as a `NewsArticle`: headline, publisher, day published, the rounds it is about. */
export function sourceArticle(article: Entry<ArticleData>, timeline: Timeline, paths: Paths, site: Site): JsonLd {
  const { data } = article;
  const page = absolute(paths.source(article.id), site);
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    '@id': `${page}#article`,
    headline: data.title,
    datePublished: data.published,
    inLanguage: data.language,
    publisher: { '@type': 'Organization', name: data.publisher },
    ...(data.url ? { url: data.url } : {}),
    mainEntityOfPage: page,
    about: (timeline.roundsIn.get(article.id) ?? []).map((r) => ({ '@type': 'Event', '@id': `${absolute(paths.round(r.id), site)}#event`, name: r.data.title })),
  };
}

/** A participant's page as a `Person` (or `Organization`), with its other spellings as `alternateName`. */
export function participantThing(person: Entry<ParticipantData>, paths: Paths, site: Site): JsonLd {
  const url = absolute(paths.participant(person.id), site);
  // Only a role still held is a job title; past roles are on the page with their dates.
  const current = person.data.roles.find((r) => !r.to);
  return {
    '@context': CONTEXT,
    ...agent(person, url, current?.title),
    '@id': `${url}#${person.data.kind === 'delegation' ? 'organization' : 'person'}`,
    ...alternateNames(person.data),
  };
}

/** A venue's page as a `Place`. */
export function venuePlace(venue: Entry<VenueData>, paths: Paths, site: Site): JsonLd {
  return { '@context': CONTEXT, ...place(venue, absolute(paths.venue(venue.id), site)) };
}

/**
 * The trail above a page as a `BreadcrumbList`; the last crumb, the page itself, takes `here`.
 * @example breadcrumbList([{ label: 'Timeline', href: '/' }, { label: 'Rounds' }], 'https://x.org/rounds/', 'https://x.org')
 */
export function breadcrumbList(crumbs: readonly { label: string; href?: string }[], here: string, site: Site): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.label,
      item: c.href && i < crumbs.length - 1 ? absolute(c.href, site) : here,
    })),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` block: `<`, `>`, `&` and the
 * line separators escaped, so no content can close the element or break the page.
 * @example serializeJsonLd({ name: '</script>' }) // => '{"name":"\\u003c/script\\u003e"}'
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
