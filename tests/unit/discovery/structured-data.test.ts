import { describe, expect, test } from 'vitest';
import { breadcrumbList, participantThing, roundEvent, serializeJsonLd, sourceArticle, venuePlace } from '../../../src/lib/structured-data.ts';
import { paths, SITE, sampleTimeline } from './fixture.ts';

const timeline = sampleTimeline();
const round = (id: string) => timeline.round.get(id)!;

describe('roundEvent', () => {
  test('describes a round held in person as an offline Event at a Place with address and coordinates', () => {
    const event = roundEvent(round('2022-03-29-istanbul'), paths, SITE);
    expect(event).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Round 2022-03-29-istanbul',
      url: 'https://example.org/talks/rounds/2022-03-29-istanbul/',
      startDate: '2022-03-29',
      endDate: '2022-03-30',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      eventStatus: 'https://schema.org/EventScheduled',
      location: {
        '@type': 'Place',
        name: 'Dolmabahçe Palace',
        address: { '@type': 'PostalAddress', addressLocality: 'Istanbul', addressCountry: 'Turkey' },
        geo: { '@type': 'GeoCoordinates', latitude: 41.04, longitude: 29 },
      },
      attendee: [{ '@type': 'Organization', name: 'Russian Delegation', memberOf: { '@type': 'Organization', name: 'Russian side' } }],
    });
  });

  test('gives a person at the table their role and side', () => {
    const event = roundEvent(round('2022-03-10-antalya'), paths, SITE);
    expect(event.attendee).toEqual([
      {
        '@type': 'Person',
        name: 'Dmytro Kuleba',
        url: 'https://example.org/talks/participants/dmytro-kuleba/',
        jobTitle: 'Foreign Minister',
        nationality: { '@type': 'Country', name: 'Ukraine' },
        affiliation: { '@type': 'Organization', name: 'Ukrainian side' },
      },
    ]);
  });

  test('describes a video call as online, at a VirtualLocation, and gives no status to a round known only in passing', () => {
    const event = roundEvent(round('2022-04-01-video'), paths, SITE);
    expect(event.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(event.location).toEqual({ '@type': 'VirtualLocation', name: 'Video call' });
    expect(event).not.toHaveProperty('eventStatus');
    expect(event).not.toHaveProperty('attendee');
  });
});

describe('sourceArticle, participantThing, venuePlace', () => {
  test('a source is a NewsArticle about the rounds it reports', () => {
    const data = sourceArticle(timeline.articles.get('a2')!, timeline, paths, SITE);
    expect(data).toMatchObject({ '@type': 'NewsArticle', headline: 'Article a2', datePublished: '2022-04-01', url: 'https://news.example/a2', publisher: { name: 'Pub a2' } });
    expect((data.about as { '@id': string }[]).map((e) => e['@id'])).toEqual([
      'https://example.org/talks/rounds/2022-03-29-istanbul/#event',
      'https://example.org/talks/rounds/2022-04-01-video/#event',
    ]);
  });

  test('a participant is a Person with every spelling; a past role is not their job title', () => {
    const data = participantThing(timeline.participants.get('dmytro-kuleba')!, paths, SITE);
    expect(data).toMatchObject({ '@type': 'Person', name: 'Dmytro Kuleba', alternateName: ['Kouleba'] });
    expect(data).not.toHaveProperty('jobTitle');
    expect(participantThing(timeline.participants.get('russian-delegation')!, paths, SITE)['@type']).toBe('Organization');
  });

  test('a venue is a Place', () => {
    expect(venuePlace(timeline.venues.get('dolmabahce-palace')!, paths, SITE)).toMatchObject({ '@type': 'Place', alternateName: ['Dolmabahce'] });
  });
});

describe('breadcrumbList', () => {
  test('lists the trail with absolute addresses, the page itself last', () => {
    const list = breadcrumbList([{ label: 'Timeline', href: '/talks/' }, { label: 'Rounds', href: '/talks/rounds/' }, { label: 'A round' }], 'https://example.org/talks/rounds/x/', SITE);
    expect(list.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Timeline', item: 'https://example.org/talks/' },
      { '@type': 'ListItem', position: 2, name: 'Rounds', item: 'https://example.org/talks/rounds/' },
      { '@type': 'ListItem', position: 3, name: 'A round', item: 'https://example.org/talks/rounds/x/' },
    ]);
  });
});

describe('serializeJsonLd', () => {
  test('escapes what could end the script element, and parses back to the same data', () => {
    const data = { name: '</script><script>alert(1)</script> & \u2028' };
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(json).toBe('{"name":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 \\u2028"}');
    expect(JSON.parse(json)).toEqual(data);
  });
});
