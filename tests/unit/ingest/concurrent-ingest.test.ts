/**
 * Two ingests at once about one new round both succeed: the content folder's
 * lock makes the second wait, and it then reads the round the first wrote and
 * adds its article to it instead of failing or writing a second round.
 */
import { describe, expect, test } from 'vitest';
import { check, cleanUpWorkspaces, ingest, preview, snapshot, staged, workspace, writeArticles } from './faults.ts';

cleanUpWorkspaces();

// `npm test` tries 20; `npm run test:faults` tries 100 (FAULT_TRIALS).
const TRIALS = Number(process.env.FAULT_TRIALS ?? 20);

describe('two ingests at once about one new round', () => {
  test(`both succeed in ${TRIALS} trials: one writes the round, the other waits and adds its article to it`, async () => {
    for (let trial = 0; trial < TRIALS; trial++) {
      const ws = workspace();
      const [a, b] = writeArticles(ws.input, [preview('Geneva', 0), preview('Geneva', 1)]);
      const before = snapshot(ws.content);
      const runs = await Promise.all([ingest([a!], ws.content, { json: true }), ingest([b!], ws.content, { json: true })]);
      for (const run of runs) expect(run.code, `trial ${trial}: ${run.stderr}`).toBe(0);
      const rounds = runs.map((run) => (JSON.parse(run.stdout) as { rounds: { id: string; existing: boolean }[] }).rounds[0]!);
      expect(rounds[0]!.id, `trial ${trial}`).toBe(rounds[1]!.id);
      expect(rounds.map((r) => r.existing).sort(), `trial ${trial}: one creates the round, the other finds it`).toEqual([false, true]);
      expect(check(ws.content, ws.root), `trial ${trial}`).toEqual([]);
      const added = [...snapshot(ws.content).keys()].filter((f) => !before.has(f));
      expect(added.filter((f) => f.startsWith('rounds/')), `trial ${trial}`).toEqual([`rounds/${rounds[0]!.id}.md`]);
      expect(added.filter((f) => f.startsWith('articles/')), `trial ${trial}`).toHaveLength(2);
      expect(staged(ws.content), `trial ${trial}`).toEqual([]);
    }
  }, 900_000);
});
