import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/check/check.ts';
import { readContent } from '../../../src/lib/content-files.ts';
import { buildTimeline } from '../../../src/lib/timeline.ts';
import { countWords } from '../../../src/schemas/common.ts';
import { corpusFiles, writeCorpus } from '../../bench/generate.ts';
import { rawArticles } from '../../bench/raw.ts';

const ARTICLES = 160;

function digest(files: Iterable<{ path: string; text: string }>): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file.path}\0${file.text}\0`);
  return hash.digest('hex');
}

describe('corpusFiles', () => {
  test('gives the same bytes for the same seed, and other bytes for another seed', () => {
    const once = digest(corpusFiles({ articles: ARTICLES, seed: 7 }));
    expect(digest(corpusFiles({ articles: ARTICLES, seed: 7 }))).toBe(once);
    expect(digest(corpusFiles({ articles: ARTICLES, seed: 8 }))).not.toBe(once);
  });
});

describe('writeCorpus', () => {
  let dir: string;
  let read: ReturnType<typeof readContent>;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-corpus-'));
    writeCorpus(dir, { articles: ARTICLES });
    read = readContent(dir);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('writes files that all pass the schemas', () => {
    expect(read.problems).toEqual([]);
  });

  test('writes references that all resolve, so the timeline model builds', () => {
    const timeline = buildTimeline(read.content);
    expect(timeline.rounds.length).toBe(read.content.rounds.length);
  });

  test('writes content that passes `npm run check` without errors, as the build requires', () => {
    const errors = checkContent(dir).filter((p) => p.severity !== 'warning');
    expect(errors.map((p) => `${p.file}: ${p.message} (${p.rule})`)).toEqual([]);
  });

  test('has the shape of a real timeline: N articles, about N/4 rounds, 200 people, 30 venues, the real outcome topics', () => {
    const { articles, rounds, participants, venues, outcomes } = read.content;
    expect(articles).toHaveLength(ARTICLES);
    expect(rounds.length).toBeGreaterThan(ARTICLES / 6);
    expect(rounds.length).toBeLessThan(ARTICLES / 3);
    expect(participants).toHaveLength(200);
    expect(venues).toHaveLength(30);
    expect(venues.every((v) => v.data.coordinates)).toBe(true);
    const topics = fs.readdirSync(path.resolve('content/outcomes')).map((f) => f.replace(/\.md$/, '')).sort();
    expect(outcomes.map((o) => o.id).sort()).toEqual(topics);
  });

  test('names people with aliases in Cyrillic and with diacritics', () => {
    const aliases = read.content.participants.flatMap((p) => [p.data.name, ...p.data.aliases]);
    expect(aliases.some((a) => /[\u0400-\u04ff]/.test(a))).toBe(true);
    expect(aliases.some((a) => /[çşğıöüéèł]/i.test(a))).toBe(true);
  });

  test('writes summaries of 300 to 500 words with lists and quotes', () => {
    for (const article of read.content.articles) {
      const words = countWords(article.body ?? '');
      expect(words).toBeGreaterThanOrEqual(300);
      expect(words).toBeLessThanOrEqual(500);
      expect(article.body).toMatch(/^- /m);
      expect(article.body).toContain('## Quotes');
    }
  });

  test('includes findings, disagreements and follow-ups', () => {
    const { articles, rounds } = read.content;
    expect(articles.some((a) => a.data.findings.length > 0)).toBe(true);
    expect(rounds.some((r) => r.data.disagreements.length > 0)).toBe(true);
    expect(rounds.some((r) => r.data.outcomes.some((o) => o.followUp.length > 0))).toBe(true);
  });
});

describe('rawArticles', () => {
  test('gives the same text for the same seed, with a headline, a dateline and a named participant', () => {
    const a = [...rawArticles({ count: 5, seed: 3 })];
    expect([...rawArticles({ count: 5, seed: 3 })]).toEqual(a);
    expect(a[0]!.text).toMatch(/^[A-Z][^\n]+\n\n[^\n]+\nPublished \w+ \d+, \d{4}\n/);
    expect(a[0]!.text).toMatch(/\([^)]+\) - /);
  });
});
