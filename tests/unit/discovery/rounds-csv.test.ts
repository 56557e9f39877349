import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { roundsData } from '../../../src/lib/data-files.ts';
import { CSV_COLUMNS, roundsCsv } from '../../../src/lib/rounds-csv.ts';
import { paths, SITE, sampleTimeline } from './fixture.ts';

describe('roundsCsv', () => {
  const records = roundsData(sampleTimeline(), paths, SITE);
  const text = roundsCsv(records);

  test('has a header row and one row per round, ending every line with CRLF as RFC 4180 asks', () => {
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(records.length + 2);
    expect(lines.at(-1)).toBe('');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  test('parses back with csv-parse to the same rounds as rounds.json', () => {
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.id, r.url, r.title, r.date, r.endDate, r.format, r.level, r.venueName])).toEqual(
      records.map((r) => [r.id, r.url, r.title, r.date, r.endDate ?? '', r.format, r.level, r.venue?.name ?? '']),
    );
    expect(rows[1]).toMatchObject({ participants: 'Russian Delegation (russia)', outcomes: 'ceasefire: proposed; neutrality: agreed', sources: 'a2' });
  });

  test('quotes fields with commas, quotes and line breaks', () => {
    const tricky = roundsCsv([{ ...records[0]!, title: 'Talks, "round" one\nday two' }]);
    expect(tricky).toContain('"Talks, ""round"" one\nday two"');
    expect((parse(tricky, { columns: true }) as { title: string }[])[0]!.title).toBe('Talks, "round" one\nday two');
  });
});
