import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { idKey } from '../../../src/check/rules/duplicate-ids.ts';
import { check, checkFolder, copyFixture } from './helpers.ts';

describe('duplicateIds', () => {
  test('reports two files that spell the same id differently, and one article taken in twice', () => {
    expect(check('duplicate-ids', ['duplicate-id', 'duplicate-sha256', 'duplicate-url', 'file-name'])).toMatchInlineSnapshot(`
      [
        "content/articles/2022-03-10-example-ministers-meet-copy.md:9:9  sha256: the same raw article was taken in twice: \`sha256\` is the same as in content/articles/2022-03-09-example-preview.md; keep one article file and move this one's rounds and quotes into it  (duplicate-sha256)",
        "content/articles/2022-03-10-example-ministers-meet.md:4:6  warning url: two source files point to the same address: \`url\` is the same as in content/articles/2022-03-10-example-ministers-meet-copy.md; keep one article file and move this one's rounds and quotes into it  (duplicate-url)",
        "content/articles/2022-03-10-example-ministers-meet.md:9:9  sha256: the same raw article was taken in twice: \`sha256\` is the same as in content/articles/2022-03-09-example-preview.md; keep one article file and move this one's rounds and quotes into it  (duplicate-sha256)",
        "content/participants/dmytro_kuleba.md:1:1  \`dmytro_kuleba\` is the same id as \`dmytro-kuleba\` (content/participants/dmytro-kuleba.md) in another spelling; keep one file and merge the other into it  (duplicate-id)",
        "content/participants/dmytro_kuleba.md:1:1  the file name \`dmytro_kuleba.md\` is not a valid id; use lower-case letters, digits and hyphens, e.g. \`dmytro-kuleba.md\`  (file-name)",
      ]
    `);
  });

  test('reports the same id written in another case', () => {
    // Made at run time: a case-insensitive disk could not check out both files.
    const root = copyFixture('valid');
    const folder = path.join(root, 'content/participants');
    fs.copyFileSync(path.join(folder, 'dmytro-kuleba.md'), path.join(folder, 'Dmytro-Kuleba.md'));
    const foldsCase = fs.readdirSync(folder).length < 3; // the copy replaced the file
    const problems = foldsCase ? [] : checkFolder(path.join(root, 'content'), root, ['duplicate-id', 'file-name']);
    fs.rmSync(root, { recursive: true, force: true });
    if (foldsCase) return;
    expect(problems).toMatchInlineSnapshot(`
      [
        "content/participants/Dmytro-Kuleba.md:1:1  \`Dmytro-Kuleba\` is the same id as \`dmytro-kuleba\` (content/participants/dmytro-kuleba.md) in another spelling; keep one file and merge the other into it  (duplicate-id)",
        "content/participants/Dmytro-Kuleba.md:1:1  the file name \`Dmytro-Kuleba.md\` is not a valid id; use lower-case letters, digits and hyphens, e.g. \`dmytro-kuleba.md\`  (file-name)",
      ]
    `);
  });

  test('folds case, accents and punctuation out of file names', () => {
    expect(['Dmytro_Kuleba', 'dmytro--kuleba', 'Dolmabahçe-Palace'].map(idKey)).toEqual(['dmytro-kuleba', 'dmytro-kuleba', 'dolmabahce-palace']);
  });
});
