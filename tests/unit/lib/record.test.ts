/**
 * The fixture record (tests/fixtures/record) read by the real model: what the
 * home page and round pages are built from, checked against the content itself,
 * so the checks stay true when the fixture grows.
 */
import { describe, expect, test } from 'vitest';
import { readContent } from '../../../src/lib/content-files.ts';
import { homeView } from '../../../src/lib/home.ts';
import { periodsOf } from '../../../src/lib/periods.ts';
import { buildTimeline } from '../../../src/lib/timeline.ts';
import { firstSentence } from '../../../src/lib/lede.ts';

const { content, problems } = readContent('tests/fixtures/record/content');
const timeline = buildTimeline(content);

describe('the fixture record', () => {
  test('is valid content', () => {
    expect(problems.filter((p) => p.severity !== 'warning')).toEqual([]);
  });

  test('falls into periods at its long gaps, every round in exactly one, in date order', () => {
    const periods = periodsOf(timeline.rounds, timeline.gaps);
    expect(periods.flatMap((p) => p.rounds)).toEqual(timeline.rounds);
    expect(periods.length).toBe(timeline.gaps.length + 1);
    for (const p of periods.slice(1)) expect(p.gapBefore!.days).toBeGreaterThanOrEqual(90);
  });

  test('gives each reviewed round its first sentence as its line, and a derived round none', () => {
    for (const round of timeline.rounds) {
      if (round.data.review === 'derived') expect(round.lede, round.id).toBe('');
      else expect(round.lede, round.id).toBe(firstSentence(round.entry.body!.trim().split(/\n\s*\n/)[0]!.replace(/\s+/g, ' ')));
    }
    expect(timeline.rounds.some((r) => r.data.review === 'derived')).toBe(true);
  });

  test('never turns the ingest command\'s words into a fact a page states', () => {
    for (const round of timeline.rounds) for (const fact of round.facts) expect(fact.value, `${round.id} ${fact.key}`).not.toMatch(/as the article reports|ingest command/);
  });

  test('numbers every round on the home page in date order', () => {
    const view = homeView(timeline);
    expect(view.kind).toBe('full');
    if (view.kind === 'full') expect(timeline.rounds.map((r) => view.numbers.get(r.id))).toEqual(timeline.rounds.map((_, i) => i + 1));
  });
});
