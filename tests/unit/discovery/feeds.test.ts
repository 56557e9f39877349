import { describe, expect, test } from 'vitest';
import { htmlText, roundFeedItems, sourceFeedItems } from '../../../src/lib/feeds.ts';
import { paths, SITE, sampleTimeline } from './fixture.ts';

const timeline = sampleTimeline();

describe('roundFeedItems', () => {
  test('lists the latest rounds newest first, each linking to its page under the base', () => {
    const items = roundFeedItems(timeline, paths, SITE);
    expect(items.map((i) => i.link)).toEqual([
      'https://example.org/talks/rounds/2025-05-16-istanbul/',
      'https://example.org/talks/rounds/2022-04-01-video/',
      'https://example.org/talks/rounds/2022-03-29-istanbul/',
      'https://example.org/talks/rounds/2022-03-10-antalya/',
    ]);
    expect(items[0]!.pubDate?.toISOString()).toBe('2025-05-16T00:00:00.000Z');
    expect(items[2]!.description).toBe('29–30 March 2022. Dolmabahçe Palace, Istanbul, Turkey. In person, delegations; held. At the table: Russian Delegation. Outcomes: Ceasefire: proposed; Neutrality: agreed.');
  });

  test('keeps only the latest `limit` rounds', () => {
    expect(roundFeedItems(timeline, paths, SITE, 2).map((i) => i.title)).toEqual(['Round 2025-05-16-istanbul', 'Round 2022-04-01-video']);
  });
});

describe('sourceFeedItems', () => {
  test('lists the sources newest first with the rounds they report', () => {
    const items = sourceFeedItems(timeline, paths, SITE);
    expect(items.map((i) => [i.title, i.link, i.pubDate?.toISOString().slice(0, 10)])).toEqual([
      ['Article a3', 'https://example.org/talks/sources/a3/', '2025-05-16'],
      ['Article a2', 'https://example.org/talks/sources/a2/', '2022-04-01'],
      ['Article a1', 'https://example.org/talks/sources/a1/', '2022-03-09'],
    ]);
    expect(items[1]!.description).toBe('Pub a2. Reports on: Round 2022-03-29-istanbul; Round 2022-04-01-video.');
  });
});

describe('htmlText', () => {
  test('escapes what a feed reader would take for markup', () => {
    expect(htmlText(`<img src=x onerror="alert('1')"> & more`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; more');
  });
});
