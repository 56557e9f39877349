/**
 * Golden fixtures: tests/fixtures/ingest/<case>/ holds an article and the JSON
 * the pipeline derives from it. Regenerate on purpose with `UPDATE=1 npx vitest
 * run tests/unit/ingest/golden.test.ts` and review the diff.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { derive } from '../../../src/ingest/derive.ts';
import { readRawArticle } from '../../../src/ingest/input.ts';
import { toJson } from '../../../src/ingest/report.ts';
import { seedKnowledge } from './helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '../../fixtures/ingest');
const cases = fs.readdirSync(ROOT).filter((name) => fs.statSync(path.join(ROOT, name)).isDirectory()).sort();

describe('the ingest pipeline on golden fixtures', () => {
  test.each(cases)('derives the expected JSON from %s', (name) => {
    const folder = path.join(ROOT, name);
    const input = ['article.txt', 'article.html'].map((f) => path.join(folder, f)).find((f) => fs.existsSync(f))!;
    const optionsFile = path.join(folder, 'options.json');
    const options = fs.existsSync(optionsFile) ? JSON.parse(fs.readFileSync(optionsFile, 'utf8')) : {};
    const json = toJson(derive(readRawArticle(input), options, seedKnowledge(), new Date('2026-01-01T00:00:00Z')));
    const expectedFile = path.join(folder, 'expected.json');
    if (process.env.UPDATE || !fs.existsSync(expectedFile)) fs.writeFileSync(expectedFile, `${JSON.stringify(json, null, 2)}\n`);
    expect(json).toEqual(JSON.parse(fs.readFileSync(expectedFile, 'utf8')));
  });
});
