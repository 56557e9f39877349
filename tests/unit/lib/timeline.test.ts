import { describe, expect, test } from 'vitest';
import { ContentError } from '../../../src/lib/problems.ts';
import { buildTimeline, compareRounds } from '../../../src/lib/timeline.ts';
import { article, content, person, round, topic, venue } from '../helpers.ts';

const cite = (source: string, evidence?: string) => [{ source, evidence }];

function sample() {
  return content({
    articles: [article('a1', '2022-03-09'), article('a2', '2022-03-30'), article('a3', '2025-05-16')],
    participants: [person('dmytro-kuleba'), person('sergey-lavrov'), person('russian-delegation', { kind: 'delegation' })],
    venues: [venue('dolmabahce-palace', 'Istanbul'), venue('antalya-forum', 'Antalya')],
    outcomes: [topic('ceasefire'), topic('neutrality')],
    rounds: [
      // Deliberately out of order: the model sorts.
      round('2025-05-16-istanbul', '2025-05-16', {
        venue: 'dolmabahce-palace',
        sources: ['a3'],
        outcomes: [{ topic: 'ceasefire', status: 'agreed', summary: 'Agreed.', cite: cite('a3') }],
      }),
      round('2022-03-10-antalya', '2022-03-10', {
        level: 'ministers',
        venue: 'antalya-forum',
        sources: ['a1'],
        parties: [
          { participant: 'dmytro-kuleba', side: 'ukraine', lead: true, cite: cite('a1', 'Kuleba will meet Lavrov') },
          { participant: 'sergey-lavrov', side: 'russia', cite: cite('a1') },
        ],
        outcomes: [{ topic: 'ceasefire', status: 'not-agreed', summary: 'No ceasefire.', cite: cite('a1') }],
      }),
      round('2022-03-29-istanbul', '2022-03-29', {
        venue: 'dolmabahce-palace',
        sources: ['a2'],
        parties: [{ participant: 'russian-delegation', side: 'russia', cite: cite('a2') }],
        outcomes: [
          { topic: 'ceasefire', status: 'proposed', summary: 'Proposed.', cite: cite('a2') },
          { topic: 'neutrality', status: 'proposed', summary: 'Neutrality offered.', cite: cite('a2') },
        ],
      }),
    ],
  });
}

describe('buildTimeline', () => {
  test('orders rounds by date whatever the file order', () => {
    const t = buildTimeline(sample());
    expect(t.rounds.map((r) => r.id)).toEqual(['2022-03-10-antalya', '2022-03-29-istanbul', '2025-05-16-istanbul']);
  });

  test('links each round to the previous and next one', () => {
    const t = buildTimeline(sample());
    const middle = t.round.get('2022-03-29-istanbul')!;
    expect(middle.previous?.id).toBe('2022-03-10-antalya');
    expect(middle.next?.id).toBe('2025-05-16-istanbul');
    expect(t.rounds[0]!.previous).toBeUndefined();
    expect(t.rounds.at(-1)!.next).toBeUndefined();
  });

  test('groups rounds by year and puts the three-year gap before the 2025 round', () => {
    const t = buildTimeline(sample());
    expect(t.years.map((y) => [y.year, y.rounds.length])).toEqual([[2022, 2], [2025, 1]]);
    expect(t.gaps).toHaveLength(1);
    expect(t.gaps[0]).toMatchObject({ words: '3 years 1 month', emptyYears: [2023, 2024] });
    expect(t.years[1]!.items.map((i) => i.kind)).toEqual(['gap', 'round']);
  });

  test('does not mark short pauses as gaps', () => {
    const t = buildTimeline(sample());
    expect(t.gaps.some((g) => g.to.id === '2022-03-29-istanbul')).toBe(false);
  });

  test('indexes the rounds each participant attended, with side and role', () => {
    const t = buildTimeline(sample());
    expect(t.appearancesOf.get('dmytro-kuleba')!.map((a) => [a.round.id, a.party.side, a.party.lead])).toEqual([['2022-03-10-antalya', 'ukraine', true]]);
    expect(t.appearancesOf.get('russian-delegation')!.map((a) => a.round.id)).toEqual(['2022-03-29-istanbul']);
  });

  test('indexes rounds by venue in date order', () => {
    const t = buildTimeline(sample());
    expect(t.roundsAt.get('dolmabahce-palace')!.map((r) => r.id)).toEqual(['2022-03-29-istanbul', '2025-05-16-istanbul']);
  });

  test('gives an outcome topic its history round by round: not agreed, proposed, agreed', () => {
    const t = buildTimeline(sample());
    expect(t.historyOf.get('ceasefire')!.map((h) => [h.round.id, h.outcome.status])).toEqual([
      ['2022-03-10-antalya', 'not-agreed'],
      ['2022-03-29-istanbul', 'proposed'],
      ['2025-05-16-istanbul', 'agreed'],
    ]);
  });

  test('indexes the facts each article supports and the rounds it reports', () => {
    const t = buildTimeline(sample());
    const facts = t.factsFrom.get('a1')!.map((f) => f.key);
    expect(facts).toEqual(expect.arrayContaining(['party:dmytro-kuleba', 'party:sergey-lavrov', 'outcome:ceasefire']));
    expect(t.roundsIn.get('a2')!.map((r) => r.id)).toEqual(['2022-03-29-istanbul']);
  });

  test('names the leader of each side: the party marked lead, or the only party on a side', () => {
    const t = buildTimeline(sample());
    const antalya = t.round.get('2022-03-10-antalya')!;
    expect(antalya.leads.ukraine!.map((p) => p.participant.id)).toEqual(['dmytro-kuleba']);
    expect(antalya.leads.russia!.map((p) => p.participant.id)).toEqual(['sergey-lavrov']);
  });

  test('reports every reference that points nowhere, with file and field, in one error', () => {
    const c = sample();
    c.rounds.push(
      round('2022-04-01-video', '2022-04-01', {
        format: 'video',
        sources: ['missing-article'],
        parties: [{ participant: 'nobody', side: 'ukraine', cite: cite('a1') }],
      }),
    );
    let error: unknown;
    try {
      buildTimeline(c);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    const problems = (error as ContentError).problems;
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['content/rounds/2022-04-01-video.md', 'parties[0].participant'],
      ['content/rounds/2022-04-01-video.md', 'sources[0]'],
    ]);
    expect((error as Error).message).toContain('no entry `nobody` in content/participants/; check the spelling, or add content/participants/nobody.md');
  });
});

describe('compareRounds', () => {
  test('breaks ties on the same day by end date, then status, then title, so order never depends on files', () => {
    const a = round('x-b', '2022-03-10', { title: 'B' });
    const b = round('x-a', '2022-03-10', { title: 'A' });
    const mentioned = round('x-m', '2022-03-10', { title: 'A', status: 'mentioned' });
    const long = round('x-l', '2022-03-10', { title: 'A', endDate: '2022-03-12' });
    expect([long, mentioned, a, b].sort(compareRounds).map((r) => r.id)).toEqual(['x-a', 'x-b', 'x-m', 'x-l']);
  });
});

describe('articlesByYear', () => {
  test('groups sources by year of publication, newest first', async () => {
    const { articlesByYear } = await import('../../../src/lib/sources.ts');
    const years = articlesByYear(buildTimeline(sample()));
    expect(years.map((y) => [y.year, y.articles.map((a) => a.id)])).toEqual([
      [2025, ['a3']],
      [2022, ['a2', 'a1']],
    ]);
  });
});
