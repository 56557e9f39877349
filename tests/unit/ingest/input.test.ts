import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { derive } from '../../../src/ingest/derive.ts';
import { isHtml, MAX_BYTES, readRawArticle, stripTags } from '../../../src/ingest/input.ts';
import { inbox, raw, seedKnowledge } from './helpers.ts';

const { dir, file, reason } = inbox('ingest-input');
const ingest = (name: string, text: string) => reason(() => derive(raw(text, name), {}, seedKnowledge()));

describe('readRawArticle', () => {
  test('refuses an empty file, naming it', () => {
    expect(reason(() => readRawArticle(file('empty.txt', '  \n')))).toMatchInlineSnapshot(`"<dir>/empty.txt: the file is empty; save the article text or page into it first"`);
  });

  test('refuses a binary file', () => {
    expect(reason(() => readRawArticle(file('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]))))).toMatchInlineSnapshot(`"<dir>/photo.txt: the file is binary (an image, PDF or archive?); save the article as text or HTML"`);
  });

  test('refuses text that is not UTF-8 and says how to re-save it', () => {
    expect(reason(() => readRawArticle(file('latin1.txt', Buffer.from('Gespr\xe4che in Genf \xfcber einen Waffenstillstand', 'latin1'))))).toMatchInlineSnapshot(`"<dir>/latin1.txt: the file is not UTF-8 text; re-save it as UTF-8 (in most editors: Save As, encoding UTF-8)"`);
  });

  test('refuses a file over the size limit before reading it', () => {
    const big = file('big.txt', Buffer.alloc(MAX_BYTES + 1, 'a'));
    expect(reason(() => readRawArticle(big))).toMatchInlineSnapshot(`"<dir>/big.txt: the file is 2.0 MB, over the 2 MB limit for one article; save only the article's page or text"`);
  });

  test('refuses a path that does not exist', () => {
    expect(reason(() => readRawArticle(path.join(dir, 'missing.txt')))).toMatchInlineSnapshot(`"<dir>/missing.txt: no such file; check the path"`);
  });
});

describe('derive on texts that are not articles', () => {
  test('refuses a cookie notice', () => {
    expect(ingest('cookies.txt', 'We use cookies\nAccept all\nReject all\nCookie settings\nThis website uses cookies to improve your experience.')).toMatchInlineSnapshot(`"cookies.txt: no article text found (0 words left after removing page furniture); save the page with the article in it, or its text"`);
  });

  test('refuses an article that mentions no negotiation', () => {
    const sport = 'Local club wins the cup\n\n' + 'The home side scored twice in the second half to win the regional cup final on Saturday, delighting a crowd of several thousand supporters at the stadium. '.repeat(3);
    expect(ingest('sport.txt', sport)).toMatchInlineSnapshot(`"sport.txt: the text mentions no Russia–Ukraine talks (no meeting, talks or negotiations); is this the right file?"`);
  });

  test('refuses a saved page that holds only scripts', () => {
    const html = '<!doctype html><html><head><script>var talks = "Russia Ukraine talks meeting";</script></head><body><script>document.write("negotiations in Istanbul")</script></body></html>';
    expect(ingest('scripts.html', html)).toMatch(/^scripts\.html: no article text found/);
  });

  test('keeps the script text of a saved page out of everything it derives', () => {
    const html = `<!doctype html><html><head><title>Talks in Istanbul</title><script>var x = "Vladimir Putin attended";</script></head><body><article><h1>Talks in Istanbul</h1><p>Russian and Ukrainian delegations met in Istanbul on Tuesday and agreed to exchange prisoners of war, officials said after the talks.</p><p>The meeting at a palace on the Bosphorus lasted about three hours and was opened by the Turkish foreign minister.</p><p>Both sides said they would report to their capitals before deciding on a further round of negotiations.</p></article><script>alert("Volodymyr Zelensky")</script></body></html>`;
    const d = derive(raw(html, 'page.html'), { published: '2022-03-29' }, seedKnowledge());
    expect(JSON.stringify(d.table) + JSON.stringify(d.mentioned)).not.toMatch(/putin|zelensky/i);
    expect(d.round?.date).toBe('2022-03-29');
  });
});

describe('isHtml', () => {
  test('takes a .html or .htm file with markup as a page', () => {
    expect(isHtml('page.html', '<div><p>Talks</p></div>')).toBe(true);
    expect(isHtml('page.HTM', '<p>Talks</p>')).toBe(true);
  });

  test('takes a file of any name that starts as a document does as a page', () => {
    expect(isHtml('page.txt', '  <!-- saved -->\n<!DOCTYPE html><html><body>x</body></html>')).toBe(true);
    expect(isHtml('page', '<html lang="en"><body>x</body></html>')).toBe(true);
  });

  test('reads a .txt file with stray tags in it as text', () => {
    expect(isHtml('a.txt', 'Talks in Geneva: <script>alert(1)</script>\n\nThe delegations met.')).toBe(false);
    expect(isHtml('a.txt', 'Headline\n\nSwiss <p>x</p> Foreign Minister')).toBe(false);
  });

  test('reads a .html file holding no markup at all as text', () => {
    expect(isHtml('a.html', 'Headline\n\nThe delegations met in Geneva.')).toBe(false);
  });
});

describe('stripTags', () => {
  test('drops tags and keeps the words between them', () => {
    expect(stripTags('Talks in <b>Geneva</b>: <script>alert(1)</script> <p>x</p>')).toBe('Talks in Geneva: alert(1) x');
  });

  test('keeps angle brackets that are not tags', () => {
    expect(stripTags('a < b and c > d, 3 <4')).toBe('a < b and c > d, 3 <4');
  });
});
