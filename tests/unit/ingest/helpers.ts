/** Shared set-up for the ingest tests: the frozen seed content, and articles from strings. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import { run } from '../../../src/ingest/cli.ts';
import { checkRawArticle, type RawArticle } from '../../../src/ingest/input.ts';
import { loadKnowledge, type Knowledge } from '../../../src/ingest/knowledge.ts';

/** The seed content the eval uses (participants, venues, outcomes, rounds; no articles). */
export const SEED_CONTENT = path.resolve(import.meta.dirname, '../../fixtures/eval/content');

let cached: Knowledge | undefined;
/** What the site knows, loaded once per test file. */
export function seedKnowledge(): Knowledge {
  cached ??= loadKnowledge(SEED_CONTENT);
  return cached;
}

/** A raw article from a string, as if read from `file`. */
export function raw(text: string, file = 'article.txt'): RawArticle {
  return checkRawArticle(file, Buffer.from(text, 'utf8'));
}

/** A fresh copy of the project's content folder, to write into. */
export function contentCopy(from = path.resolve(import.meta.dirname, '../../../content')): string {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-')), 'content');
  fs.cpSync(from, dir, { recursive: true });
  return dir;
}

/** Every file under `dir`, relative, sorted; not the ingest command's staging area (`.ingest/`: its lock and unfinished writes). */
export function listFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => !f.startsWith('.ingest') && fs.statSync(path.join(dir, f)).isFile()).sort();
}

/** A short preview article in wire style, about a round the seed content does not have. */
/**
 * A scratch folder for input files: `file` writes one and returns its path; `reason` runs a
 * reader and returns the message it refused with (the folder shown as `<dir>`), or 'no error'.
 */
export function inbox(prefix: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  const file = (name: string, bytes: string | Buffer) => {
    const full = path.join(dir, name);
    fs.writeFileSync(full, bytes);
    return full;
  };
  const reason = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return (error as Error).message.replaceAll(dir, '<dir>');
    }
    return 'no error';
  };
  return { dir, file, reason };
}

export const GENEVA_PREVIEW = `Ukraine and Russia delegations to meet in Geneva on Thursday

GENEVA, Oct 14 (Reuters) - Ukrainian and Russian negotiators will meet in Geneva on Thursday, the Swiss foreign ministry said on Tuesday, in the first direct talks between the two sides this year.

The Ukrainian delegation will be led by Defence Minister Rustem Umerov, while Russia's chief negotiator Vladimir Medinsky will head the Russian team. Swiss Foreign Minister Ignazio Cassis will host the meeting.

Kyiv wants to agree a new prisoner exchange and to propose a meeting between the presidents, Umerov said. A ceasefire is not on the agenda, Russian officials said.
`;

/** A results piece about a round no one has recorded, in a city the site has no venue for, with a delegate it does not know. */
export const VIENNA_RESULT = `Ukraine and Russia delegations meet in Vienna

VIENNA, Oct 16 (Reuters) - Ukrainian and Russian delegations met in Vienna on Thursday for talks hosted by Austria, the first direct negotiations between the two sides this year.

The Ukrainian delegation was led by Defence Minister Rustem Umerov, and Russia's chief negotiator Vladimir Medinsky headed the Russian team. Ukraine's delegation also included Deputy Foreign Minister Oleh Petrenko. Austrian Foreign Minister Beate Meinl-Reisinger hosted the talks.

The two sides agreed to exchange 1,000 prisoners of war, Umerov told reporters after the meeting. No ceasefire was agreed, Medinsky said.
`;

/** Runs `npm run ingest` in this process against `contentDir`; returns what it printed and its exit status. */
export function ingest(args: string[], contentDir = contentCopy()) {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
  const saved = process.env.CONTENT_DIR;
  process.env.CONTENT_DIR = contentDir;
  process.exitCode = undefined;
  try {
    run(args);
    return { status: Number(process.exitCode ?? 0), stdout: out.join('\n'), stderr: err.join('\n'), contentDir };
  } finally {
    process.env.CONTENT_DIR = saved;
    process.exitCode = undefined;
    log.mockRestore();
    error.mockRestore();
  }
}
