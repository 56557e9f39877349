/**
 * /data/rounds.ics: one all-day VEVENT per round so a calendar can follow the
 * talks (RFC 5545, written by ical-generator, which folds and escapes lines).
 * UIDs are `<round id>@<host>`, so a calendar that subscribed keeps each event
 * when the file is rebuilt; DTSTAMP is the day of the round's latest source,
 * so the same content gives the same file. X-REVIEW says whether an editor has
 * reviewed the round (`reviewed`) or it is still as the ingest command read it
 * (`derived`); the description says so in words too.
 */
import ical from 'ical-generator';
import type { RoundRecord } from './data-files.ts';
import { utcDay } from './feeds.ts';
import { placeName } from './wording.ts';

export interface CalendarOptions {
  /** The calendar's name. */
  name: string;
  /** The site's home page, absolute. */
  url: string;
}

const nextDay = (day: string) => new Date(utcDay(day).getTime() + 86_400_000);

/**
 * The calendar text for the rounds.
 * @example roundsCalendar([], { name: 'Talks', url: 'https://example.org/' }).startsWith('BEGIN:VCALENDAR') // => true
 */
export function roundsCalendar(rounds: readonly RoundRecord[], options: CalendarOptions, coordinates: ReadonlyMap<string, { lat: number; lon: number }> = new Map()): string {
  const host = new URL(options.url).host;
  const calendar = ical({ name: options.name, url: options.url, prodId: { company: host, product: 'negotiation-rounds', language: 'EN' } });
  for (const r of rounds) {
    const geo = r.venue ? coordinates.get(r.venue.id) : undefined;
    calendar.createEvent({
      id: `${r.id}@${host}`,
      allDay: true,
      start: utcDay(r.date),
      // DTEND of an all-day event is the day after the last (RFC 5545 §3.6.1).
      end: nextDay(r.endDate ?? r.date),
      stamp: utcDay(r.sources.map((s) => s.published).sort().at(-1) ?? r.date),
      summary: r.title,
      location: r.venue
        ? { title: placeName(r.venue), ...(geo ? { geo } : {}) }
        : r.format === 'video' ? 'Video call' : null,
      url: r.url,
      x: [['X-REVIEW', r.review]],
      description: [
        r.review === 'derived' ? 'Not yet reviewed by an editor: as read from the sources by the ingest command.' : '',
        r.participants.length ? `At the table: ${r.participants.map((p) => p.name).join(', ')}.` : '',
        r.outcomes.length ? `Outcomes: ${r.outcomes.map((o) => `${o.topic} ${o.status}`).join('; ')}.` : '',
        `Sources and details: ${r.url}`,
      ].filter(Boolean).join('\n'),
    });
  }
  return calendar.toString();
}
