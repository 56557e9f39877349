import { describe, expect, test } from 'vitest';
import { factsByQuote, Footnotes, quoteAnchor, sourceSteps } from '../../../src/lib/facts.ts';
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

describe('sourceSteps', () => {
  test('lists, day by day, what each report was the first to say, in a few words, with the articles that said it', () => {
    const r = sample();
    expect(sourceSteps(r.facts, r.disagreements).map((s) => [s.date, s.articles.map((a) => a.id), s.added, s.differ])).toEqual([
      ['2022-03-09', ['preview'], [{ label: 'Details', items: ['date'] }, { label: 'At the table', items: ['Dmytro Kuleba'] }], []],
      ['2022-03-10', ['report'], [{ label: 'Outcomes', items: ['Ceasefire not agreed', 'Continuing-talks agreed'] }], []],
      ['2022-03-29', ['later'], [{ label: 'Follow-up', items: ['Continuing-talks carried out', 'Continuing-talks partly carried out'] }], []],
    ]);
  });

  test('shows where a later report gives another account, in words, and leaves out facts no source dates', () => {
    const r = sample();
    const disagreement = { about: 'On which day did the round begin?', chosen: '2022-03-10', values: [
      { value: '2022-03-10', cite: [{ article: r.sources[0]! }] },
      { value: '2022-03-11', cite: [{ article: r.sources[2]! }] },
    ] };
    const steps = sourceSteps(r.facts, [disagreement]);
    expect(steps.find((s) => s.date === '2022-03-29')!.differ).toEqual([{ about: 'On which day did the round begin?', value: '11 March 2022' }]);
    expect(steps.flatMap((s) => s.added.flatMap((g) => g.items))).not.toContain('format');
  });
});

describe('Footnotes', () => {
  test('numbers source articles by publication day, whatever order the page cites them in', () => {
    const r = sample();
    const notes = new Footnotes([...r.facts].reverse().map((f) => f.cite));
    expect(notes.sources.map((n) => [n.number, n.article.id])).toEqual([[1, 'preview'], [2, 'report'], [3, 'later']]);
    expect(notes.number(r.facts.find((f) => f.key === 'outcome:ceasefire')!.cite[0]!)).toBe(2);
  });

  test('gives each quoted sentence its own anchor under its article, and an unquoted citation the article', () => {
    const r = sample();
    const notes = new Footnotes(r.facts.map((f) => f.cite));
    expect(notes.sources.map((n) => n.quotes.map((q) => q.text))).toEqual([['will meet on Thursday'], ['failed to agree a ceasefire'], ['met again']]);
    const ceasefire = r.facts.find((f) => f.key === 'outcome:ceasefire')!.cite[0]!;
    expect(notes.anchor(ceasefire)).toBe(`n2-${quoteAnchor('failed to agree a ceasefire')}`);
    expect(notes.anchor({ article: ceasefire.article })).toBe('note-2');
  });

  test('lists an article that reports the round even where no fact cites it', () => {
    const r = sample();
    const notes = new Footnotes([], r.sources);
    expect(notes.sources.map((n) => n.article.id)).toEqual(['preview', 'report', 'later']);
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
