/**
 * /data/rounds.csv: the rounds of /data/rounds.json as one table for
 * spreadsheets, written by csv-stringify as RFC 4180 asks (CRLF line ends,
 * fields quoted when they hold a comma, quote or line break). Lists
 * (participants, outcomes, sources) sit in one cell each, joined by `; `.
 */
import { stringify } from 'csv-stringify/sync';
import type { RoundRecord } from './data-files.ts';
import { spreadsheetSafe } from './plain-text.ts';

/** The columns, in order; the header row names them. */
export const CSV_COLUMNS = [
  'id', 'url', 'title', 'date', 'endDate', 'status', 'format', 'level',
  'venueId', 'venueName', 'city', 'country', 'participants', 'outcomes', 'sources', 'review',
] as const;

/**
 * The CSV text of the rounds.
 * @example roundsCsv([]) // => 'id,url,title,date,endDate,status,format,level,venueId,venueName,city,country,participants,outcomes,sources,review\r\n'
 */
export function roundsCsv(rounds: readonly RoundRecord[]): string {
  const rows = rounds.map((r) => ({
    id: r.id,
    url: r.url,
    title: r.title,
    date: r.date,
    endDate: r.endDate ?? '',
    status: r.status,
    format: r.format,
    level: r.level,
    venueId: r.venue?.id ?? '',
    venueName: r.venue?.name ?? '',
    city: r.venue?.city ?? '',
    country: r.venue?.country ?? '',
    participants: r.participants.map((p) => `${p.name} (${p.side})`).join('; '),
    outcomes: r.outcomes.map((o) => `${o.topic}: ${o.status}`).join('; '),
    sources: r.sources.map((s) => s.id).join('; '),
    review: r.review,
  }));
  // No cell starts a formula, whatever a title or name holds (OWASP's CSV-injection rule).
  return stringify(rows, { header: true, columns: [...CSV_COLUMNS], record_delimiter: 'windows', cast: { string: spreadsheetSafe } });
}
