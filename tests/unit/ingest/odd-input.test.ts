/**
 * Inputs that are not a plain UTF-8 article file get a sentence or are read
 * as the article they are: folders, links, devices, UTF-16 and legacy page
 * encodings, control and bidirectional formatting characters, and the same
 * article saved again with other line ends or spaces.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkRawArticle, normalisedText, readRawArticle } from '../../../src/ingest/input.ts';
import { findControls } from '../../../src/lib/plain-text.ts';
import { contentCopy, GENEVA_PREVIEW, inbox, ingest, listFiles } from './helpers.ts';

const { dir, file, reason } = inbox('ingest-odd');
const TEXT = 'Talks in Geneva\n\nRussian and Ukrainian delegations met in Geneva on Thursday.\n';

describe('readRawArticle on things that are not article files', () => {
  test('says a folder is a folder, and how to give its files', () => {
    fs.mkdirSync(path.join(dir, 'saved.txt'));
    expect(reason(() => readRawArticle(path.join(dir, 'saved.txt')))).toMatchInlineSnapshot(`"<dir>/saved.txt: this is a folder, not an article; give the article files in it, e.g. \`folder/*.txt\`"`);
  });

  test('says a link points at nothing, naming where it points', () => {
    fs.symlinkSync(path.join(dir, 'gone.txt'), path.join(dir, 'dangling.txt'));
    expect(reason(() => readRawArticle(path.join(dir, 'dangling.txt')))).toMatchInlineSnapshot(`"<dir>/dangling.txt: this is a link to \`<dir>/gone.txt\`, which does not exist; give the article file itself"`);
  });

  test('reads the article a link points at', () => {
    fs.symlinkSync(file('real.txt', TEXT), path.join(dir, 'link.txt'));
    expect(readRawArticle(path.join(dir, 'link.txt')).text).toBe(TEXT);
  });

  test('says a pipe or device is not a file', () => {
    const fifo = path.join(dir, 'pipe.txt');
    spawnSync('mkfifo', [fifo]);
    expect(reason(() => readRawArticle(fifo))).toMatchInlineSnapshot(`"<dir>/pipe.txt: this is not a regular file (a device, pipe or socket); save the article to a file first"`);
    expect(reason(() => readRawArticle('/dev/zero'))).toMatch(/not a regular file/);
  });
});

describe('readRawArticle on other encodings', () => {
  const utf8 = readRawArticle(file('utf8.txt', TEXT));

  test.each([
    ['UTF-16 little-endian with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])],
    ['UTF-16 big-endian with a byte-order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, 'utf16le').swap16()])],
    ['UTF-16 little-endian without a byte-order mark', Buffer.from(TEXT, 'utf16le')],
    ['UTF-8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)])],
  ])('reads %s as the same article', (_, bytes) => {
    const read = checkRawArticle('article.txt', bytes);
    expect(read.text).toBe(utf8.text);
    expect(read.sha256).toBe(utf8.sha256);
  });

  test('says UTF-32 cannot be read, and how to save it', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), ...[...'Talks'].map((c) => Buffer.from([c.charCodeAt(0), 0, 0, 0]))]);
    expect(reason(() => checkRawArticle('wide.txt', bytes))).toMatchInlineSnapshot(`"wide.txt: the file is UTF-32 text, which the command does not read; re-save it as UTF-8 (in most editors: Save As, encoding UTF-8)"`);
  });

  test('reads a saved page in the legacy encoding it declares', () => {
    const html = '<html><head><meta charset="windows-1251"><title>Переговоры</title></head><body><p>Переговоры в Стамбуле</p></body></html>';
    const bytes = Buffer.from(new TextEncoder().encode(html).length ? [...html].map((c) => windows1251(c)) : []);
    const read = checkRawArticle('page.html', bytes);
    expect(read.encoding).toBe('windows-1251');
    expect(read.text).toContain('Переговоры в Стамбуле');
  });
});

/** One character in Windows-1251 (Cyrillic letters and ASCII). */
function windows1251(c: string): number {
  const code = c.charCodeAt(0);
  if (code < 0x80) return code;
  if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
  throw new Error(`not in the test's table: ${c}`);
}

