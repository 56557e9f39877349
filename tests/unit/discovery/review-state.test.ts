/**
 * Drafts stay drafts in every export: each round in rounds.json, the CSV, the
 * calendar and the rounds feed says whether an editor has reviewed it, and so
 * does each source in its feed and each topic in outcomes.json.
 */
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { outcomesData, roundsData } from '../../../src/lib/data-files.ts';
import { NOT_REVIEWED, REVIEWED, roundFeedItems, sourceFeedItems } from '../../../src/lib/feeds.ts';
import { roundsCalendar } from '../../../src/lib/rounds-calendar.ts';
import { roundsCsv } from '../../../src/lib/rounds-csv.ts';
import { buildTimeline } from '../../../src/lib/timeline.ts';
import { article, content, person, round, topic } from '../helpers.ts';
import { paths, SITE } from './fixture.ts';

/** A reviewed round, one drafted by the ingest command, and a reviewed round that a derived article adds a person to. */
function timeline() {
  return buildTimeline(
    content({
      articles: [
        article('a1', '2022-03-10'),
        article('a2', '2025-06-03', { review: 'derived' }),
        article('a3', '2025-05-17', { review: 'derived', findings: [{ round: '2025-05-16-istanbul', parties: [{ participant: 'p', side: 'mediator', evidence: 'chaired' }] }] }),
      ],
      participants: [person('p')],
      outcomes: [topic('ceasefire'), { ...topic('territory'), data: { ...topic('territory').data, review: 'derived' } }],
      rounds: [
        round('2022-03-10-antalya', '2022-03-10', { sources: ['a1'] }),
        round('2025-05-16-istanbul', '2025-05-16', { sources: ['a1'] }),
        round('2025-06-02-istanbul', '2025-06-02', { sources: ['a2'], review: 'derived', outcomes: [{ topic: 'ceasefire', status: 'agreed', summary: 'Ceasefire: agreed, as the article reports.', cite: 'a2' }] }),
      ],
    }),
  );
}
const expected = [
  ['2022-03-10-antalya', 'reviewed'],
  ['2025-05-16-istanbul', 'derived'],
  ['2025-06-02-istanbul', 'derived'],
];

describe('the review state in every export', () => {
  const t = timeline();
  const records = roundsData(t, paths, SITE);

  test('rounds.json says `derived` for a drafted round and for a reviewed round with an unreviewed fact on it', () => {
    expect(records.map((r) => [r.id, r.review])).toEqual(expected);
  });

  test('the CSV has a review column', () => {
    const rows = parse(roundsCsv(records), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.id, r.review])).toEqual(expected);
  });

  test('the calendar marks each event with X-REVIEW, and says in words when a round is not yet reviewed', () => {
    const events = new ICAL.Component(ICAL.parse(roundsCalendar(records, { name: 'Talks', url: 'https://example.org/' }))).getAllSubcomponents('vevent');
    expect(events.map((e) => [e.getFirstPropertyValue('uid'), e.getFirstPropertyValue('x-review')])).toEqual(expected.map(([id, review]) => [`${id}@example.org`, review]));
    expect(String(events[2]!.getFirstPropertyValue('description'))).toMatch(/^Not yet reviewed by an editor/);
    expect(String(events[0]!.getFirstPropertyValue('description'))).not.toMatch(/reviewed/);
  });

  test('the feeds put each item\'s review state in its categories, and a draft\'s description says so first', () => {
    const rounds = roundFeedItems(t, paths, SITE);
    expect(rounds.map((i) => [i.title, i.categories?.at(-1)])).toEqual([
      ['Round 2025-06-02-istanbul', NOT_REVIEWED],
      ['Round 2025-05-16-istanbul', NOT_REVIEWED],
      ['Round 2022-03-10-antalya', REVIEWED],
    ]);
    expect(rounds[0]!.description).toMatch(/^Not yet reviewed by an editor\./);
    expect(rounds[2]!.description).not.toMatch(/reviewed/);
    const sources = sourceFeedItems(t, paths, SITE);
    expect(sources.map((i) => [i.title, i.categories?.at(-1)])).toEqual([
      ['Article a2', NOT_REVIEWED],
      ['Article a3', NOT_REVIEWED],
      ['Article a1', REVIEWED],
    ]);
  });

  test('outcomes.json carries each topic\'s review state', () => {
    expect(outcomesData(t, paths, SITE).map((o) => [o.id, o.review])).toEqual([['ceasefire', 'reviewed'], ['territory', 'derived']]);
  });
});
