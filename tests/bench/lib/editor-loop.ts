/**
 * The editor's loop, timed: `astro dev` over a copy of a corpus, the time until
 * it shows a round's page, then `npm run ingest` of an article about a round the
 * corpus does not have, and the time from the ingest's end until the new round's
 * page is served. The dev server renders a page when it is asked for, so none of
 * this should grow with the record the way a full build does.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The article taken in: wire copy of talks in Valletta, a city the generated corpora have no venue in. */
export const LOOP_ARTICLE = { file: 'tests/fixtures/bench-loop/article.txt', published: '2025-10-16' };
const LIMIT_MS = 300_000;

export interface LoopResult {
  /** From starting `astro dev` to a round's page served (start-up, content sync, the timeline model, one page). */
  startSeconds: number;
  /** The ingest command over the one article (it reads the whole record). */
  ingestSeconds: number;
  /** From the ingest's end to the new round's page served. */
  visibleSeconds: number;
  /** The new round's id. */
  round: string;
}

/** Polls `url` until it answers 200 with `text` in it; resolves to the seconds taken, or rejects after `LIMIT_MS`. */
async function waitFor(url: string, text: string, started = performance.now()): Promise<number> {
  for (;;) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(60_000) });
      if (response.ok && (await response.text()).includes(text)) return (performance.now() - started) / 1000;
    } catch {
      // Not listening yet.
    }
    if (performance.now() - started > LIMIT_MS) throw new Error(`${url} did not show “${text}” within ${LIMIT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The id of the first round the ingest says it wrote (`+ …/rounds/<id>.md`). */
export function writtenRound(output: string): string | undefined {
  return /\+\s+\S*rounds\/([^/\s]+)\.md/.exec(output)?.[1];
}

export async function editorLoop(options: { site: string; content: string; cacheDir: string; port: number; log: (line: string) => void }): Promise<LoopResult> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-loop-'));
  const content = path.join(work, 'content');
  fs.cpSync(options.content, content, { recursive: true });
  const env = { ...process.env, CONTENT_DIR: content, ASTRO_CACHE_DIR: options.cacheDir, ASTRO_TELEMETRY_DISABLED: '1' };
  const origin = `http://127.0.0.1:${options.port}`;
  const last = fs.readdirSync(path.join(content, 'rounds')).sort().at(-1)!.replace(/\.md$/, '');
  const started = performance.now();
  const dev = spawn(process.execPath, [path.join(options.site, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(options.port), '--host', '127.0.0.1'], {
    cwd: options.site,
    env,
    stdio: 'ignore',
    detached: true,
  });
  try {
    const startSeconds = await waitFor(`${origin}/rounds/${last}/`, '<h1', started);
    const ingestStarted = performance.now();
    const ingest = spawnSync(process.execPath, ['src/ingest/cli.ts', '--published', LOOP_ARTICLE.published, LOOP_ARTICLE.file], { cwd: options.site, env, encoding: 'utf8' });
    const ingestSeconds = (performance.now() - ingestStarted) / 1000;
    const round = writtenRound(`${ingest.stdout}\n${ingest.stderr}`);
    if (ingest.status !== 0 || !round) throw new Error(`the ingest wrote no new round (exit ${ingest.status}):\n${ingest.stdout}${ingest.stderr}`);
    // A 200 with a heading: the route found the round (an unknown id is a 404).
    const visibleSeconds = await waitFor(`${origin}/rounds/${round}/`, '<h1');
    options.log(`  editor's loop: dev server shows a round after ${startSeconds.toFixed(1)} s; ingest ${ingestSeconds.toFixed(1)} s; new round ${round} shown ${visibleSeconds.toFixed(1)} s after it`);
    return { startSeconds, ingestSeconds, visibleSeconds, round };
  } finally {
    try {
      process.kill(-dev.pid!, 'SIGTERM');
    } catch {
      // Already gone.
    }
    fs.rmSync(work, { recursive: true, force: true });
  }
}
