/**
 * One writer at a time in a content folder: `<content>/.ingest/lock`, a file
 * that names the run holding it. It is created whole or not at all (written
 * under a name of its own, then hard-linked to `lock`, which fails when a lock
 * exists), so it always says who holds it. A run that finds the folder locked
 * waits; a lock whose run has died (killed, crashed) is taken over at once.
 *
 * Synchronous on purpose: the ingest command writes between two reads of an
 * article, and the content check and the build take the lock for a moment only.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The content folder's own staging area: the lock, transactions being written, the generation. */
export const STAGING = '.ingest';

export interface Holder {
  pid: number;
  host: string;
  /** When the process started (Linux), so that a new process with a dead one's pid is not taken for it. */
  started: string | null;
  nonce: string;
  since: string;
}

export interface Lock {
  dir: string;
  holder: Holder;
  /** The inode of the lock file this run created, to recognise it later. */
  ino: number;
}

export class LockTimeout extends Error {
  readonly holder: Holder | null;
  constructor(holder: Holder | null, file: string, waitedMs: number) {
    super(
      `another ingest ${holder ? `(process ${holder.pid} on ${holder.host}, since ${holder.since}) ` : ''}has held ${file} for more than ${Math.round(waitedMs / 1000)} s; ` +
        'let it finish and run the command again, or delete that file if no ingest is running',
    );
    this.name = 'LockTimeout';
    this.holder = holder;
  }
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
/** Blocks this thread for `ms` without spinning. */
export function sleep(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

/** The staging area, made on first use; it tells git to ignore it, wherever the content folder is. */
export function makeStaging(dir: string): string {
  const staging = path.join(dir, STAGING);
  if (!fs.existsSync(path.join(staging, '.gitignore'))) {
    fs.mkdirSync(staging, { recursive: true });
    fs.writeFileSync(path.join(staging, '.gitignore'), '# The ingest command\'s lock and unfinished writes: never part of the record.\n*\n');
  }
  return staging;
}

export function lockFile(dir: string): string {
  return path.join(dir, STAGING, 'lock');
}

/**
 * Takes the lock on `dir`, waiting up to `waitMs` for a live holder (and calling
 * `onWait` once, to say so). Returns undefined with `waitMs: 0` when it is held.
 */
export function acquireLock(dir: string, options: { waitMs?: number; onWait?: (holder: Holder | null) => void } = {}): Lock | undefined {
  const waitMs = options.waitMs ?? 10 * 60_000;
  const staging = makeStaging(dir);
  const holder: Holder = { pid: process.pid, host: os.hostname(), started: processStart(process.pid), nonce: randomBytes(8).toString('hex'), since: new Date().toISOString() };
  const candidate = path.join(staging, `lock-${holder.nonce}`);
  fs.writeFileSync(candidate, JSON.stringify(holder), { flag: 'wx' });
  const target = lockFile(dir);
  const start = Date.now();
  let told = false;
  try {
    for (let pause = 5; ; pause = Math.min(pause * 2, 200)) {
      try {
        fs.linkSync(candidate, target);
        return { dir, holder, ino: fs.statSync(target).ino };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const current = readHolder(target);
      if (current === undefined) continue; // released meanwhile: try again at once
      if (current === null || !isAlive(current)) {
        breakLock(target, current, staging, holder.nonce);
        continue;
      }
      if (Date.now() - start >= waitMs) {
        if (waitMs === 0) return undefined;
        throw new LockTimeout(current, target, Date.now() - start);
      }
      if (!told) options.onWait?.(current);
      told = true;
      sleep(pause);
    }
  } finally {
    fs.rmSync(candidate, { force: true });
  }
}

/** Gives the lock back, if this run still holds it. */
export function releaseLock(lock: Lock): void {
  if (stillHeld(lock)) fs.rmSync(lockFile(lock.dir), { force: true });
}

/** Whether this run still holds its lock (nobody took it over as stale): the same file, naming this run. */
export function stillHeld(lock: Lock): boolean {
  const file = lockFile(lock.dir);
  try {
    // An inode number alone is not enough: a file made after ours was removed may get the same one.
    return fs.statSync(file).ino === lock.ino && readHolder(file)?.nonce === lock.holder.nonce;
  } catch {
    return false;
  }
}

/** Runs `fn` holding the lock on `dir`. */
export function withLock<T>(dir: string, fn: (lock: Lock) => T, options?: Parameters<typeof acquireLock>[1]): T {
  const lock = acquireLock(dir, options)!;
  try {
    return fn(lock);
  } finally {
    releaseLock(lock);
  }
}

/** The holder named in a lock file: undefined when there is none, null when it cannot be read. */
export function readHolder(file: string): Holder | null | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? undefined : null;
  }
  try {
    const holder = JSON.parse(text) as Holder;
    return typeof holder.pid === 'number' && typeof holder.nonce === 'string' ? holder : null;
  } catch {
    return null;
  }
}

/** Whether the process that wrote `holder` still runs. On another machine (a shared disk) it is assumed to. */
export function isAlive(holder: Holder): boolean {
  if (holder.host !== os.hostname()) return true;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  const started = processStart(holder.pid);
  return !(started && holder.started && started !== holder.started);
}

/**
 * Removes the lock of a dead run. The lock is first renamed to a name of this run's own, so
 * of two runs breaking it at once only one gets it; had a live run taken the lock in the
 * meantime, its file is put back.
 */
function breakLock(target: string, dead: Holder | null, staging: string, nonce: string): void {
  const aside = path.join(staging, `broken-${nonce}`);
  try {
    fs.renameSync(target, aside);
  } catch {
    return; // someone else moved it first
  }
  const moved = readHolder(aside);
  if (dead && moved && moved.nonce !== dead.nonce && isAlive(moved)) {
    try {
      fs.linkSync(aside, target);
    } catch {
      // Another run took the lock in that instant; the live run will see it has lost its lock.
    }
  }
  fs.rmSync(aside, { force: true });
}

/** The start time of a process, from /proc on Linux; null elsewhere. */
function processStart(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}
