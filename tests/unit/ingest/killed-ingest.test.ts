/**
 * An ingest killed (SIGKILL) while it works leaves content that passes `npm
 * run check`: each article's files all there or none of them, nothing changed
 * that was there, no temporary file anywhere, and a staging area the next run
 * cleans. Tried at every step of writing one article, and at 50 random
 * moments of a run of three (half from outside at a random time, half from
 * inside at a random step). Every killed run is the real command in its own
 * process; the next run, in this one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { cleanUpWorkspaces, CITIES, expectConsistent, ingest, preview, reference, snapshot, staged, systemTemps, workspace, writeArticles } from './faults.ts';
import { ingest as ingestHere } from './helpers.ts';

/** The next ingest of `files`, on a copy of what the killed run left (the original goes to the check). */
function nextRun(content: string, files: string[]): { status: number; stderr: string; content: string } {
  const copy = path.join(path.dirname(content), 'after-next-run');
  fs.cpSync(content, copy, { recursive: true });
  return { ...ingestHere(['--published', '2025-10-14', ...files], copy), content: copy };
}

cleanUpWorkspaces();

describe('an ingest killed while it writes', () => {
  test('at every step of the transaction, leaves the article whole or absent, passing the check; the next run cleans up', async () => {
    const texts = [preview('Geneva')];
    const [files] = await reference(texts);
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

  test('at 50 random moments, leaves each article whole or absent and the folder passing the check', async () => {
    const texts = CITIES.slice(0, 3).map((city) => preview(city));
    const articles = await reference(texts);
    const steps = 3 * (2 * Math.max(...articles.map((s) => s.size)) + 3);
    // How long a whole run of the three takes here, so kills land between its start and its end.
    const timing = workspace();
    const whole = await ingest(writeArticles(timing.input, texts), timing.content);
    expect(whole.code, whole.stderr).toBe(0);
    const tempsBefore = systemTemps();
    const seen = { none: 0, some: 0, all: 0 };
    for (let trial = 0; trial < 50; trial++) {
      const ws = workspace();
      const files = writeArticles(ws.input, texts);
      const before = snapshot(ws.content);
      // Half the kills from outside at a random time, half from inside at a random step of writing.
      const outside = trial % 2 === 0;
      const run = outside
        ? await ingest(files, ws.content, { killAfterMs: Math.round(whole.ms * (0.3 + 0.7 * Math.random())) })
        : await ingest(files, ws.content, { faultAt: 1 + Math.floor(Math.random() * steps) });
      if (trial % 5 === 4) {
        const next = nextRun(ws.content, files);
        expect(next.status, next.stderr).toBe(0);
        expect(staged(next.content)).toEqual([]);
      }
      const complete = expectConsistent(ws, before, articles, `trial ${trial}: ${outside ? 'killed after a while' : 'killed at a step'}${run.killed ? '' : ' (finished first)'}`);
      seen[complete === 0 ? 'none' : complete === texts.length ? 'all' : 'some']++;
    }
    // The kills landed before, between and after the articles, or the test proved little.
    expect(seen.some, JSON.stringify(seen)).toBeGreaterThan(0);
    expect(seen.none + seen.all, JSON.stringify(seen)).toBeGreaterThan(0);
    expect(systemTemps()).toEqual(tempsBefore);
  }, 300_000);
});

