import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/check/check.ts';
import { FIXTURES } from './helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

function runCli(contentCase: string) {
  const result = spawnSync(process.execPath, ['src/check/cli.ts'], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: path.join(FIXTURES, contentCase, 'content') },
    encoding: 'utf8',
  });
  const lines = (text: string) => text.replaceAll(ROOT + '/', '').trim().split('\n');
  return { status: result.status, problems: lines(result.stderr).filter((line) => line.includes('  (')), summary: lines(`${result.stdout}${result.stderr}`).filter((line) => !line.includes('  (')).at(-1) };
}

describe('the seed content', () => {
  test('passes every rule without an error', () => {
    const errors = checkContent(path.join(ROOT, 'content'), ROOT).filter((p) => p.severity !== 'warning');
    expect(errors).toEqual([]);
  });
});

describe('npm run check', () => {
  test('prints every problem as file:line:column  message  (rule) and fails on errors', () => {
    const { status, problems, summary } = runCli('schema-errors');
    expect(status).toBe(1);
    expect(problems).toHaveLength(12);
    for (const line of problems) expect(line).toMatch(/^tests\/fixtures\/\S+\.md:\d+:\d+  .+  \([a-z-]+\)$/);
    expect(summary).toMatchInlineSnapshot(`"12 errors in tests/fixtures/check/schema-errors/content. Fix the errors above and run \`npm run check\` again."`);
  }, 30_000);

  test('prints warnings but passes when there are no errors', () => {
    const { status, problems, summary } = runCli('source-lists');
    expect(status).toBe(0);
    expect(problems).toHaveLength(2);
    expect(summary).toMatchInlineSnapshot(`"Content checked: no errors, 2 warnings (tests/fixtures/check/source-lists/content)."`);
  }, 30_000);
});
