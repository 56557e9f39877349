import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { roundsData } from '../../../src/lib/data-files.ts';
import { roundsCalendar } from '../../../src/lib/rounds-calendar.ts';
import { paths, SITE, sampleTimeline } from './fixture.ts';

const timeline = sampleTimeline();
const records = roundsData(timeline, paths, SITE);
const coordinates = new Map([['dolmabahce-palace', { lat: 41.04, lon: 29 }]]);
const text = roundsCalendar(records, { name: 'Talks', url: 'https://example.org/talks/' }, coordinates);
const events = () => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

describe('roundsCalendar', () => {
  test('parses with ical.js into one all-day event per round, DTEND the day after the last', () => {
    const parsed = events();
    expect(parsed.map((e) => [e.summary, e.startDate.toString(), e.endDate.toString(), e.startDate.isDate])).toEqual([
      ['Ministers meet, Antalya', '2022-03-10', '2022-03-11', true],
      ['Round 2022-03-29-istanbul', '2022-03-29', '2022-03-31', true],
      ['Round 2022-04-01-video', '2022-04-01', '2022-04-02', true],
      ['Round 2025-05-16-istanbul', '2025-05-16', '2025-05-17', true],
    ]);
  });

  test('gives each event a stable UID, the round page as URL, and the place as LOCATION with GEO', () => {
    const [antalya, istanbul, video] = events();
    expect(istanbul!.uid).toBe('2022-03-29-istanbul@example.org');
    expect(istanbul!.component.getFirstPropertyValue('url')).toBe('https://example.org/talks/rounds/2022-03-29-istanbul/');
    expect(istanbul!.location).toBe('Dolmabahçe Palace, Istanbul, Turkey');
    expect(istanbul!.component.getFirstPropertyValue('geo')).toEqual([41.04, 29]);
    // The venue's name already says the city: it is not repeated.
    expect(antalya!.location).toBe('Antalya Forum, Turkey');
    expect(video!.location).toBe('Video call');
  });

  test('is the same text when built again, and folds long lines at 75 octets with CRLF', () => {
    expect(roundsCalendar(records, { name: 'Talks', url: 'https://example.org/talks/' }, coordinates)).toBe(text);
    const lines = text.split('\r\n');
    for (const line of lines) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  test('escapes commas and semicolons in text values', () => {
    const tricky = roundsCalendar([{ ...records[0]!, title: 'Talks; round, one' }], { name: 'Talks', url: 'https://example.org/' });
    expect(tricky).toContain('SUMMARY:Talks\\; round\\, one');
    expect(new ICAL.Event(new ICAL.Component(ICAL.parse(tricky)).getFirstSubcomponent('vevent')!).summary).toBe('Talks; round, one');
  });
});
