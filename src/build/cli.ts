/**
 * `npm run build`: the pages, the content check, the link-preview images and the
 * search index, each where it costs the least time and memory on a few cores.
 *
 * 0. Finish what an ingest killed while writing left behind (src/ingest/transaction.ts).
 * 1. Start `astro build` in its own process (extra arguments go to it:
 *    `npm run build -- --outDir out`), with V8's heap capped (src/build/heap.ts).
 *    Its output is held back until the content check has passed.
 * 2. Beside it, check the content (src/build/prepare.ts); on an error, stop the
 *    build and print every problem, and only those: Astro's own report of the
 *    same content (a stack trace) is dropped.
 * 3. Beside it too, draw the rounds' link-preview cards the check reported into
 *    their cache, in worker threads (src/build/cards.ts).
 * 4. When Astro is done, index the pages for search (src/integrations/pagefind.ts);
 *    Astro's memory is returned by then.
 * 5. Meanwhile, once the last cards are drawn, copy them into the site. Say how
 *    long each step took.
 *
 * `BUILD_STEPS_FILE=<file>` also writes those figures as JSON (the benchmark reads them).
 */
import { fork, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { recoverIfIdle } from '../ingest/transaction.ts';
import { indexSite, type IndexReport } from '../integrations/pagefind.ts';
import { contentDir } from '../lib/content-dir.ts';
import { ogCacheDir } from '../lib/og-cache.ts';
import { terminalSafe } from '../lib/plain-text.ts';
import { drawCards, writeCards } from './cards.ts';
import { astroNodeArgs, heapAdvice } from './heap.ts';
import type { CheckReport } from './prepare.ts';

const finished = recoverIfIdle(contentDir());
if (finished.length) console.error(terminalSafe(`An ingest was stopped while writing; its files are now complete:\n${finished.map((f) => `  + ${f}`).join('\n')}\n`));

const started = performance.now();
const since = () => (performance.now() - started) / 1000;
const args = process.argv.slice(2);
const outDirAt = args.findIndex((a) => a === '--outDir' || a.startsWith('--outDir='));
const outDir = path.resolve(outDirAt < 0 ? 'dist' : args[outDirAt]!.includes('=') ? args[outDirAt]!.split('=')[1]! : args[outDirAt + 1]!);
// Images and the search index are made here, beside and after Astro, not inside it.
const env = { ...process.env, PAGEFIND_AFTER_BUILD: '1', OG_IMAGES_BESIDE_BUILD: '1', ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}) };

// 1. The pages.
const astro = spawn(process.execPath, [...astroNodeArgs(), path.resolve('node_modules/astro/bin/astro.mjs'), 'build', ...args], { stdio: ['inherit', 'pipe', 'pipe'], env });
// Astro's output waits until the content check has passed; on bad content it is never shown.
const held: [NodeJS.WriteStream, Buffer][] = [];
let passed = false;
for (const [from, to] of [[astro.stdout, process.stdout], [astro.stderr, process.stderr]] as const) {
  from.on('data', (chunk: Buffer) => (passed ? to.write(chunk) : held.push([to, chunk])));
}
const built = new Promise<{ code: number; signal: NodeJS.Signals | null; seconds: number }>((resolve) =>
  astro.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), signal, seconds: since() })),
);

// 2. The content check.
const prepare = fork(path.resolve('src/build/prepare.ts'), [], { stdio: 'inherit' });
const report = await new Promise<CheckReport>((resolve, reject) => {
  prepare.on('message', (message) => resolve(message as CheckReport));
  prepare.on('exit', (code) => reject(new Error(`the content check stopped unexpectedly (exit ${code})`)));
}).catch((error: Error): CheckReport => ({ ok: false, lines: [error.message], errors: 1, warnings: 0, dir: '', cards: [], seconds: since() }));
if (report.ok) {
  passed = true;
  for (const [to, chunk] of held.splice(0)) to.write(chunk);
} else {
  // Bad content: no point finishing a build that would be wrong.
  astro.kill('SIGTERM');
  prepare.kill('SIGTERM');
  await built;
  for (const line of report.lines) console.error(terminalSafe(line));
  console.error(terminalSafe(`\n${report.errors} error${report.errors === 1 ? '' : 's'} in ${report.dir}: the build was stopped. Fix them and build again (\`npm run check\` lists them).`));
  process.exit(1);
}

// 3. The link-preview cards, in worker threads while Astro renders pages.
const cacheDir = ogCacheDir();
const cardsStarted = since();
const drawing = drawCards(
  report.cards.map((c) => c.card),
  { cacheDir },
).then((drawn) => ({ ...drawn, done: since() }));
drawing.catch(() => undefined); // reported where it is awaited

const pages = await built;
for (const line of report.lines) console.log(terminalSafe(line));
console.log(`Content checked: no errors${report.warnings ? `, ${report.warnings} warning${report.warnings === 1 ? '' : 's'}` : ''} (${report.dir}).`);
if (pages.code !== 0) {
  const advice = heapAdvice(pages.signal);
  if (advice) console.error(advice);
  process.exit(pages.code);
}

// 4 and 5. The search index, while the last cards are drawn and copied into the site.
const [search, cards] = await Promise.all([
  indexSite(outDir, console).then((report): IndexReport & { done: number } => ({ ...report, done: since() })),
  drawing.then(async (drawn) => {
    await writeCards(report.cards, { cacheDir, outDir });
    return drawn;
  }),
]);

const steps = {
  seconds: since(),
  check: { seconds: report.seconds },
  astro: { seconds: pages.seconds },
  images: { seconds: cards.seconds, started: cardsStarted, done: cards.done, drawn: cards.drawn, cached: cards.cached, threads: cards.threads },
  search: { seconds: search.seconds, done: search.done, pages: search.pages, bundles: search.bundles },
};
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const drawn = cards.drawn ? `${cards.drawn} drawn on ${plural(cards.threads, 'thread')}, ${cards.cached} from the cache` : `all ${cards.cached} from the cache`;
console.log(
  `Built in ${steps.seconds.toFixed(1)} s: content check ${report.seconds.toFixed(1)} s; pages (astro build) ${pages.seconds.toFixed(1)} s; ` +
    `link-preview images ${cards.seconds.toFixed(1)} s (${drawn}); search index ${search.seconds.toFixed(1)} s (${plural(search.bundles, 'bundle')}).`,
);
if (process.env.BUILD_STEPS_FILE) fs.writeFileSync(process.env.BUILD_STEPS_FILE, `${JSON.stringify(steps, null, 2)}\n`);
