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
  return { file, bytes, text, sha256, kind: isHtml(text) ? 'html' : 'text' };
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

function isHtml(text: string): boolean {
  const head = text.slice(0, 2000).toLowerCase();
  return /<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]/.test(head) || (/<(p|div|article|script)[\s>]/.test(head) && /<\/(p|div|article|script)>/.test(text.toLowerCase()));
}
