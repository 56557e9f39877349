import { describe, expect, test } from 'vitest';
import { factsByQuote, Footnotes, quoteAnchor, snapshots } from '../../../src/lib/facts.ts';
import { buildTimeline } from '../../../src/lib/timeline.ts';
import { article, content, person, round, topic } from '../helpers.ts';

function sample() {
  return buildTimeline(
    content({
      articles: [article('preview', '2022-03-09'), article('report', '2022-03-10'), article('later', '2022-03-29')],
      participants: [person('dmytro-kuleba')],
      outcomes: [topic('ceasefire'), topic('continuing-talks')],
      rounds: [
        round('r1', '2022-03-10', {
          sources: ['preview', 'report', 'later'],
          cite: { date: [{ source: 'preview', evidence: 'will meet on Thursday' }, { source: 'report' }] },
          parties: [{ participant: 'dmytro-kuleba', side: 'ukraine', cite: [{ source: 'preview', evidence: 'will meet on Thursday' }] }],
          outcomes: [
            { topic: 'ceasefire', status: 'not-agreed', summary: 'No truce.', cite: [{ source: 'report', evidence: 'failed to agree a ceasefire' }] },
            {
              topic: 'continuing-talks',
              status: 'agreed',
              summary: 'Talks go on.',
              cite: [{ source: 'report' }],
              followUp: [
                { status: 'done', date: '2022-03-29', summary: 'Met again.', cite: [{ source: 'later', evidence: 'met again' }] },
                { status: 'partly-done', summary: 'Some follow-up.', cite: [{ source: 'later' }] },
              ],
            },
          ],
        }),
      ],
    }),
  ).round.get('r1')!;
}

describe('collectFacts', () => {
  test('lists a round\'s facts in page order, each with the day it was first reported', () => {
    const r = sample();
    expect(r.facts.map((f) => [f.key, f.firstReported])).toEqual([
      ['date', '2022-03-09'],
      ['format', undefined],
      ['level', undefined],
      ['party:dmytro-kuleba', '2022-03-09'],
      ['outcome:ceasefire', '2022-03-10'],
      ['outcome:continuing-talks', '2022-03-10'],
      ['follow-up:continuing-talks:0', '2022-03-29'],
      ['follow-up:continuing-talks:1', '2022-03-29'],
    ]);
    expect(r.facts.find((f) => f.key === 'outcome:ceasefire')!.value).toBe('Not agreed: No truce.');
  });
});

describe('snapshots', () => {
  test('shows what was known as of each source date, adding up', () => {
    const s = snapshots(sample().facts);
    expect(s.map((x) => [x.date, x.added.length, x.known])).toEqual([
      ['2022-03-09', 2, 2],
      ['2022-03-10', 2, 4],
      ['2022-03-29', 2, 6],
    ]);
  });
});

describe('Footnotes', () => {
  test('numbers citations in order and gives the same article and quote the same number', () => {
    const r = sample();
    const notes = new Footnotes(r.facts.map((f) => f.cite));
    expect(notes.notes.map((n) => [n.number, n.ref.article.id, n.ref.evidence ?? null])).toEqual([
      [1, 'preview', 'will meet on Thursday'],
      [2, 'report', null],
      [3, 'report', 'failed to agree a ceasefire'],
      [4, 'later', 'met again'],
      [5, 'later', null],
    ]);
    expect(notes.number(r.facts[3]!.cite[0]!)).toBe(1);
  });
});

describe('factsByQuote', () => {
  test('groups the facts an article supports under the sentence quoted for them, unquoted last', () => {
    const r = sample();
    const groups = factsByQuote('report', r.facts);
    expect(groups.map((g) => [g.quote ?? null, g.facts.map((f) => f.key)])).toEqual([
      ['failed to agree a ceasefire', ['outcome:ceasefire']],
      [null, ['date', 'outcome:continuing-talks']],
    ]);
    expect(groups[0]!.anchor).toBe(quoteAnchor('failed to agree a ceasefire'));
  });

  test('gives a quote the same anchor however its spacing or case differ', () => {
    expect(quoteAnchor('Failed  to agree')).toBe(quoteAnchor('failed to agree'));
    expect(quoteAnchor('failed to agree')).toMatch(/^q-[0-9a-f]{8}$/);
    expect(quoteAnchor('a')).not.toBe(quoteAnchor('b'));
  });
});
