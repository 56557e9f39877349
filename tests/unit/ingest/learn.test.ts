import { describe, expect, test } from 'vitest';
import { groupOf, splitLabels, stripHeader, TEST_SHARE, type Label } from '../../../src/ingest/learn/corpus.ts';
import { fitLogistic, predict } from '../../../src/ingest/learn/logistic.ts';
import { articlesAt, coldKnowledge, warmKnowledge } from '../../../src/ingest/learn/memory.ts';
import { prf, samePerson, scorePage } from '../../../src/ingest/learn/score.ts';
import { readContent } from '../../../src/lib/content-files.ts';
import type { DerivedJson } from '../../../src/ingest/types.ts';
import { SEED_CONTENT } from './helpers.ts';

const label = (file: string, date: string | null, extra: Partial<Label> = {}): Label => ({
  file,
  url: `https://example.com/${file}`,
  publisher: 'Example',
  published: null,
  about_round: date ? { date, venue_city: 'Istanbul', venue_name: null, country: 'Turkey', format: 'in-person' } : null,
  participants: [],
  mentioned_people: [],
  outcomes: [],
  notes: '',
  ...extra,
});

describe('the dev/test split', () => {
  const labels = [
    ...Array.from({ length: 7 }, (_, i) => label(`a${i}.txt`, '2022-03-29')),
    ...Array.from({ length: 6 }, (_, i) => label(`b${i}.txt`, '2025-05-16')),
    ...Array.from({ length: 5 }, (_, i) => label(`n${i}.txt`, null)),
  ];

  test('puts at least 30 % of each round\'s pages, and of the pages about no round, in test', () => {
    const parts = splitLabels(labels);
    for (const group of ['2022-03-29', '2025-05-16', 'none']) {
      const members = labels.filter((l) => groupOf(l) === group);
      const test = members.filter((l) => parts.get(l.file) === 'test').length;
      expect(test).toBe(Math.ceil(members.length * TEST_SHARE));
      expect(members.length - test).toBeGreaterThan(0);
    }
  });

  test('is fixed: the same pages fall the same way, and a new page moves no other', () => {
    const before = splitLabels(labels);
    const after = splitLabels([...labels, label('z.txt', '2026-02-17')]);
    for (const l of labels) expect(after.get(l.file)).toBe(before.get(l.file));
  });

  test('stripHeader takes the URL and drops the three header lines', () => {
    expect(stripHeader('URL: https://x.org/a\nRETRIEVED-FROM: web archive\n\nBody line')).toEqual({ url: 'https://x.org/a', text: 'Body line' });
  });
});

describe('fitLogistic', () => {
  test('learns a separable rule and gives the same weights every time', () => {
    const examples = Array.from({ length: 40 }, (_, i) => ({ features: { a: i % 2, b: (i * 7) % 3 === 0 ? 1 : 0 }, label: i % 2 === 1, page: String(i) }));
    const first = fitLogistic(examples);
    expect(fitLogistic(examples)).toEqual(first);
    expect(predict(first, { a: 1, b: 0 })).toBeGreaterThan(0.8);
    expect(predict(first, { a: 0, b: 0 })).toBeLessThan(0.2);
  });

  test('gives a feature that never fires no weight', () => {
    const m = fitLogistic([{ features: { a: 1, z: 0 }, label: true, page: 'x' }, { features: { a: 0, z: 0 }, label: false, page: 'y' }]);
    expect(m.features).toEqual(['a']);
  });
});

describe('scorePage', () => {
  const gold = label('p.txt', '2025-05-16', { participants: [{ name: 'Rustem Umerov', country: 'Ukraine', role: 'head' }], outcomes: [{ topic: 'continue-talks', status: 'agreed' }] });
  const json = (over: Partial<DerivedJson> = {}): DerivedJson => ({
    article: { title: 't', publisher: 'p', published: null, url: null },
    rounds: [{ id: 'r', existing: true, date: '2025-05-16', endDate: null, format: 'in-person', venue: { id: 'v', name: 'Dolmabahçe Palace', city: 'Istanbul', country: 'Turkey' }, confidence: 1 }],
    participants: [{ id: 'rustem-umerov', name: 'Rustem Umerov', country: 'Ukraine', role: null, side: 'ukraine', known: true, confidence: 1 }],
    mentioned: [],
    outcomes: [{ topic: 'continuing-talks', status: 'agreed', evidence: '', confidence: 1 }],
    uncertain: [],
    warnings: [],
    ...over,
  });

  test('counts a right day, city, person and outcome, the label\'s topic names mapped to the content\'s', () => {
    const t = scorePage(gold, json()).tallies;
    expect([t.date.tp, t.venue.tp, t.people.tp, t.topic.tp, t['topic+status'].tp]).toEqual([1, 1, 1, 1, 1]);
  });

  test('counts a wrong status against topic and status but not against the topic', () => {
    const t = scorePage(gold, json({ outcomes: [{ topic: 'continuing-talks', status: 'proposed', evidence: '', confidence: 1 }] })).tallies;
    expect([t.topic.tp, t['topic+status'].fp, t['topic+status'].fn]).toEqual([1, 1, 1]);
  });

  test('counts a round found on a page that reports none', () => {
    const t = scorePage(label('n.txt', null), json()).tallies;
    expect([t['no round'].tp, t['no round'].fn, t.date.fp]).toEqual([0, 1, 1]);
    expect(prf(t['no round']).r).toBe(0);
  });

  test('samePerson meets transliterations', () => {
    expect(samePerson('Rustem Umerov', 'Rustam Umerov')).toBe(true);
    expect(samePerson('Mykhailo Podolyak', 'Mikhail Podoliak')).toBe(true);
    expect(samePerson('Rustem Umerov', 'Vladimir Medinsky')).toBe(false);
  });
});

describe('the memories', () => {
  const content = readContent(SEED_CONTENT).content;

  test('cold knows only the outcome topics', () => {
    const k = coldKnowledge(content);
    expect([k.rounds.length, k.participants.size, k.venues.size]).toEqual([0, 0, 0]);
    expect(k.outcomes.size).toBe(content.outcomes.length);
  });

  test('warm forgets a scored article and every fact only it supports', () => {
    const round = content.rounds.find((r) => r.data.sources.length === 1)!;
    const only = round.data.sources[0]!.id;
    const k = warmKnowledge(content, new Set([only]));
    expect(k.rounds.some((r) => r.id === round.id)).toBe(false);
    expect(articlesAt(content, 'https://nowhere.example/')).toEqual(new Set());
  });
});
