/**
 * `npm run check` reports everything at once, one message per problem: a file
 * that fails its schema still has its misspelt fields and missing references
 * reported; invisible characters, days before 2000 and odd files (a folder
 * named like an entry, a link to nothing) are told in sentences; and `npm run
 * build` on bad content shows the project's messages only.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../../../src/ingest/knowledge.ts';
import { check, checkFolder, copyFixture, FIXTURES } from './helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

describe('the full report', () => {
  test('13 problems in 6 files are reported as 13, each once, in one run', () => {
    expect(check('full-report')).toMatchInlineSnapshot(`
      [
        "content/articles/1999-03-10-example-old-report.md:4:12  published: \`published: 1999-03-10\` is before 2000, earlier than anything the record holds; check the year  (early-date)",
        "content/articles/2022-03-10-example-ministers-meet.md:2:1  title: \`title\` is missing; add it: the headline  (schema)",
        "content/articles/2022-03-10-example-ministers-meet.md:2:8  titel: \`titel\` is not a field of article files, so its value is ignored; did you mean \`title\`?  (unknown-field)",
        "content/articles/2022-03-10-example-ministers-meet.md:4:12  published: expected a date written as YYYY-MM-DD, e.g. \`2022-03-10\`  (schema)",
        "content/outcomes/prisoner-exchange.md:2:16  title: an invisible bidirectional formatting character (U+202E RIGHT-TO-LEFT OVERRIDE), which makes text show in another order than it reads; delete it  (control-character)",
        "content/outcomes/prisoner-exchange.md:3:30  description: an invisible control character (U+0007 BELL), which breaks the feeds and the calendar and can act on a terminal; delete it  (control-character)",
        "content/participants/dmytro-kuleba.md:3:8  alias: \`alias\` is not a field of participant files, so its value is ignored; did you mean \`aliases\`?  (unknown-field)",
        "content/participants/dmytro-kuleba.md:4:7  kind: expected \`person\` or \`delegation\`  (schema)",
        "content/rounds/2022-03-10-antalya.md:4:9  status: expected one of \`held\`, \`planned\`, \`mentioned\`  (schema)",
        "content/rounds/2022-03-10-antalya.md:8:13  venue_note: \`venue_note\` is not a field of round files, so its value is ignored; did you mean \`venueNote\`?  (unknown-field)",
        "content/rounds/2022-03-10-antalya.md:10:18  parties[0].participant: no entry \`dmytro-kuleba-x\` in content/participants/; did you mean \`dmytro-kuleba\`?  (missing-reference)",
        "content/venues/antalya-forum.md:2:1  country: \`country\` is missing; add it: the country  (schema)",
        "content/venues/antalya-forum.md:2:7  name: an invisible control character (U+001B ESCAPE), which breaks the feeds and the calendar and can act on a terminal; delete it  (control-character)",
      ]
    `);
  });

  test('says once that `date: 10/03/2022` is not written YYYY-MM-DD, not also that the day does not exist', () => {
    expect(check('full-report').filter((line) => line.includes('published:') && line.includes('(schema)'))).toHaveLength(1);
  });
});

describe('odd files in the content folder', () => {
  test('a folder named like an entry and a link to nothing are told apart from the other problems, which are all still reported', () => {
    const root = copyFixture('full-report');
    fs.mkdirSync(path.join(root, 'content/rounds/2022-03-11-antalya.md'));
    fs.symlinkSync(path.join(root, 'nowhere.md'), path.join(root, 'content/participants/ghost.md'));
    const lines = checkFolder(path.join(root, 'content'), root);
    const odd = (l: string) => l.includes('(read)') || l.includes('(stray-file)');
    expect(lines.filter(odd)).toEqual([
      `content/participants/ghost.md  this is a link to \`${root}/nowhere.md\`, which does not exist; remove the link or put the file back  (read)`,
      'content/rounds/2022-03-11-antalya.md  warning folders inside content/rounds/ are not read; move the files in `2022-03-11-antalya.md/` up one level  (stray-file)',
    ]);
    expect(lines.filter((l) => !odd(l))).toEqual(check('full-report'));
  });

  test('the ingest command reads what it can of such a folder instead of stopping', () => {
    const root = copyFixture('valid');
    fs.mkdirSync(path.join(root, 'content/articles/x.md'));
    fs.symlinkSync(path.join(root, 'nowhere.md'), path.join(root, 'content/venues/ghost.md'));
    const knowledge = loadKnowledge(path.join(root, 'content'));
    expect(knowledge.rounds.map((r) => r.id)).toEqual(['2022-03-10-antalya']);
    expect(knowledge.problems).toEqual([expect.stringContaining('content/venues/ghost.md: this is a link to')]);
  });
});

describe('invisible characters', () => {
  test('are found when written as YAML escapes too, at the field', () => {
    const root = copyFixture('valid');
    const file = path.join(root, 'content/participants/sergey-lavrov.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^name: .*$/m, 'name: "Sergey \\u202ELavrov\\x1b"'));
    expect(checkFolder(path.join(root, 'content'), root, ['control-character'])).toEqual([
      'content/participants/sergey-lavrov.md:2:7  name: an invisible bidirectional formatting character (U+202E RIGHT-TO-LEFT OVERRIDE) and 1 more on this line, which makes text show in another order than it reads; delete it  (control-character)',
    ]);
  });

  test('a CRLF line end is not one of them', () => {
    const root = copyFixture('valid');
    for (const f of fs.readdirSync(path.join(root, 'content/rounds'))) {
      const file = path.join(root, 'content/rounds', f);
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/\n/g, '\r\n'));
    }
    expect(checkFolder(path.join(root, 'content'), root)).toEqual([]);
  });
});

describe('npm run build on bad content', () => {
  test('prints the check\'s problems and nothing of Astro\'s own report', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'build-bad-'));
    const run = spawnSync(path.join(ROOT, 'node_modules/.bin/node'), ['src/build/cli.ts', '--outDir', out], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: path.join(FIXTURES, 'full-report/content') } });
    expect(run.status).toBe(1);
    const printed = `${run.stdout}${run.stderr}`.replaceAll(`${ROOT}/`, '');
    const lines = printed.trim().split('\n');
    expect(lines.filter((l) => l.includes('  ('))).toHaveLength(13);
    expect(lines.at(-1)).toBe('13 errors in tests/fixtures/check/full-report/content: the build was stopped. Fix them and build again (`npm run check` lists them).');
    expect(printed).not.toMatch(/\n\s+at |:0:0|\[astro|building|\[ERROR\]/i);
  }, 60_000);
});
