/**
 * An article's files go into the content folder together or not at all, as a
 * transaction in the folder's staging area (`<content>/.ingest/`), always under
 * the folder's lock:
 *
 * 1. every new file is written whole into `txn-<id>/`, with a manifest of the
 *    files to add and the drafts to replace;
 * 2. the folder is renamed `commit-<id>/`: from this instant the transaction
 *    has happened, even if the run is killed;
 * 3. the drafts it replaces are removed and the new files hard-linked into
 *    place (a link never replaces a file), and the staging folder removed.
 *
 * The next run that takes the lock — an ingest, `npm run check` or `npm run
 * build` — finishes a committed transaction a killed run left behind and
 * deletes an uncommitted one, so content is never left half-written and
 * nothing temporary outlives the next run. Only the run holding the lock ever
 * creates a transaction, so whatever the lock holder finds there is left over
 * from a dead run.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { CollectionName } from '../schemas/common.ts';
import { acquireLock, isAlive, readHolder, releaseLock, STAGING, stillHeld, type Lock } from './lock.ts';

export interface NewFile {
  collection: CollectionName;
  id: string;
  text: string;
  /** A draft (a person, a venue) that may appear meanwhile: then it is left out, not an error. */
  optional: boolean;
}

export interface OldFile {
  collection: CollectionName;
  id: string;
  /** SHA-256 of the file as planned for removal: if it has changed since, nothing is done. */
  sha256: string;
}

export interface Change {
  add: NewFile[];
  remove: OldFile[];
}

interface Manifest {
  add: { collection: CollectionName; id: string }[];
  remove: OldFile[];
}

/** Why a transaction was refused before anything happened. */
export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}

/**
 * Fault injection for the tests: with `INGEST_FAULT_AT=n` the process kills itself
 * (SIGKILL) at the n-th step of writing, so every point of a transaction can be tried.
 */
let steps = 0;
const faultAt = Number(process.env.INGEST_FAULT_AT ?? 0);
function step(): void {
  if (faultAt && ++steps === faultAt) process.kill(process.pid, 'SIGKILL');
}

export const hashText = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

const target = (dir: string, f: { collection: string; id: string }) => path.join(dir, f.collection, `${f.id}.md`);

/**
 * Applies `change` to the content folder `dir` as one transaction; the caller holds the lock.
 * Returns the paths added and removed. Throws a ConflictError, having changed nothing, when a
 * required file already exists or a draft to replace has changed since it was read.
 */
export function commit(dir: string, lock: Lock, change: Change): { added: string[]; removed: string[]; skipped: string[]; generation: string } {
  const removing = new Set(change.remove.map((f) => target(dir, f)));
  for (const old of change.remove) {
    const file = target(dir, old);
    if (!fs.existsSync(file) || hashText(fs.readFileSync(file)) !== old.sha256) throw new ConflictError(`${old.collection}/${old.id}.md has changed since it was read; nothing was written`);
  }
  const skipped: string[] = [];
  const add = change.add.filter((f) => {
    const exists = lexists(target(dir, f)) && !removing.has(target(dir, f));
    if (exists && !f.optional) throw new ConflictError(`${f.collection}/${f.id}.md already exists; it was not overwritten`);
    if (exists) skipped.push(target(dir, f));
    return !exists;
  });
  if (!stillHeld(lock)) throw new ConflictError('another run took over the content folder\'s lock; nothing was written');
  // Other runs learn that what they read is stale before anything changes (even if this run dies).
  const generation = bumpGeneration(dir);

  // 1. Stage every file whole, and the manifest.
  const id = `${Date.now().toString(36)}-${randomBytes(6).toString('hex')}`;
  const staging = path.join(dir, STAGING, `txn-${id}`);
  fs.mkdirSync(staging);
  for (const f of add) {
    fs.mkdirSync(path.join(staging, f.collection), { recursive: true });
    fs.writeFileSync(path.join(staging, f.collection, `${f.id}.md`), f.text, { flag: 'wx' });
    step();
  }
  const manifest: Manifest = { add: add.map(({ collection, id }) => ({ collection, id })), remove: change.remove };
  fs.writeFileSync(path.join(staging, 'manifest.json'), JSON.stringify(manifest));
  step();
  // 2. Commit: one rename.
  const committed = path.join(dir, STAGING, `commit-${id}`);
  fs.renameSync(staging, committed);
  step();
  // 3. Put the files in place.
  return { ...apply(dir, committed), skipped, generation };
}

