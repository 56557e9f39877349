import { describe, expect, test } from 'vitest';
import { buildTimeline } from '../../../src/lib/timeline.ts';
import { article, content, person, round, topic, venue } from '../helpers.ts';

const cite = (source: string, evidence?: string) => [{ source, evidence }];

/** A round recorded from one article, and a later article whose findings agree, add and contradict. */
function withFindings(findings: Record<string, unknown>[]) {
  return content({
    articles: [
      article('first', '2022-03-10'),
      article('later', '2022-03-30', { review: 'derived', rounds: ['r1'], findings }),
    ],
    participants: [person('dmytro-kuleba'), person('sergey-lavrov'), person('mevlut-cavusoglu')],
    venues: [venue('antalya-forum', 'Antalya'), venue('dolmabahce-palace', 'Istanbul')],
    outcomes: [topic('ceasefire'), topic('continuing-talks')],
    rounds: [
      round('r1', '2022-03-10', {
        venue: 'antalya-forum',
        sources: ['first'],
        cite: { date: cite('first', 'on Thursday'), venue: cite('first', 'in Antalya') },
        parties: [{ participant: 'dmytro-kuleba', side: 'ukraine', cite: cite('first') }],
        outcomes: [{ topic: 'ceasefire', status: 'not-agreed', summary: 'No ceasefire.', cite: cite('first') }],
      }),
    ],
  });
}

describe('merging a later article into a round', () => {
  test('adds the article as a further source of a fact it confirms', () => {
    const t = buildTimeline(withFindings([{ round: 'r1', date: '2022-03-10', evidence: { date: 'met on 10 March' } }]));
    const r = t.round.get('r1')!;
    expect(r.cite.date!.map((c) => [c.article.id, c.evidence])).toEqual([['first', 'on Thursday'], ['later', 'met on 10 March']]);
    expect(r.disagreements).toEqual([]);
    expect(r.sources.map((a) => a.id)).toEqual(['first', 'later']);
  });

  test('records a different venue as an open disagreement and keeps the round\'s own value', () => {
    const t = buildTimeline(withFindings([{ round: 'r1', venue: 'dolmabahce-palace', evidence: { venue: 'talks in Istanbul on 10 March' } }]));
    const r = t.round.get('r1')!;
    expect(r.venue!.id).toBe('antalya-forum');
    expect(r.disagreements).toHaveLength(1);
    const d = r.disagreements[0]!;
    expect(d).toMatchObject({ fact: 'venue', open: true });
    expect(d.values.map((v) => [v.value, v.cite.map((c) => c.article.id)])).toEqual([
      ['Venue antalya-forum, Antalya', ['first']],
      ['Venue dolmabahce-palace, Istanbul', ['later']],
    ]);
    expect(t.disagreements).toContain(d);
  });

  test('records a different date and a different outcome status as disagreements', () => {
    const t = buildTimeline(
      withFindings([
        { round: 'r1', date: '2022-03-11', outcomes: [{ topic: 'ceasefire', status: 'agreed', summary: 'A truce.', evidence: 'agreed a truce' }] },
      ]),
    );
    const r = t.round.get('r1')!;
    expect(r.data.date).toBe('2022-03-10');
    expect(r.outcomes[0]!.status).toBe('not-agreed');
    expect(r.disagreements.map((d) => [d.fact, d.values.map((v) => v.value)])).toEqual([
      ['date', ['2022-03-10', '2022-03-11']],
      ['outcome:ceasefire', ['Not agreed', 'Agreed']],
    ]);
  });

  test('adds new participants and outcomes, marked derived, and marks the round derived', () => {
    const t = buildTimeline(
      withFindings([
        {
          round: 'r1',
          parties: [{ participant: 'mevlut-cavusoglu', side: 'mediator', role: 'Foreign Minister of Turkey', evidence: 'Cavusoglu mediated' }],
          outcomes: [{ topic: 'continuing-talks', status: 'agreed', summary: 'Talks go on.' }],
        },
      ]),
    );
    const r = t.round.get('r1')!;
    expect(r.parties.map((p) => [p.participant.id, p.derived ?? false])).toEqual([['dmytro-kuleba', false], ['mevlut-cavusoglu', true]]);
    expect(r.outcomes.map((o) => [o.topic.id, o.derived ?? false])).toEqual([['ceasefire', false], ['continuing-talks', true]]);
    expect(r.derived).toBe(true);
    expect(t.appearancesOf.get('mevlut-cavusoglu')!.map((a) => a.round.id)).toEqual(['r1']);
    expect(r.facts.map((f) => f.key)).toContain('party:mevlut-cavusoglu');
  });

  test('joins a contradicting value to a disagreement the editors already recorded', () => {
    const c = withFindings([{ round: 'r1', venue: 'dolmabahce-palace' }]);
    c.rounds[0] = round('r1', '2022-03-10', {
      venue: 'antalya-forum',
      sources: ['first'],
      disagreements: [
        {
          fact: 'venue',
          about: 'Where?',
          values: [
            { value: 'Venue antalya-forum, Antalya', cite: cite('first') },
            { value: 'Venue dolmabahce-palace, Istanbul', note: 'A rumour.' },
          ],
          chosen: 'Venue antalya-forum, Antalya',
          reason: 'Reported at the time.',
        },
      ],
    });
    const r = buildTimeline(c).round.get('r1')!;
    expect(r.disagreements).toHaveLength(1);
    expect(r.disagreements[0]!.open).toBe(false);
    expect(r.disagreements[0]!.values[1]!.cite.map((x) => x.article.id)).toEqual(['later']);
  });
});

describe('merging mentions and level', () => {
  test('adds people an article only mentions, and records a different level as a disagreement', () => {
    const t = buildTimeline(
      withFindings([
        {
          round: 'r1',
          level: 'ministers',
          evidence: { level: 'the foreign ministers met' },
          mentions: [{ participant: 'sergey-lavrov', note: 'Commented from Moscow.', evidence: 'Lavrov said in Moscow' }, { participant: 'dmytro-kuleba' }],
        },
      ]),
    );
    const r = t.round.get('r1')!;
    expect(r.mentions.map((m) => m.participant.id)).toEqual(['sergey-lavrov']);
    expect(t.mentionsOf.get('sergey-lavrov')!.map((m) => m.round.id)).toEqual(['r1']);
    expect(r.disagreements.map((d) => [d.fact, d.values.map((v) => v.value)])).toEqual([['level', ['Delegations', 'Ministers']]]);
  });
});
