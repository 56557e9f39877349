import { describe, expect, test } from 'vitest';
import { cleanArticle, cleanLines, findTitleLine } from '../../../src/ingest/clean.ts';
import { raw } from './helpers.ts';

describe('cleanLines', () => {
  test('drops comment forms, source links, ad and subscribe lines', () => {
    const { kept } = cleanLines(['The talks began on Monday.', 'Source link', 'Please enter your comment!', 'Please enter your name here', 'your ad here', 'Subscribe Example News Youtube Channel', 'leave a reply']);
    expect(kept).toEqual(['The talks began on Monday.']);
  });

  const body = 'Delegations from Russia and Ukraine met in Istanbul on Monday for the second round of direct talks, which lasted a little over an hour and ended with an agreement to exchange more prisoners of war and the bodies of soldiers killed in the fighting.';

  test('cuts everything after a "Latest News" or "More Articles Like This" tail', () => {
    expect(cleanLines([body, 'Latest News', 'Football elections delayed', 'A long unrelated story.']).kept).toEqual([body]);
    expect(cleanLines([body, 'More Articles Like This', 'Other']).kept).toEqual([body]);
    expect(cleanLines([body, 'Related Sources:']).kept).toEqual([body]);
  });

  test('reads a "Related Posts" heading above the article as page furniture, not as the end of it', () => {
    const { kept, removed } = cleanLines(['Related Posts', 'Talks end in Istanbul', body]);
    expect(kept).toEqual(['Talks end in Istanbul', body]);
    expect(removed).toContain('Related Posts');
  });

  test('drops a menu printed on one line, and keeps a headline with a bar in it', () => {
    const { kept, removed } = cleanLines(['Home | World | Politics | Sport', 'News • Video • Opinion', 'Talks end in Istanbul | Europe', body]);
    expect(removed).toEqual(['Home | World | Politics | Sport', 'News • Video • Opinion']);
    expect(kept).toEqual(['Talks end in Istanbul | Europe', body]);
  });

  test('drops the text of icons as screen readers get it', () => {
    expect(cleanLines(['Search icon A magnifying glass. It indicates, "Click to perform a search".', body]).kept).toEqual([body]);
  });

  test('drops site addresses, copyright lines and author slugs', () => {
    const { kept, removed } = cleanLines(['hm-atif-wafik', 'Talks resumed.', '© 2024 Example Daily All Rights Reserved. Design by Someone', 'www.example-daily.com', 'Address: 10 Main Road, Dhaka']);
    expect(kept).toEqual(['Talks resumed.']);
    expect(removed).toContain('© 2024 Example Daily All Rights Reserved. Design by Someone');
  });

  test('keeps one copy of a photo caption printed twice, without its credit', () => {
    const caption = 'The president welcomed the negotiators || Photo: Collected';
    expect(cleanLines([caption, caption, 'Body text.']).kept).toEqual(['The president welcomed the negotiators', 'Body text.']);
  });

  test('sets aside a date printed alone on a line as a header date', () => {
    const result = cleanLines(['Sunday, March 3, 2024', 'Headline here today', 'Body.']);
    expect(result.dates).toEqual(['Sunday, March 3, 2024']);
    expect(result.kept).toEqual(['Headline here today', 'Body.']);
  });

  test('takes a credit glued to the last word off the text', () => {
    const { kept, removed } = cleanLines(['He said "we do not bargain"._examplenews']);
    expect(kept).toEqual(['He said "we do not bargain".']);
    expect(removed).toContain('_examplenews');
  });
});

describe('findTitleLine', () => {
  test('skips a standfirst that ends in a full stop and takes the headline after it', () => {
    expect(findTitleLine(['Ministers met in Turkey and made no progress on a ceasefire.', 'Talks Stall, but May Resume', 'Body.'])).toBe(1);
  });
});

describe('cleanArticle', () => {
  test('reads a saved page through Readability: no navigation, footer or script text', () => {
    const html = `<!doctype html><html><head><title>Talks resume | Example Post</title><meta property="og:site_name" content="Example Post">
      <script>var secret = "SCRIPT-TEXT";</script></head><body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
      <article><h1>Talks resume</h1>${'<p>Russian and Ukrainian negotiators met again on Friday in Istanbul and discussed a ceasefire and prisoner exchanges at length.</p>'.repeat(4)}</article>
      <footer>© 2022 Example Post</footer><script>document.write("MORE-SCRIPT")</script></body></html>`;
    const clean = cleanArticle(raw(html, 'page.html'));
    expect(clean.title).toBe('Talks resume');
    expect(clean.hints.siteName).toBe('Example Post');
    const text = clean.paragraphs.join('\n');
    expect(text).toContain('negotiators met again');
    expect(text).not.toMatch(/SCRIPT-TEXT|MORE-SCRIPT|Home|Sport|©/);
  });
});
