import { describe, expect, test } from 'vitest';
import { sidesAtTable } from '../../../src/lib/sides.ts';
import { buildTimeline } from '../../../src/lib/timeline.ts';
import { article, content, person, round } from '../helpers.ts';

describe('sidesAtTable', () => {
  test('names each side\'s leader alone, or, where none is named, its first people and how many more, so no side is left out', () => {
    const cite = [{ source: 'a' }];
    const t = buildTimeline(
      content({
        articles: [article('a', '2022-03-03')],
        participants: ['m', 'r2', 'u1', 'u2', 'u3', 'h', 'o'].map((id) => person(id)),
        rounds: [
          round('2022-03-03-r', '2022-03-03', {
            sources: ['a'],
            parties: [
              { participant: 'm', side: 'russia', lead: true, cite },
              { participant: 'r2', side: 'russia', cite },
              { participant: 'u1', side: 'ukraine', cite },
              { participant: 'u2', side: 'ukraine', cite },
              { participant: 'u3', side: 'ukraine', cite },
              { participant: 'h', side: 'host', cite },
              { participant: 'o', side: 'observer', cite },
            ],
          }),
        ],
      }),
    );
    expect(sidesAtTable(t.rounds[0]!).map((s) => [s.side, s.people.map((p) => p.participant.id), s.more])).toEqual([
      ['russia', ['m'], 0],
      ['ukraine', ['u1', 'u2'], 1],
      ['host', ['h'], 0],
    ]);
  });
});
