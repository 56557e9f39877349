/**
 * An ingest killed (SIGKILL) while it works leaves content that passes `npm
 * run check`: each article's files all there or none of them, nothing changed
 * that was there, no temporary file anywhere, and a staging area the next run
 * cleans. Tried here at every step of writing one article (at 50 random
 * moments: killed-ingest-random.test.ts). Every killed run is the real
 * command in its own process; the next run, in this one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { OPTIONS, cleanUpWorkspaces, expectConsistent, ingest, preview, reference, snapshot, staged, systemTemps, workspace, writeArticles } from './faults.ts';
import { ingest as ingestHere } from './helpers.ts';

/** The next ingest of `files`, on a copy of what the killed run left (the original goes to the check). */
function nextRun(content: string, files: string[]): { status: number; stderr: string; content: string } {
  const copy = path.join(path.dirname(content), 'after-next-run');
  fs.cpSync(content, copy, { recursive: true });
  return { ...ingestHere([...OPTIONS, ...files], copy), content: copy };
}

cleanUpWorkspaces();

describe('an ingest killed while it writes', () => {
  test('at every step of the transaction, leaves the article whole or absent, passing the check; the next run cleans up', async () => {
    const texts = [preview('Geneva')];
    const [files] = reference(texts);
    const tempsBefore = systemTemps();
    let step = 1;
    for (; ; step++) {
      const ws = workspace();
      const [article] = writeArticles(ws.input, texts);
      const before = snapshot(ws.content);
      const run = await ingest([article!], ws.content, { faultAt: step });
      if (!run.killed) {
        expect(run.code, run.stderr).toBe(0);
        break;
      }
      // The next ingest finishes or throws away what the killed one left, takes the article in, and leaves nothing staged.
      const next = nextRun(ws.content, [article!]);
      expect(next.status, next.stderr).toBe(0);
      expect(snapshot(next.content).size).toBe(before.size + files!.size);
      expect(staged(next.content), `left in the staging area after the next run (killed at step ${step})`).toEqual([]);
      // What the killed run left passes the check, the article whole or absent.
      expectConsistent(ws, before, [files!], `killed at step ${step}`);
    }
    // Staging the files, the manifest, the commit, linking and removing the staging folder: every step was tried.
    expect(step).toBeGreaterThan(files!.size * 2 + 2);
    expect(systemTemps()).toEqual(tempsBefore);
  }, 240_000);
});
