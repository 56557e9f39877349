/**
 * The editor's command line: days that cannot be a publication day, values
 * that would act on the terminal, inputs that would take minutes to read, JSON
 * alone on standard output through npm, and an article taken in again with
 * corrected options.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/check/check.ts';
import { dayProblem } from '../../../src/ingest/cli.ts';
import type { Derived } from '../../../src/ingest/derive.ts';
import { checkWritable } from '../../../src/ingest/write.ts';
import { contentCopy, GENEVA_PREVIEW, ingest, listFiles } from './helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const inbox = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-cli-'));
const article = (name: string, text: string | Buffer) => {
  const file = path.join(inbox, name);
  fs.writeFileSync(file, text);
  return file;
};

/** The real command in its own process, as `npm run ingest` runs it; with how long it took. */
function command(args: string[], content: string, env: Record<string, string> = {}) {
  const started = Date.now();
  const run = spawnSync(path.join(ROOT, 'node_modules/.bin/node'), ['src/ingest/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: content, ...env }, maxBuffer: 64 * 1024 * 1024 });
  return { ...run, seconds: (Date.now() - started) / 1000 };
}

describe('publication days', () => {
  test.each([
    ['0000-01-01', 'this is before 2000, earlier than any article the record holds; give the day the article appeared'],
    ['1999-12-31', 'this is before 2000, earlier than any article the record holds; give the day the article appeared'],
    ['2025-02-30', 'February 2025 has 28 days, so there is no day 30; check the day'],
    ['2024-02-30', 'February 2024 has 29 days, so there is no day 30; check the day'],
    ['2025-04-31', 'April 2025 has 30 days, so there is no day 31; check the day'],
    ['2025-13-01', 'there is no month 13; the month comes second, from 01 to 12'],
    ['2025-06-00', 'June 2025 has 30 days, so there is no day 00; check the day'],
    ['2999-01-01', 'this day is in the future (today is 2026-01-01); give the day the article appeared'],
    ['10/03/2022', 'expected a date written as YYYY-MM-DD, e.g. 2022-03-10'],
  ])('--published %s is refused: %s', (day, message) => {
    expect(dayProblem(day, '2026-01-01')).toBe(message);
  });

  test('accepts the first day of 2000 and today', () => {
    expect(dayProblem('2000-01-01', '2026-01-01')).toBeUndefined();
    expect(dayProblem('2026-01-01', '2026-01-01')).toBeUndefined();
  });

  test('an impossible day ends the command with status 2 and a message about the value, writing nothing', () => {
    const content = contentCopy();
    const before = listFiles(content);
    const run = ingest(['--published', '2025-02-30', article('geneva.txt', GENEVA_PREVIEW)], content);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatchInlineSnapshot(`
      "ingest: --published 2025-02-30: February 2025 has 28 days, so there is no day 30; check the day
      Run \`npm run ingest -- --help\` for the options."
    `);
    expect(listFiles(content)).toEqual(before);
  });

  test('a publication day before 2000 read from the text is refused with the reason', () => {
    const derived = { raw: { file: 'old.txt' }, meta: { published: '1902-12-28', title: 'Talks' }, futurePublished: null, round: null } as unknown as Derived;
    expect(() => checkWritable(derived)).toThrow('old.txt: the publication date 1902-12-28 is before 2000, earlier than any article the record holds; pass --published YYYY-MM-DD with the day the article appeared');
  });
});

describe('what the command echoes', () => {
  test('refuses an option holding an invisible character', () => {
    const run = ingest(['--publisher', 'Reu\u001b[8mters', article('x.txt', GENEVA_PREVIEW)]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--publisher: the value holds an invisible character (U+001B ESCAPE); type it again');
    expect(run.stderr).not.toContain('\u001b');
  });

  test('prints a file name with terminal escapes as escapes, never as escapes the terminal acts on', () => {
    const name = article('evil\u001b]0;pwned\u0007\u202e.txt', '\u0000\u0001\u0002');
    const run = ingest([name]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('evil\\u001b]0;pwned\\u0007\\u202e.txt');
    expect(run.stderr + run.stdout).not.toMatch(/[\u001b\u0007\u202e]/);
  });
});

describe('output into a reader that stops early', () => {
  test('a pipe closed before the command prints (`… | true`) ends it quietly, with its status, not with a stack trace', () => {
    const files = [1, 2, 3].map((n) => article(`piped-${n}.txt`, GENEVA_PREVIEW.replace('Oct 14', `Oct ${10 + n}`)));
    const quoted = files.map((f) => `'${f}'`).join(' ');
    const run = spawnSync('bash', ['-c', `'${path.join(ROOT, 'node_modules/.bin/node')}' src/ingest/cli.ts --dry-run --published 2025-10-14 ${quoted} | true; exit \${PIPESTATUS[0]}`], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: contentCopy() } });
    expect(run.stderr).not.toContain('EPIPE');
    expect(run.status).toBe(0);
  });
});

describe('work that would take minutes', () => {
  // What starting the command and reading a short article take here: the bounds below are on top of it.
  let start = 0;
  beforeAll(() => {
    start = command(['--dry-run', '--published', '2025-10-14', '--publisher', 'Reuters', article('short.txt', GENEVA_PREVIEW)], contentCopy()).seconds;
  }, 60_000);
  const nested = (levels: number) => `<!doctype html><html><body>${'<div>'.repeat(levels)}<p>Russian and Ukrainian delegations met in Geneva on Thursday for talks.</p>${'</div>'.repeat(levels)}</body></html>`;

  test.each([
    ['2,000 nested <div>s (22 kB)', nested(2000)],
    ['10,000 nested <div>s', nested(10_000)],
  ])('a page of %s is refused at once with a sentence, writing nothing', (_, html) => {
    const content = contentCopy();
    const before = listFiles(content);
    const run = command(['--published', '2025-10-14', article('deep.html', html)], content);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('the page nests its elements more than 200 deep (a news page nests 20 to 60), so it cannot be read in reasonable time');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.seconds).toBeLessThan(start + 3);
    expect(listFiles(content)).toEqual(before);
  });

  test('a page of 70,000 elements is refused at once', () => {
    const html = `<!doctype html><html><body>${'<span>x</span>'.repeat(70_000)}</body></html>`;
    const run = command(['--dry-run', '--published', '2025-10-14', article('wide.html', html)], contentCopy());
    expect(run.stderr).toContain('the page has more than 60,000 elements');
    expect(run.seconds).toBeLessThan(start + 3);
  });

  test('a 1.9 MB text on one line is stopped at the time limit with a message, writing nothing', () => {
    const line = 'Rustem Umerov Vladimir Medinsky Istanbul talks Russia Ukraine '.repeat(31_000);
    expect(line.length).toBeGreaterThan(1_900_000);
    const content = contentCopy();
    const before = listFiles(content);
    const run = command(['--published', '2025-06-02', article('long.txt', `Talks in Istanbul\n\nRussian and Ukrainian delegations met in Istanbul on Monday for talks. ${line}\n`)], content);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/long\.txt: reading it took longer than 5\.\d s, so it was stopped and nothing was written/);
    expect(run.seconds).toBeLessThan(start + 5 + 4);
    expect(listFiles(content)).toEqual(before);
  }, 30_000);

  test('--time-limit must be a number of seconds', () => {
    expect(ingest(['--time-limit', '0', 'x.txt']).stderr).toContain('--time-limit 0: expected a number of seconds, more than 0 and at most 3600');
  });
});

