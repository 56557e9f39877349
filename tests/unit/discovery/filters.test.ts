import { describe, expect, test } from 'vitest';
import { FACETS, filterLists, filterPath, filterRounds, filterTitle } from '../../../src/lib/filters.ts';
import { paths, sampleTimeline, seedTimeline } from './fixture.ts';

const ids = (rounds: { id: string }[]) => rounds.map((r) => r.id);

describe('filterRounds', () => {
  const { rounds } = sampleTimeline();

  test('keeps the rounds at one level, in date order', () => {
    expect(ids(filterRounds(rounds, 'level', 'delegations'))).toEqual(['2022-03-29-istanbul', '2022-04-01-video']);
    expect(ids(filterRounds(rounds, 'level', 'ministers'))).toEqual(['2022-03-10-antalya']);
    expect(ids(filterRounds(rounds, 'level', 'leaders'))).toEqual(['2025-05-16-istanbul']);
  });

  test('keeps the rounds of one format', () => {
    expect(ids(filterRounds(rounds, 'format', 'video'))).toEqual(['2022-04-01-video']);
    expect(filterRounds(rounds, 'format', 'in-person')).toHaveLength(3);
  });

  test('keeps a round under every status one of its outcomes reached', () => {
    expect(ids(filterRounds(rounds, 'outcome', 'agreed'))).toEqual(['2022-03-29-istanbul']);
    expect(ids(filterRounds(rounds, 'outcome', 'proposed'))).toEqual(['2022-03-29-istanbul']);
    expect(ids(filterRounds(rounds, 'outcome', 'not-agreed'))).toEqual(['2022-03-10-antalya']);
    expect(ids(filterRounds(rounds, 'outcome', 'discussed'))).toEqual(['2025-05-16-istanbul']);
  });

  test('names the fix when the facet or value is unknown', () => {
    expect(() => filterRounds(rounds, 'colour' as never, 'red')).toThrowErrorMatchingInlineSnapshot(`[RangeError: \`colour\` is not a filter; use one of \`level\`, \`format\`, \`outcome\`]`);
    expect(() => filterRounds(rounds, 'level', 'generals')).toThrowErrorMatchingInlineSnapshot(`[RangeError: \`generals\` is not a level; use one of \`leaders\`, \`ministers\`, \`delegations\`]`);
  });
});

describe('filterLists', () => {
  test('has one list per facet value, empty ones included, so every address exists', () => {
    const lists = filterLists(sampleTimeline().rounds);
    expect(lists.map((l) => `${l.facet}/${l.value}`)).toEqual([
      'level/leaders', 'level/ministers', 'level/delegations',
      'format/in-person', 'format/video',
      'outcome/agreed', 'outcome/not-agreed', 'outcome/proposed', 'outcome/discussed',
    ]);
  });

  test('on the seed content, every round is under exactly one level and one format', () => {
    const { rounds } = seedTimeline();
    const lists = filterLists(rounds);
    for (const facet of ['level', 'format'] as const) {
      const counted = lists.filter((l) => l.facet === facet).flatMap((l) => ids(l.rounds));
      expect(counted.sort(), facet).toEqual(ids(rounds).sort());
    }
    expect(Object.keys(FACETS)).toEqual(['level', 'format', 'outcome']);
  });
});

describe('filterPath and filterTitle', () => {
  test('give the address under the base and a title in words', () => {
    expect(filterPath(paths, 'level', 'ministers')).toBe('/talks/rounds/level/ministers/');
    expect(filterTitle({ facet: 'level', label: 'Ministers' })).toBe('Rounds at the level of ministers');
    expect(filterTitle({ facet: 'format', label: 'Video call' })).toBe('Rounds held by video call');
    expect(filterTitle({ facet: 'format', label: 'In person' })).toBe('Rounds held in person');
    expect(filterTitle({ facet: 'outcome', label: 'Not agreed' })).toBe('Rounds with an outcome not agreed');
  });
});
