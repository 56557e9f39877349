/**
 * Reads one raw article from disk and refuses what is not one: empty files,
 * binary files, text that is not UTF-8, and files over the size limit. The
 * bytes are hashed as read, so the same article is never taken in twice.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { IngestError } from './types.ts';

/** Largest raw article the command reads: a long article is 100 kB; a saved page rarely 1 MB. */
export const MAX_BYTES = 2 * 1024 * 1024;

export interface RawArticle {
  file: string;
  bytes: Buffer;
  text: string;
  /** SHA-256 of the raw bytes, as written to the article's `sha256`. */
  sha256: string;
  kind: 'html' | 'text';
}

/** Reads and checks `file`; throws an IngestError that says what is wrong and what to do. */
export function readRawArticle(file: string): RawArticle {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new IngestError(file, 'no such file; check the path');
  }
  if (!stat.isFile()) throw new IngestError(file, 'not a file; give the path of a saved article (.txt or .html)');
  if (stat.size > MAX_BYTES) {
    throw new IngestError(file, `the file is ${(stat.size / 1048576).toFixed(1)} MB, over the ${MAX_BYTES / 1048576} MB limit for one article; save only the article's page or text`);
  }
  return checkRawArticle(file, fs.readFileSync(file));
}

/** Checks bytes already in memory (the same rules as readRawArticle). */
export function checkRawArticle(file: string, bytes: Buffer): RawArticle {
  if (bytes.length > MAX_BYTES) throw new IngestError(file, `the text is over the ${MAX_BYTES / 1048576} MB limit for one article`);
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') {
    throw new IngestError(file, 'the file is empty; save the article text or page into it first');
  }
  if (looksBinary(bytes)) {
    throw new IngestError(file, 'the file is binary (an image, PDF or archive?); save the article as text or HTML');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new IngestError(file, 'the file is not UTF-8 text; re-save it as UTF-8 (in most editors: Save As, encoding UTF-8)');
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const kind = isHtml(file, text) ? 'html' : 'text';
  return { file, bytes, text: kind === 'text' ? stripTags(text) : text, sha256, kind };
}

function looksBinary(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return control / sample.length > 0.05;
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
