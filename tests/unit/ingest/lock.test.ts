/**
 * The content folder's lock and staging area: a dead run's lock is taken over
 * at once, a live one is waited for and named when the wait is too long, and
 * what a dead run left is finished (committed) or thrown away (not committed).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { acquireLock, lockFile, LockTimeout, releaseLock, stillHeld } from '../../../src/ingest/lock.ts';
import { commit, readGeneration, recover, recoverIfIdle } from '../../../src/ingest/transaction.ts';

const folder = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-lock-'));
  for (const c of ['articles', 'rounds']) fs.mkdirSync(path.join(dir, c));
  return dir;
};
/** The pid of a process that has finished: what a killed run leaves in its lock. */
const deadPid = () => spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
const lockOf = (pid: number | string) => JSON.stringify({ pid: Number(pid), host: os.hostname(), started: null, nonce: 'dead', since: '2026-01-01T00:00:00Z' });

describe('the content folder lock', () => {
  test('is taken over at once from a run that was killed', () => {
    const dir = folder();
    fs.mkdirSync(path.join(dir, '.ingest'));
    fs.writeFileSync(lockFile(dir), lockOf(deadPid()));
    const lock = acquireLock(dir, { waitMs: 0 });
    expect(lock).toBeDefined();
    expect(stillHeld(lock!)).toBe(true);
    releaseLock(lock!);
    expect(fs.existsSync(lockFile(dir))).toBe(false);
  });

  test('is waited for while its run is alive, and the wait ends with a message naming it', () => {
    const dir = folder();
    const held = acquireLock(dir)!;
    expect(acquireLock(dir, { waitMs: 0 })).toBeUndefined();
    let told = 0;
    const started = Date.now();
    expect(() => acquireLock(dir, { waitMs: 300, onWait: () => told++ })).toThrow(LockTimeout);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(told).toBe(1);
    try {
      acquireLock(dir, { waitMs: 50 });
    } catch (error) {
      expect((error as Error).message).toMatch(new RegExp(`^another ingest \\(process ${process.pid} on .*\\) has held ${lockFile(dir).replaceAll('/', '\\/')} for more than 0 s; let it finish and run the command again, or delete that file if no ingest is running$`));
    }
    releaseLock(held);
    expect(acquireLock(dir, { waitMs: 0 })).toBeDefined();
  });

  test('is never released by a run that no longer holds it', () => {
    const dir = folder();
    const first = acquireLock(dir)!;
    fs.unlinkSync(lockFile(dir)); // as if another run had taken it over
    const second = acquireLock(dir)!;
    releaseLock(first);
    expect(stillHeld(second)).toBe(true);
    expect(stillHeld(first)).toBe(false);
  });
});

describe('what a dead run left in the staging area', () => {
  test('a committed transaction is finished; an uncommitted one and stray files are thrown away', () => {
    const dir = folder();
    const staging = path.join(dir, '.ingest');
    // Committed: its manifest names two files, one of which was linked before the run died.
    const committed = path.join(staging, 'commit-x');
    fs.mkdirSync(path.join(committed, 'articles'), { recursive: true });
    fs.mkdirSync(path.join(committed, 'rounds'));
    fs.writeFileSync(path.join(committed, 'articles/a.md'), 'article');
    fs.writeFileSync(path.join(committed, 'rounds/r.md'), 'round');
    fs.writeFileSync(path.join(committed, 'manifest.json'), JSON.stringify({ add: [{ collection: 'articles', id: 'a' }, { collection: 'rounds', id: 'r' }], remove: [] }));
    fs.linkSync(path.join(committed, 'articles/a.md'), path.join(dir, 'articles/a.md'));
    // Not committed, and the temporary and lock files of dead runs.
    fs.mkdirSync(path.join(staging, 'txn-y/rounds'), { recursive: true });
    fs.writeFileSync(path.join(staging, 'txn-y/rounds/never.md'), 'never');
    fs.writeFileSync(path.join(staging, 'generation.abc.tmp'), 'x');
    fs.writeFileSync(path.join(staging, 'lock-dead'), lockOf(deadPid()));
    fs.writeFileSync(path.join(staging, 'lock-alive'), lockOf(process.pid));
    const generation = readGeneration(dir);
    expect(recoverIfIdle(dir)).toEqual([path.join(dir, 'articles/a.md'), path.join(dir, 'rounds/r.md')]);
    expect(fs.readFileSync(path.join(dir, 'rounds/r.md'), 'utf8')).toBe('round');
    expect(fs.existsSync(path.join(dir, 'rounds/never.md'))).toBe(false);
    expect(fs.readdirSync(staging).sort()).toEqual(['.gitignore', 'generation', 'lock-alive']);
    expect(readGeneration(dir)).not.toBe(generation);
  });

  test('a finished transaction whose staging folder was half removed when the run died is cleaned, not applied again', () => {
    const dir = folder();
    const staging = path.join(dir, '.ingest');
    // Both files were linked into place; the run died after the manifest went, while removing the rest.
    const committed = path.join(staging, 'commit-z');
    fs.mkdirSync(path.join(committed, 'rounds'), { recursive: true });
    fs.writeFileSync(path.join(committed, 'rounds/r.md'), 'round');
    fs.linkSync(path.join(committed, 'rounds/r.md'), path.join(dir, 'rounds/r.md'));
    fs.writeFileSync(path.join(dir, 'articles/a.md'), 'article');
    expect(recoverIfIdle(dir)).toEqual([]);
    expect(fs.readFileSync(path.join(dir, 'articles/a.md'), 'utf8')).toBe('article');
    expect(fs.readFileSync(path.join(dir, 'rounds/r.md'), 'utf8')).toBe('round');
    expect(fs.readdirSync(staging).sort()).toEqual(['.gitignore', 'generation']);
  });

  test('a transaction refuses, changing nothing, to replace a file that changed since it was read or to overwrite one', () => {
    const dir = folder();
    fs.writeFileSync(path.join(dir, 'rounds/r.md'), 'edited by hand');
    const lock = acquireLock(dir)!;
    try {
      expect(() => commit(dir, lock, { add: [{ collection: 'articles', id: 'a', text: 'a', optional: false }], remove: [{ collection: 'rounds', id: 'r', sha256: '0'.repeat(64) }] })).toThrow('rounds/r.md has changed since it was read; nothing was written');
      expect(() => commit(dir, lock, { add: [{ collection: 'articles', id: 'b', text: 'b', optional: false }, { collection: 'rounds', id: 'r', text: 'r', optional: false }], remove: [] })).toThrow('rounds/r.md already exists; it was not overwritten');
      expect(recover(dir)).toEqual([]);
    } finally {
      releaseLock(lock);
    }
    expect(fs.readdirSync(path.join(dir, 'articles'))).toEqual([]);
    expect(fs.readFileSync(path.join(dir, 'rounds/r.md'), 'utf8')).toBe('edited by hand');
  });
});
