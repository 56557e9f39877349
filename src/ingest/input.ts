/**
 * Reads one raw article from disk and refuses what is not one, each time with a
 * sentence that names the file and the fix: folders, links to nothing, devices,
 * empty files, binary files, text in an encoding it cannot read, and files over
 * the size limit. UTF-16 (what some editors save as "Unicode") is decoded, and
 * so is a saved page that declares its own encoding. Control and bidirectional
 * formatting characters are dropped, so they never reach a field or a body.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { stripControls } from '../lib/plain-text.ts';
import { IngestError } from './types.ts';

/** Largest raw article the command reads: a long article is 100 kB; a saved page rarely 1 MB. */
export const MAX_BYTES = 2 * 1024 * 1024;

export interface RawArticle {
  file: string;
  bytes: Buffer;
  /** The text as read: decoded, NFC, `\n` line ends, without control characters (and, for plain text, without tags). */
  text: string;
  /** SHA-256 of the normalised text (see `normalisedText`), as written to the article's `sha256`. */
  sha256: string;
  /** SHA-256 of the bytes as read; articles taken in before the hash was normalised hold this one. */
  rawSha256: string;
  kind: 'html' | 'text';
  /** The encoding the bytes were read in, e.g. `utf-8` or `utf-16le`. */
  encoding: string;
}

/** Reads and checks `file`; throws an IngestError that says what is wrong and what to do. */
export function readRawArticle(file: string): RawArticle {
  const stat = statOf(file);
  if (stat.isDirectory()) throw new IngestError(file, 'this is a folder, not an article; give the article files in it, e.g. `folder/*.txt`');
  if (!stat.isFile()) throw new IngestError(file, 'this is not a regular file (a device, pipe or socket); save the article to a file first');
  if (stat.size > MAX_BYTES) {
    throw new IngestError(file, `the file is ${(stat.size / 1048576).toFixed(1)} MB, over the ${MAX_BYTES / 1048576} MB limit for one article; save only the article's page or text`);
  }
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new IngestError(file, `the file cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); check its permissions`);
  }
  return checkRawArticle(file, bytes);
}

/** The file's status, following links; a link to nothing or a missing file gets a sentence. */
function statOf(file: string): fs.Stats {
  try {
    return fs.statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const link = linkTarget(file);
    if (link !== undefined && (code === 'ENOENT' || code === 'ENOTDIR')) throw new IngestError(file, `this is a link to \`${link}\`, which does not exist; give the article file itself`);
    if (code === 'ELOOP') throw new IngestError(file, 'this link points back at itself; give the article file itself');
    if (code === 'EACCES' || code === 'EPERM') throw new IngestError(file, 'the file cannot be read (permission denied); check its permissions');
    throw new IngestError(file, 'no such file; check the path');
  }
}

function linkTarget(file: string): string | undefined {
  try {
    return fs.readlinkSync(file);
  } catch {
    return undefined;
  }
}

/** Checks bytes already in memory (the same rules as readRawArticle). */
export function checkRawArticle(file: string, bytes: Buffer): RawArticle {
  if (bytes.length > MAX_BYTES) throw new IngestError(file, `the text is over the ${MAX_BYTES / 1048576} MB limit for one article`);
  if (bytes.length === 0) throw new IngestError(file, 'the file is empty; save the article text or page into it first');
  const { text: decoded, encoding } = decode(file, bytes);
  const text = stripControls(decoded.replace(/^\uFEFF/, '')).normalize('NFC');
  if (text.trim() === '') throw new IngestError(file, 'the file is empty; save the article text or page into it first');
  const kind = isHtml(file, text) ? 'html' : 'text';
  return {
    file,
    bytes,
    text: kind === 'text' ? stripTags(text) : text,
    sha256: sha256(normalisedText(text)),
    rawSha256: sha256(bytes),
    kind,
    encoding,
  };
}

/**
 * The text an article's hash is taken over, so that the same article saved again
 * is the same article: Unicode NFC, no byte-order mark, no control, bidirectional
 * or zero-width characters, and every run of white space (line ends, tabs,
 * no-break spaces) as one space, trimmed.
 * @example normalisedText('\uFEFFTalks  in\u00a0Geneva\r\n') // 'Talks in Geneva'
 */
