/**
 * The end of one article's way in: its result, and `finish`, which writes its
 * planned files into the content folder as one transaction. Kept apart from the
 * reading stages, so the command's main thread never loads them (a worker does).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Lock } from './lock.ts';
import { commit, ConflictError, type Change } from './transaction.ts';
import { IngestError, type DerivedJson } from './types.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type Outcome = 'written' | 'replaced' | 'unchanged' | 'needs-review' | 'failed' | 'derived';

export interface FileResult {
  file: string;
  outcome: Outcome;
  /** One line: why it failed, needs review, was unchanged or replaced. */
  reason?: string;
  json?: DerivedJson;
  /** Files written, relative to the working folder. */
  written: string[];
  /** Drafts removed because they were replaced, relative to the working folder. */
  removed: string[];
  warnings: string[];
}

/** A prepared article: its result so far, and the change to write (none for a dry run or a refusal). */
export interface Prepared {
  result: FileResult;
  change?: Change;
}

/** Writes a prepared article into `dir` (the caller holds `lock`) and completes its result. */
export function finish(prepared: Prepared, dir: string, lock: Lock): { result: FileResult; generation?: string } {
  const { result, change } = prepared;
  if (!change) return { result };
  try {
    const { written, removed, generation } = writeFiles(change, dir, lock, result.file);
    const relative = (p: string) => path.relative(process.cwd(), p) || p;
    return { result: { ...result, written: written.map(relative), removed: removed.map(relative) }, generation };
  } catch (error) {
    const reason = error instanceof IngestError ? error.reason : `unexpected error while writing: ${(error as Error).message}`;
    return { result: { ...result, outcome: 'failed', reason } };
  }
}

/** How a file that needs review is announced: nothing is written for it. */
export function reviewNote(dryRun: boolean): string {
  return dryRun ? 'needs review; nothing would be written' : 'needs review; nothing was written';
}


/**
 * Writes `change` into the content folder `dir` as one transaction (the caller holds `lock`):
 * every file whole, all of them or none, never replacing a file it did not plan to replace,
 * never outside the folder. Returns the paths added, removed, and drafts skipped because they exist.
 */
export function writeFiles(change: Change, dir: string, lock: Lock, file: string): { written: string[]; removed: string[]; skipped: string[]; generation: string } {
  const root = fs.realpathSync(dir);
  for (const f of [...change.add, ...change.remove]) {
    if (!ID.test(f.id)) throw new IngestError(file, `refusing to write the id \`${f.id}\``);
    const folder = path.join(root, f.collection);
    if (fs.existsSync(folder)) {
      const real = path.relative(root, fs.realpathSync(folder));
      if (real.startsWith('..') || path.isAbsolute(real)) throw new IngestError(file, `content/${f.collection} points outside the content folder; refusing to write there`);
    }
  }
  try {
    const { added, removed, skipped, generation } = commit(root, lock, change);
    return { written: added, removed, skipped, generation };
  } catch (error) {
    if (error instanceof ConflictError) throw new IngestError(file, error.message);
    throw error;
  }
}