describe('--json through npm', () => {
  const npm = (args: string[], content: string) => spawnSync('npm', args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: content } });

  test('`npm run -s ingest -- … --json` prints JSON alone, as the README shows', () => {
    const run = npm(['run', '-s', 'ingest', '--', '--dry-run', '--json', '--published', '2025-10-14', '--publisher', 'Reuters', article('npm.txt', GENEVA_PREVIEW)], contentCopy());
    expect(run.status, run.stderr).toBe(0);
    expect(Object.keys(JSON.parse(run.stdout) as object)).toEqual(expect.arrayContaining(['article', 'rounds', 'participants', 'mentioned', 'outcomes', 'warnings']));
  }, 30_000);

  test('without -s, says how to get JSON alone (npm prints its own lines first)', () => {
    const run = npm(['run', 'ingest', '--', '--dry-run', '--json', '--published', '2025-10-14', '--publisher', 'Reuters', article('npm2.txt', GENEVA_PREVIEW)], contentCopy());
    expect(run.stdout).toMatch(/^\s*> negotiations-timeline@/);
    expect(run.stderr).toContain('run `npm run -s ingest -- …` for JSON alone');
  }, 30_000);
});

describe('an article taken in again with corrected options', () => {
  function taken(options: string[] = []) {
    const content = contentCopy();
    const file = article(`geneva-${Math.random().toString(36).slice(2)}.txt`, GENEVA_PREVIEW);
    const first = ingest(['--published', '2025-10-14', '--publisher', 'Reuters', ...options, file], content);
    expect(first.status, first.stderr).toBe(0);
    return { content, file, before: listFiles(content) };
  }
  const errors = (content: string) => checkContent(content).filter((p) => p.severity !== 'warning');

  test('replaces the drafts it alone created, and says so', () => {
    const { content, file, before } = taken();
    const run = ingest(['--published', '2025-10-14', '--publisher', 'Swiss Wire', file], content);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`replaced ${file}: already ingested as ${path.relative(process.cwd(), path.join(content, 'articles/2025-10-14-reuters-ukraine-and-russia-delegations-to.md'))}; replacing the drafts it created, corrected with --publisher Swiss Wire (the file says \`Reuters\`)`);
    expect(run.stdout).toContain('0 written, 1 replaced, 0 unchanged, 0 need review, 0 failed.');
    const after = listFiles(content);
    expect(after.filter((f) => !before.includes(f))).toEqual(['articles/2025-10-14-swiss-wire-ukraine-and-russia-delegations-to.md']);
    expect(before.filter((f) => !after.includes(f))).toEqual(['articles/2025-10-14-reuters-ukraine-and-russia-delegations-to.md']);
    const round = fs.readFileSync(path.join(content, 'rounds/2025-10-16-geneva.md'), 'utf8');
    expect(round).toContain('2025-10-14-swiss-wire-ukraine-and-russia-delegations-to');
    expect(round).not.toContain('2025-10-14-reuters-');
    expect(errors(content)).toEqual([]);
  });

  test('with the same options again, changes nothing', () => {
    const { content, file, before } = taken(['--url', 'https://example.org/geneva']);
    const run = ingest(['--published', '2025-10-14', '--publisher', 'Reuters', '--url', 'https://example.org/geneva', file], content);
    expect(run.stdout).toContain('0 written, 0 unchanged'.replace('0 unchanged', '1 unchanged'));
    expect(listFiles(content)).toEqual(before);
  });

  test('never touches an article an editor has reviewed', () => {
    const { content, file, before } = taken();
    const name = path.join(content, 'articles/2025-10-14-reuters-ukraine-and-russia-delegations-to.md');
    fs.writeFileSync(name, fs.readFileSync(name, 'utf8').replace('review: derived', 'review: reviewed'));
    const reviewed = fs.readFileSync(name, 'utf8');
    const run = ingest(['--published', '2025-10-14', '--publisher', 'Reuters', '--url', 'https://example.org/x', file], content);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('has been reviewed by an editor, so it is never replaced; correct it there by hand');
    expect(listFiles(content)).toEqual(before);
    expect(fs.readFileSync(name, 'utf8')).toBe(reviewed);
  });

  test('keeps a reviewed draft, and replaces the rest', () => {
    const { content, file } = taken();
    const venue = path.join(content, 'venues/geneva.md');
    fs.writeFileSync(venue, fs.readFileSync(venue, 'utf8').replace('review: derived', 'review: reviewed'));
    const kept = fs.readFileSync(venue, 'utf8');
    const run = ingest(['--published', '2025-10-14', '--publisher', 'Swiss Wire', file], content);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/- .*articles\/2025-10-14-reuters-ukraine-and-russia-delegations-to\.md/);
    expect(run.stdout).not.toMatch(/[-+] .*venues\/geneva\.md/);
    expect(fs.readFileSync(venue, 'utf8')).toBe(kept);
    expect(errors(content)).toEqual([]);
  });

  test('refuses, changing nothing, when another article has come to rely on its round', () => {
    const { content, file } = taken();
    const other = article('geneva-afp.txt', GENEVA_PREVIEW.replace('(Reuters)', '(AFP)').replace('in the first direct talks', 'the first direct talks'));
    expect(ingest(['--published', '2025-10-14', '--publisher', 'AFP', other], content).status).toBe(0);
    const before = listFiles(content).map((f) => fs.readFileSync(path.join(content, f), 'utf8'));
    const run = ingest(['--published', '2025-10-14', '--publisher', 'Swiss Wire', file], content);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('cites 2025-10-14-reuters-ukraine-and-russia-delegations-to, so the article cannot be replaced; correct it by hand');
    expect(listFiles(content).map((f) => fs.readFileSync(path.join(content, f), 'utf8'))).toEqual(before);
  });
});