export function normalisedText(text: string): string {
  return stripControls(text)
    .normalize('NFC')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Decodes the bytes: UTF-8, UTF-16 (with or without a byte-order mark), or a saved page's declared encoding. */
function decode(file: string, bytes: Buffer): { text: string; encoding: string } {
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) {
    throw new IngestError(file, 'the file is UTF-32 text, which the command does not read; re-save it as UTF-8 (in most editors: Save As, encoding UTF-8)');
  }
  const utf16 = startsWith(bytes, [0xff, 0xfe]) ? 'utf-16le' : startsWith(bytes, [0xfe, 0xff]) ? 'utf-16be' : utf16WithoutMark(bytes);
  if (utf16) {
    try {
      return { text: new TextDecoder(utf16, { fatal: true }).decode(bytes), encoding: utf16 };
    } catch {
      throw new IngestError(file, `the file looks like ${utf16.toUpperCase()} text but is damaged; re-save it as UTF-8 (in most editors: Save As, encoding UTF-8)`);
    }
  }
  if (looksBinary(bytes)) throw new IngestError(file, 'the file is binary (an image, PDF or archive?); save the article as text or HTML');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const declared = declaredCharset(bytes);
    if (declared) return declared;
    throw new IngestError(file, 'the file is not UTF-8 text; re-save it as UTF-8 (in most editors: Save As, encoding UTF-8)');
  }
}

function startsWith(bytes: Buffer, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** UTF-16 saved without a byte-order mark: mostly Latin text has a zero byte in every other place. */
function utf16WithoutMark(bytes: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.min(bytes.length, 4096) >> 1;
  if (pairs < 8) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenZero++;
    if (bytes[2 * i + 1] === 0) oddZero++;
  }
  if (oddZero / pairs > 0.3 && evenZero / pairs < 0.02) return 'utf-16le';
  if (evenZero / pairs > 0.3 && oddZero / pairs < 0.02) return 'utf-16be';
  return undefined;
}

/** A saved page in a legacy encoding it declares (`<meta charset="windows-1251">`), decoded with that encoding. */
function declaredCharset(bytes: Buffer): { text: string; encoding: string } | undefined {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const charset = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (!charset || charset === 'utf-8' || charset === 'utf8') return undefined;
  try {
    return { text: new TextDecoder(charset, { fatal: true }).decode(bytes), encoding: charset };
  } catch {
    return undefined;
  }
}

/** Binary data has zero bytes and other control bytes all through it; a text may have a stray one, which is dropped. */
function looksBinary(bytes: Buffer): boolean {
  const length = Math.min(bytes.length, 8192);
  let zero = 0;
  let control = 0;
  for (let i = 0; i < length; i++) {
    const byte = bytes[i]!;
    if (byte === 0) zero++;
    else if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return zero / length > 0.002 || (zero + control) / length > 0.05;
}

/**
 * A saved page is a `.html`/`.htm` file, or a file that starts as a document does (a doctype,
 * `<html>`, `<head>` or `<body>` before any text). A stray tag inside plain text — a headline
 * quoting `<script>`, a pasted `<p>` — does not make a text a page.
 */
export function isHtml(file: string, text: string): boolean {
  // A page saved with its extension, unless it holds no markup at all (text saved under the wrong name).
  if (/\.x?html?$/i.test(file)) return /<[a-z!][^<>]*>/i.test(text.slice(0, 20000));
  // What may come before the document: white space, comments and an XML declaration.
  const head = text.slice(0, 4000).replace(/^(?:\s+|<!--[\s\S]*?-->|<\?xml[^>]*>)*/, '');
  return /^<(?:!doctype\s+html|html|head|body)[\s>]/i.test(head);
}

/**
 * Plain text keeps its words: markup pasted into it is dropped, tag by tag (the words between
 * tags stay), so no tag can reach a page or a file as markup.
 * @example stripTags('Talks in <b>Geneva</b>') // 'Talks in Geneva'
 */
export function stripTags(text: string): string {
  return text.replace(/<\/?[a-z][a-z0-9-]*(?:\s[^<>]{0,500})?\/?>|<!--[\s\S]*?-->/gi, '');
}
