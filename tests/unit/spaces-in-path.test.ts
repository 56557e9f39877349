/**
 * Every command works when the project lives in a folder whose path has
 * spaces: a copy of the project (its own files; node_modules linked) in
 * `… /my projects/timeline copy/`, driven through npm as an editor would.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const outer = fs.mkdtempSync(path.join(os.tmpdir(), 'spaced '));
const project = path.join(outer, 'my projects', 'timeline copy');
const ARTICLE = `Ukraine and Russia delegations to meet in Geneva on Thursday

GENEVA, Oct 14 (Reuters) - Ukrainian and Russian negotiators will meet in Geneva on Thursday, the Swiss foreign ministry said on Tuesday, in the first direct talks between the two sides this year.

The Ukrainian delegation will be led by Defence Minister Rustem Umerov, while Russia's chief negotiator Vladimir Medinsky will head the Russian team.
`;

/** npm in the copy, with caches of its own so nothing is shared with the project's builds. */
function npm(args: string[]) {
  return spawnSync('npm', args, {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: '', ASTRO_CACHE_DIR: path.join(outer, 'astro cache'), OG_CACHE_DIR: path.join(outer, 'og cache') },
  });
}

beforeAll(() => {
  fs.mkdirSync(project, { recursive: true });
  for (const item of ['package.json', 'tsconfig.json', 'astro.config.mjs', 'src', 'public', 'tests/e2e/browser.ts']) {
    fs.cpSync(path.join(ROOT, item), path.join(project, item), { recursive: true });
  }
  fs.cpSync(path.join(ROOT, 'tests/fixtures/check/valid/content'), path.join(project, 'content'), { recursive: true });
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(project, 'node_modules'));
  fs.mkdirSync(path.join(project, 'articles to read'));
  fs.writeFileSync(path.join(project, 'articles to read', 'geneva preview.txt'), ARTICLE);
});

afterAll(() => fs.rmSync(outer, { recursive: true, force: true }));

describe('a project in a folder whose path has spaces', () => {
  test('npm run -s ingest -- --dry-run --json prints the JSON', () => {
    const run = npm(['run', '-s', 'ingest', '--', '--dry-run', '--json', '--published', '2025-10-14', 'articles to read/geneva preview.txt']);
    expect(run.status, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as { rounds: { id: string }[] }).rounds[0]!.id).toBe('2025-10-16-geneva');
  }, 30_000);

  test('npm run ingest writes the article, and npm run check passes', () => {
    const run = npm(['run', 'ingest', '--', '--published', '2025-10-14', 'articles to read/geneva preview.txt']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('1 written, 0 unchanged, 0 need review, 0 failed.');
    expect(fs.readdirSync(path.join(project, 'content/rounds'))).toContain('2025-10-16-geneva.md');
    const check = npm(['run', 'check']);
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout).toContain('Content checked: no errors');
  }, 60_000);

  test('npm run build builds the site', () => {
    const run = npm(['run', 'build']);
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(fs.existsSync(path.join(project, 'dist/rounds/2025-10-16-geneva/index.html'))).toBe(true);
    expect(fs.existsSync(path.join(project, 'dist/_headers'))).toBe(true);
  }, 180_000);

  test('the page tests find their browser', () => {
    const run = spawnSync(path.join(ROOT, 'node_modules/.bin/node'), ['tests/e2e/browser.ts'], { cwd: project, encoding: 'utf8' });
    expect(`${run.stdout}${run.stderr}`).toMatch(/Page tests will use Chromium at |No Chromium found/);
  }, 30_000);
});
