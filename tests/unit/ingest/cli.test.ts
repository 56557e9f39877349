import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { contentCopy, GENEVA_PREVIEW, ingest, listFiles } from './helpers.ts';

function article(text = GENEVA_PREVIEW, name = 'geneva.txt'): string {
  const dir = fs.mkdtempSync(path.join(path.dirname(contentCopy()), 'in-'));
  fs.writeFileSync(path.join(dir, name), text);
  return path.join(dir, name);
}

afterEach(() => vi.restoreAllMocks());

describe('npm run ingest', () => {
  test("prints the design's JSON for one file with --dry-run --json, and writes nothing", () => {
    const dir = contentCopy();
    const before = listFiles(dir);
    const { status, stdout } = ingest(['--dry-run', '--json', '--published', '2025-10-14', article()], dir);
    expect(status).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['article', 'rounds', 'participants', 'mentioned', 'outcomes', 'uncertain', 'warnings']);
    expect(json.rounds[0]).toMatchObject({ id: '2025-10-16-geneva', existing: false, date: '2025-10-16', endDate: null, format: 'in-person', venue: { id: 'geneva', name: 'Geneva', city: 'Geneva', country: 'Switzerland' } });
    expect(json.rounds[0].confidence).toBeGreaterThan(0);
    expect(json.rounds[0].confidence).toBeLessThanOrEqual(1);
    expect(listFiles(dir)).toEqual(before);
  });

  test('prints an array for several files, with an error entry for a file it could not read, and fails', () => {
    const empty = article('', 'empty.txt');
    const { status, stdout, stderr } = ingest(['--dry-run', '--json', '--published', '2025-10-14', article(), empty]);
    expect(status).toBe(1);
    const json = JSON.parse(stdout);
    expect(json).toHaveLength(2);
    expect(json[1]).toEqual({ file: empty, error: 'the file is empty; save the article text or page into it first' });
    expect(stderr).toContain(`${empty}: the file is empty`);
  });

  test('explains a bad --published value and exits 2', () => {
    const { status, stderr } = ingest(['--published', '10/03/2022', 'x.txt']);
    expect(status).toBe(2);
    expect(stderr).toMatchInlineSnapshot(`
      "ingest: --published 10/03/2022: expected a date written as YYYY-MM-DD, e.g. 2022-03-10
      Run \`npm run ingest -- --help\` for the options."
    `);
  });

  test('writes, then reports the same file as unchanged, in the summary', () => {
    const dir = contentCopy();
    const file = article();
    const first = ingest(['--published', '2025-10-14', file], dir);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/1 written, 0 unchanged, 0 need review, 0 failed\./);
    const second = ingest(['--published', '2025-10-14', file], dir);
    expect(second.stdout).toMatch(/0 written, 1 unchanged, 0 need review, 0 failed\./);
  });

  test('runs as a script and shows the options with --help', () => {
    const result = spawnSync(path.resolve('node_modules/.bin/node'), ['src/ingest/cli.ts', '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('--dry-run');
    expect(result.stdout).toContain('2 MB');
  }, 30_000);
});
