/**
 * An ingest killed (SIGKILL) while it works leaves content that passes `npm
 * run check`: each article's files all there or none of them, nothing changed
 * that was there, no temporary file anywhere, and a staging area the next run
 * cleans. Tried at every step of writing one article, and at 50 random
 * moments of a run of three (half from outside at a random time, half from
 * inside at a random step). Every run is the real command in its own process.
 */
import { describe, expect, test } from 'vitest';
import { cleanUpWorkspaces, CITIES, expectConsistent, ingest, preview, reference, snapshot, staged, systemTemps, workspace, writeArticles } from './faults.ts';

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
      expectConsistent(ws, before, [files!], `killed at step ${step}`);
      // The next run takes the article in (or finds it already there) and leaves nothing staged.
      const next = await ingest([article!], ws.content);
      expect(next.code, next.stderr).toBe(0);
      expect(snapshot(ws.content).size).toBe(before.size + files!.size);
      expect(staged(ws.content), `left in the staging area after the next run (killed at step ${step})`).toEqual([]);
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
      const complete = expectConsistent(ws, before, articles, `trial ${trial}: ${outside ? 'killed after a while' : 'killed at a step'}${run.killed ? '' : ' (finished first)'}`);
      seen[complete === 0 ? 'none' : complete === texts.length ? 'all' : 'some']++;
      if (trial % 5 === 4) {
        const next = await ingest(files, ws.content);
        expect(next.code, next.stderr).toBe(0);
        expect(staged(ws.content)).toEqual([]);
      }
    }
    // The kills landed before, between and after the articles, or the test proved little.
    expect(seen.some, JSON.stringify(seen)).toBeGreaterThan(0);
    expect(seen.none + seen.all, JSON.stringify(seen)).toBeGreaterThan(0);
    expect(systemTemps()).toEqual(tempsBefore);
  }, 300_000);
});