/** Carries out a committed transaction (again, if a run was killed half-way); returns what it added and removed. */
function apply(dir: string, committed: string): { added: string[]; removed: string[] } {
  const manifest = JSON.parse(fs.readFileSync(path.join(committed, 'manifest.json'), 'utf8')) as Manifest;
  const added: string[] = [];
  const removed: string[] = [];
  for (const old of manifest.remove) {
    const file = target(dir, old);
    // Removed only as it was planned: a file an editor has changed since is kept.
    if (fs.existsSync(file) && hashText(fs.readFileSync(file)) === old.sha256) {
      fs.unlinkSync(file);
      removed.push(file);
      step();
    }
  }
  for (const f of manifest.add) {
    const staged = target(committed, f);
    const file = target(dir, f);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
      fs.linkSync(staged, file);
      added.push(file);
      step();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // Linked before the run was killed: the same file. Anything else there is left alone.
      if (fs.statSync(staged).ino === fs.lstatSync(file).ino) added.push(file);
    }
  }
  // The manifest goes first, in one step: a run killed while the rest is removed leaves a
  // folder without one, which the next run deletes rather than applies again.
  fs.unlinkSync(path.join(committed, 'manifest.json'));
  fs.rmSync(committed, { recursive: true, force: true });
  step();
  return { added, removed };
}

/** What a dead run left in the staging area; the caller holds the lock. Returns the files a finished transaction added. */
export function recover(dir: string): string[] {
  const staging = path.join(dir, STAGING);
  let names: string[];
  try {
    names = fs.readdirSync(staging);
  } catch {
    return [];
  }
  const added: string[] = [];
  if (names.some((n) => n.startsWith('commit-'))) bumpGeneration(dir);
  for (const name of names.sort()) {
    const full = path.join(staging, name);
    if (name.startsWith('commit-')) {
      if (fs.existsSync(path.join(full, 'manifest.json'))) added.push(...apply(dir, full).added);
      else fs.rmSync(full, { recursive: true, force: true });
    } else if (name.startsWith('txn-') || name.startsWith('broken-') || name.endsWith('.tmp')) {
      // Never committed (or a temporary file of a dead run): as if it never happened.
      fs.rmSync(full, { recursive: true, force: true });
    } else if (name.startsWith('lock-')) {
      // A run's own lock file, kept while it waits for the lock: removed only once that run is dead.
      const holder = readHolder(full);
      if (holder === null || (holder && !isAlive(holder))) fs.rmSync(full, { force: true });
    }
  }
  return added;
}

/** Whether a dead run left a transaction to finish or clean (cheap: one look at the staging area). */
export function needsRecovery(dir: string): boolean {
  try {
    return fs.readdirSync(path.join(dir, STAGING)).some((n) => n.startsWith('commit-') || n.startsWith('txn-'));
  } catch {
    return false;
  }
}

/**
 * For `npm run check` and `npm run build`: finishes what a killed ingest left, unless an ingest
 * is running (it finishes its own). Returns the files added.
 */
export function recoverIfIdle(dir: string): string[] {
  if (!needsRecovery(dir)) return [];
  const lock = acquireLock(dir, { waitMs: 0 });
  if (!lock) return [];
  try {
    return recover(dir);
  } finally {
    releaseLock(lock);
  }
}

/** A token that changes whenever an ingest writes to the folder, so a run knows when what it read is stale. */
export function readGeneration(dir: string): string {
  try {
    return fs.readFileSync(path.join(dir, STAGING, 'generation'), 'utf8');
  } catch {
    return '';
  }
}

/** Records that the folder changes; the caller holds the lock. Returns the new generation. */
function bumpGeneration(dir: string): string {
  const generation = randomBytes(8).toString('hex');
  const file = path.join(dir, STAGING, 'generation');
  const temp = `${file}.${generation}.tmp`;
  fs.writeFileSync(temp, generation);
  fs.renameSync(temp, file);
  step();
  return generation;
}

function lexists(file: string): boolean {
  try {
    fs.lstatSync(file);
    return true;
  } catch {
    return false;
  }
}
