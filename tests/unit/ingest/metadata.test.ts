import { describe, expect, test } from 'vitest';
import { cleanArticle } from '../../../src/ingest/clean.ts';
import { findMetadata, readDateline, urlDay } from '../../../src/ingest/metadata.ts';
import { hostOf } from '../../../src/ingest/text.ts';
import { raw } from './helpers.ts';

const NOW = new Date('2026-06-01T00:00:00Z');
const meta = (text: string, options = {}) => findMetadata(cleanArticle(raw(text)), options, NOW);
const BODY = 'Russian and Ukrainian delegations met for a new round of talks, officials said, and agreed to exchange prisoners of war while a ceasefire remained out of reach for now.';

describe('findMetadata', () => {
  test('takes a web archive\'s leading date tag as the publication day', () => {
    expect(meta(` date 2025-05-15 Talks begin in Istanbul today\n\n${BODY}`)).toMatchObject({ published: '2025-05-15', publishedSource: 'archive' });
  });

  test('takes the day in the URL\'s path', () => {
    expect(meta(`Talks end\n\n${BODY}`, { url: 'https://example.com/2022/03/29/talks-end' })).toMatchObject({ published: '2022-03-29', publishedSource: 'url' });
  });

  test('dates a dateline with no year by the weekdays its opening names, past and ahead', () => {
    const text = `Officials to meet\n\nFeb. 27 (UPI) — A Ukrainian delegation will meet Russian officials, the president's office said Sunday.\n\nMeanwhile, France will submit a resolution Monday. ${BODY}`;
    expect(meta(text)).toMatchObject({ published: '2022-02-27', publishedSource: 'dateline', wire: 'UPI' });
  });

  test('takes the latest year a dateline fits when the weekdays fit more than one', () => {
    const text = `Talks end\n\nNew Delhi (India) May 17: The first talks since the 2022 invasion came to an end on Friday. ${BODY}`;
    expect(meta(text).published).toBe('2025-05-17');
  });

  test('takes the year a page prints before the years the text names for a dateline without one', () => {
    expect(meta(`Sunday, July 27, 2025\n\nTalks end\n\nISTANBUL, July 23 — The delegations met again; the war began in 2022. ${BODY}`).published).toBe('2025-07-23');
  });

  test('names the outlet that signs its copy, else the web address, and never "unknown"', () => {
    expect(meta(`Talks begin\n\n${BODY.replace(/\.$/, '')}, writes UNN.`).publisher).toBe('UNN');
    expect(meta(`Talks begin\n\n${BODY}`, { url: 'https://www.news.am/eng/news/1.html' }).publisher).toBe('news.am');
    expect(meta(`Talks begin\n\n${BODY}`).publisher).toBeNull();
  });

  test('names the outlet of a web address as the record does, when it knows that address', () => {
    const clean = cleanArticle(raw(`Talks begin\n\n${BODY}`));
    const record = (host: string) => ({ 'news.am': 'News.am Armenia' })[host];
    expect(findMetadata(clean, { url: 'https://news.am/eng/news/1.html' }, NOW, undefined, record).publisher).toBe('News.am Armenia');
    expect(findMetadata(clean, { url: 'https://other.example/1.html' }, NOW, undefined, record).publisher).toBe('other.example');
  });

  test('takes a headline from the URL when the page shows none, and says so', () => {
    const m = meta(BODY, { url: 'https://example.com/russian-ukrainian-delegations-agree-on-prisoner-swap' });
    // Each word is cased as the text writes it.
    expect(m).toMatchObject({ title: 'Russian Ukrainian delegations agree on prisoner swap', titleSource: 'url' });
    expect(m.warnings.join(' ')).toMatch(/taken from the URL/);
  });

  test('takes the line the URL spells as the headline, not a byline or a site motto above it', () => {
    const text = `Rozane Oliveira – Special for the Mail\n\nRussia, Ukraine agree to exchange prisoners\n\n${BODY}`;
    const m = meta(text, { url: 'https://example.com/world/russia-ukraine-agree-to-exchange-prisoners' });
    expect(m).toMatchObject({ title: 'Russia, Ukraine agree to exchange prisoners', titleSource: 'page', titleParagraph: 0 });
  });

  test('keeps a headline the URL does not spell when the URL is in another language', () => {
    const m = meta(`Talks between the delegations ended\n\n${BODY}`, { url: 'https://example.ru/peregovory-delegacij-rossii-i-ukrainy-zakonchilis' });
    expect(m).toMatchObject({ title: 'Talks between the delegations ended', titleSource: 'page' });
  });

  test('never takes the lead the URL spells as the headline', () => {
    const m = meta(`Home\n\n${BODY}`, { url: 'https://example.com/russian-and-ukrainian-delegations-met-for-a-new-round-of-talks' });
    expect(m.titleParagraph).toBeNull();
    expect(m.titleSource).not.toBe('text');
  });
});

describe('readDateline', () => {
  test('reads the place, day and agency of wire datelines', () => {
    expect(readDateline(['KYIV, March 8 (Xinhua) -- The talks ended.'])).toMatchObject({ city: 'Kyiv', date: 'March 8', agency: 'Xinhua' });
    expect(readDateline(['MOSCOW, May 15. /TASS/. The delegation arrived.'])).toMatchObject({ city: 'Moscow', agency: 'TASS' });
    expect(readDateline(['New Delhi (India) May 17: In less than two hours the talks ended.'])).toMatchObject({ city: 'New Delhi', date: 'May 17', agency: null });
    expect(readDateline(['The talks ended on Monday - officials said.'])).toBeNull();
  });
});

describe('urlDay and hostOf', () => {
  test('read a day in a path and a host without www', () => {
    expect(urlDay('https://x.com/news/2022/03/29/talks')).toBe('2022-03-29');
    expect(urlDay('https://x.com/a/202203/11/WS6.html')).toBe('2022-03-11');
    expect(urlDay('https://x.com/2026/02/talks')).toBeNull();
    expect(hostOf('https://www.Example.com/path?q')).toBe('example.com');
  });
});

describe('the publisher from the page\'s own lines', () => {
  const body = 'Russian and Ukrainian delegations met for a new round of talks, officials said, and agreed to exchange prisoners of war while a ceasefire remained out of reach for now.';
  test('a copyright line, an outlet\'s byline, and a repost\'s "Source:" line', () => {
    expect(findMetadata(cleanArticle(raw(`Talks resume\n\n${body}\n\n© 2024 Example Daily All Rights Reserved.`)), {}, NOW).publisher).toBe('Example Daily');
    expect(findMetadata(cleanArticle(raw(`Talks resume\n\nBy Euronews with AP\n\n${body}`)), {}, NOW).publisher).toBe('Euronews');
    expect(findMetadata(cleanArticle(raw(`Talks resume\n\nBy Asami Terajima\n\n${body}`)), { url: 'https://kyivindependent.com/x' }, NOW).publisher).toBe('kyivindependent.com');
    const repost = findMetadata(cleanArticle(raw(`Talks resume\n\n${body}\n\nSource: Vietnam Insider`)), { url: 'https://times24h.com/x' }, NOW);
    expect([repost.publisher, repost.wire]).toEqual(['times24h.com', 'Vietnam Insider']);
  });
});
