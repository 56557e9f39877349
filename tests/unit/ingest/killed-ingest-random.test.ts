/**
 * An ingest killed (SIGKILL) while it works leaves content that passes `npm
 * run check`: each article's files all there or none of them, nothing changed
 * that was there, no temporary file anywhere, and a staging area the next run
 * cleans. Tried here at 20 random moments (`npm run test:faults`: 100) of a run of three articles (half
 * killed from outside at a random time, half from inside at a random step of
 * writing; every step: killed-ingest.test.ts), two runs at a time. Every
 * killed run is the real command in its own process; the next run, in this one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { OPTIONS, cleanUpWorkspaces, CITIES, expectConsistent, ingest, preview, reference, snapshot, staged, systemTemps, workspace, writeArticles } from './faults.ts';
import { ingest as ingestHere } from './helpers.ts';

/** The next ingest of `files`, on a copy of what the killed run left (the original goes to the check). */
function nextRun(content: string, files: string[]): { status: number; stderr: string; content: string } {
  const copy = path.join(path.dirname(content), 'after-next-run');
  fs.cpSync(content, copy, { recursive: true });
  return { ...ingestHere([...OPTIONS, ...files], copy), content: copy };
}

cleanUpWorkspaces();

// `npm test` tries 50 moments; `npm run test:faults` many more (FAULT_TRIALS, rounded up to even).
const TRIALS = 2 * Math.ceil(Number(process.env.FAULT_TRIALS ?? 50) / 2);

describe('an ingest killed while it writes', () => {
  test(`at ${TRIALS} random moments, leaves each article whole or absent and the folder passing the check`, async () => {
    const texts = CITIES.slice(0, 3).map((city) => preview(city));
    const articles = reference(texts);
    const steps = 3 * (2 * Math.max(...articles.map((s) => s.size)) + 3);
    // How long a whole run of the three takes here, two at a time, so kills land between its start and its end.
    const timings = [workspace(), workspace()];
    const [whole] = await Promise.all(timings.map((t) => ingest(writeArticles(t.input, texts), t.content)));
    expect(whole!.code, whole!.stderr).toBe(0);
    const tempsBefore = systemTemps();
    const seen = { none: 0, some: 0, all: 0 };
    const trial = async (trial: number) => {
      const ws = workspace();
      const files = writeArticles(ws.input, texts);
      const before = snapshot(ws.content);
      // Half the kills from outside at a random time, half from inside at a random step of writing.
      const outside = trial % 2 === 0;
      const run = outside
        ? await ingest(files, ws.content, { killAfterMs: Math.round(whole!.ms * (0.3 + 0.7 * Math.random())) })
        : await ingest(files, ws.content, { faultAt: 1 + Math.floor(Math.random() * steps) });
      if (trial % 5 === 4) {
        const next = nextRun(ws.content, files);
        expect(next.status, next.stderr).toBe(0);
        expect(staged(next.content)).toEqual([]);
      }
      const complete = expectConsistent(ws, before, articles, `trial ${trial}: ${outside ? 'killed after a while' : 'killed at a step'}${run.killed ? '' : ' (finished first)'}`);
      seen[complete === 0 ? 'none' : complete === texts.length ? 'all' : 'some']++;
    };
    // Two at a time, as the machine has two cores; each run has its own folder.
    for (let next = 0; next < TRIALS; next += 2) await Promise.all([trial(next), trial(next + 1)]);
    // The kills landed before, between and after the articles, or the test proved little.
    expect(seen.some, JSON.stringify(seen)).toBeGreaterThan(0);
    expect(seen.none + seen.all, JSON.stringify(seen)).toBeGreaterThan(0);
    expect(systemTemps()).toEqual(tempsBefore);
  }, 900_000);
});