describe('control and bidirectional formatting characters', () => {
  test('are dropped from a text as it is read; a stray NUL does not make it binary', () => {
    const more = ' The delegations met for three hours and agreed to meet again.'.repeat(20);
    const read = checkRawArticle('a.txt', Buffer.from(`Talks\u001b[31m in \u202eGeneva\u0007\u0001\u0000\u0085 today\r\nMore.${more}`));
    expect(read.text).toBe(`Talks[31m in Geneva today\nMore.${more}`);
    expect(findControls(read.text)).toEqual([]);
  });

  test('never reach a file the command writes, from a text or from character references in a page', () => {
    const content = contentCopy();
    const inbox = fs.mkdtempSync(path.join(dir, 'in-'));
    const text = GENEVA_PREVIEW.replace('delegations to meet', 'delegations\u001b[2J to\u0007 meet\u202e').replace('Swiss Foreign Minister', 'Swiss\u0001 Foreign\u0085 Minister');
    fs.writeFileSync(path.join(inbox, 'geneva.txt'), text);
    const run = ingest(['--published', '2025-10-14', '--publisher', 'Reuters', path.join(inbox, 'geneva.txt')], content);
    expect(run.status, run.stderr).toBe(0);
    const html = `<!doctype html><html><head><title>Talks&#27;[31m in &#x202E;Vienna</title></head><body><article><h1>Talks&#27;[31m in &#x202E;Vienna</h1>${GENEVA_PREVIEW.replaceAll('Geneva', 'Vienna').split('\n\n').slice(1).map((p) => `<p>${p.replace('negotiators', 'negotiators&#7;&#1;')}</p>`).join('')}</article></body></html>`;
    fs.writeFileSync(path.join(inbox, 'vienna.html'), html);
    const page = ingest(['--published', '2025-10-14', '--publisher', 'Reuters', path.join(inbox, 'vienna.html')], content);
    expect(page.status, page.stderr).toBe(0);
    const written = listFiles(content).map((f) => fs.readFileSync(path.join(content, f), 'utf8'));
    expect(written.flatMap((t) => findControls(t).map((c) => c.char.codePointAt(0)!.toString(16)))).toEqual([]);
  });
});

describe('one article, one file', () => {
  const variants: [string, (t: string) => string][] = [
    ['a trailing newline', (t) => `${t}\n`],
    ['CRLF line ends', (t) => t.replace(/\n/g, '\r\n')],
    ['a byte-order mark', (t) => `\ufeff${t}`],
    ['a no-break space', (t) => t.replace('Ukrainian and Russian', 'Ukrainian\u00a0and Russian')],
    ['doubled spaces', (t) => t.replace(/ /g, '  ')],
    ['tabs and trailing spaces', (t) => t.replace(/\n/g, ' \t\n')],
    ['decomposed accents (NFD)', (t) => t.normalize('NFD')],
    ['a zero-width space', (t) => t.replace('Geneva on', 'Geneva\u200b on')],
  ];

  // With an accent, so that decomposing it changes the bytes.
  const base = GENEVA_PREVIEW.replace('foreign ministry said', 'foreign ministry said in a communiqué');

  test.each(variants)('the same article saved with %s has the same normalised text', (_, change) => {
    expect(normalisedText(change(base).normalize('NFC'))).toBe(normalisedText(base));
    expect(checkRawArticle('a.txt', Buffer.from(change(base))).sha256).toBe(checkRawArticle('a.txt', Buffer.from(base)).sha256);
  });

  test('taken in again with any of those differences, is reported unchanged and written once', () => {
    const content = contentCopy();
    const inbox = fs.mkdtempSync(path.join(dir, 'dup-'));
    fs.writeFileSync(path.join(inbox, 'first.txt'), base);
    expect(ingest(['--published', '2025-10-14', '--publisher', 'Reuters', path.join(inbox, 'first.txt')], content).status).toBe(0);
    const after = listFiles(content);
    const names = variants.map(([label, change], i) => {
      const name = path.join(inbox, `copy-${i}.txt`);
      fs.writeFileSync(name, change(base));
      return [label, name] as const;
    });
    const run = ingest(['--published', '2025-10-14', '--publisher', 'Reuters', ...names.map(([, n]) => n)], content);
    expect(run.stdout).toMatch(new RegExp(`0 written, ${variants.length} unchanged, 0 need review, 0 failed`));
    expect(listFiles(content)).toEqual(after);
  });

  test('recognises an article taken in before, whose file holds the hash of the raw bytes', () => {
    const content = contentCopy();
    const inbox = fs.mkdtempSync(path.join(dir, 'old-'));
    const source = path.join(inbox, 'geneva.txt');
    fs.writeFileSync(source, GENEVA_PREVIEW.replace(/\n/g, '\r\n'));
    expect(ingest(['--published', '2025-10-14', '--publisher', 'Reuters', source], content).status).toBe(0);
    // As the command wrote it before: the SHA-256 of the file's bytes.
    const articles = path.join(content, 'articles');
    const name = fs.readdirSync(articles).find((f) => f.startsWith('2025-10-14-'))!;
    const raw = checkRawArticle(source, fs.readFileSync(source));
    fs.writeFileSync(path.join(articles, name), fs.readFileSync(path.join(articles, name), 'utf8').replace(raw.sha256, raw.rawSha256));
    const again = ingest(['--published', '2025-10-14', '--publisher', 'Reuters', source], content);
    // Named where it is: the copy of the content, not the project's own folder.
    expect(again.stdout).toContain(`unchanged ${source}: already ingested as ${path.relative(process.cwd(), path.join(articles, name))}; nothing written`);
    expect(again.stdout).not.toContain('warning: already ingested');
  });
});
