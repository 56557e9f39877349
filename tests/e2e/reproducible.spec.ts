/**
 * Builds you can trust: two clean builds of the same commit give byte-identical
 * output. The second build reads a copy of the content from another folder,
 * with fresh files (new modification times), an empty cache, and another time
 * zone and locale (UTC+14, Turkish), so output that depends on paths, file
 * times, cache state, the clock's zone or the locale shows up as a difference.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { buildSite, copyContent } from './support/build.ts';
import { builtFiles } from './support/dist.ts';

/** Every file of a build with the SHA-256 of its bytes. */
function hashes(dist: string): Map<string, string> {
  return new Map(builtFiles(dist).map((file) => [file, createHash('sha256').update(fs.readFileSync(path.join(dist, file))).digest('hex')]));
}

/** Builds `content` with an empty cache and returns the hashes of what it wrote. */
function cleanBuild(content: string, env: Record<string, string>): Map<string, string> {
  const dist = buildSite(content, { env });
  try {
    return hashes(dist);
  } finally {
    fs.rmSync(path.dirname(dist), { recursive: true, force: true });
  }
}

test.describe('two clean builds of the same content', () => {
  let first: Map<string, string>;
  let second: Map<string, string>;

  test.beforeAll(() => {
    test.setTimeout(240_000);
    first = cleanBuild(path.resolve('content'), { TZ: 'UTC', LANG: 'en_GB.UTF-8' });
    const copy = copyContent('content');
    second = cleanBuild(copy, { TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8' });
    fs.rmSync(path.dirname(copy), { recursive: true, force: true });
  });

  test('write the same files', () => {
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    expect(first.size).toBeGreaterThan(50);
  });

  test('write every file byte for byte the same', () => {
    const differ = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
    expect(differ).toEqual([]);
  });
});
