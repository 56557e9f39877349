import { describe, expect, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import { describeChar, findControls, mapStrings, spreadsheetSafe, stripControls, terminalSafe } from '../../../src/lib/plain-text.ts';
import { roundsCsv } from '../../../src/lib/rounds-csv.ts';
import type { RoundRecord } from '../../../src/lib/data-files.ts';

describe('stripControls', () => {
  test('drops C0 controls but tab and line feed, DEL, C1, bidirectional formatting and non-characters; line ends become \\n', () => {
    expect(stripControls('a\u0000b\u0001c\u0007d\u001b[1me\u007ff\u0085g\u009bh\u202ei\u2066j\u2069k\ufffel\tm\r\nn\ro')).toBe('abcd[1mefghijkl\tm\nn\no');
  });

  test('drops a lone half of a surrogate pair and keeps a whole pair', () => {
    expect(stripControls('x\ud800y\udc00z 😀')).toBe('xyz 😀');
  });

  test('keeps every letter of every script, and the marks of right-to-left text', () => {
    const text = 'Дмитро Кулеба, Dolmabahçe, Ελλάδα, עברית\u200f, العربية\u061c';
    expect(stripControls(text)).toBe(text);
  });
});

describe('describeChar and terminalSafe', () => {
  test('name the character for an editor and show it as an escape', () => {
    expect(findControls('ok\u202eko').map((c) => describeChar(c.char))).toEqual(['U+202E RIGHT-TO-LEFT OVERRIDE']);
    expect(describeChar('\u0090')).toBe('U+0090 a C1 control character');
    expect(terminalSafe('file\u001b]0;x\u0007.txt\n')).toBe('file\\u001b]0;x\\u0007.txt\n');
  });
});

describe('mapStrings', () => {
  test('reaches every string of plain objects and arrays, and leaves dates and numbers', () => {
    const day = new Date(0);
    expect(mapStrings({ a: 'x', b: [1, 'y', { c: 'z' }], d: day }, (s) => s.toUpperCase())).toEqual({ a: 'X', b: [1, 'Y', { c: 'Z' }], d: day });
  });
});

describe('spreadsheetSafe (OWASP: CSV injection)', () => {
  test.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '＝1+1'])('makes %j text, not a formula', (cell) => {
    expect(spreadsheetSafe(cell)).toBe(`'${cell}`);
  });

  test.each(['Talks in Geneva', '2022-03-10', '', "'already text"])('leaves %j as it is', (cell) => {
    expect(spreadsheetSafe(cell)).toBe(cell);
  });

  test('no cell of /data/rounds.csv starts a formula, whichever column holds it', () => {
    const round: RoundRecord = {
      id: 'r', url: 'https://example.org/rounds/r/', title: '=HYPERLINK("https://evil.example","x")', date: '2022-03-10', endDate: null, status: 'held', format: 'in-person', level: 'ministers',
      venue: { id: 'v', name: '@venue', city: '+city', country: '-country' },
      participants: [{ id: 'p', name: '=name', side: 'russia', role: null }], outcomes: [], sources: [], review: 'reviewed',
    };
    const [row] = parse(roundsCsv([round]), { columns: true }) as Record<string, string>[];
    expect(Object.values(row!).filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
    expect(row!.title).toBe('\'=HYPERLINK("https://evil.example","x")');
  });
});
