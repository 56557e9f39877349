/**
 * `npm run build`: the content check and `astro build` at once, on separate
 * cores, then the search index once Astro has exited and freed its memory.
 *
 * 0. Finish what an ingest killed while writing left behind (src/ingest/transaction.ts).
 * 1. Start `astro build` (extra arguments go to it: `npm run build -- --outDir out`)
 *    and, beside it, the content check (src/build/prepare.ts). Astro's output is
 *    held back until the check has passed.
 * 2. If the check finds an error, stop the build and print every problem, and
 *    only those: Astro's own report of the same content (a stack trace) is dropped.
 * 3. While Astro works, draw the rounds' link-preview cards into their cache from the
 *    last round backwards: Astro's route draws them from the first, finds the rest
 *    already drawn, and the two meet in the middle without drawing a card twice.
 * 4. When Astro is done, index the built pages for search (Pagefind).
 */
import { fork, spawn } from 'node:child_process';
import path from 'node:path';
import { recoverIfIdle } from '../ingest/transaction.ts';
import { indexSite } from '../integrations/pagefind.ts';
import { contentDir } from '../lib/content-dir.ts';
import { cachedCard, ogCacheDir, ogFont } from '../lib/og-image.ts';
import { terminalSafe } from '../lib/plain-text.ts';
import type { CheckReport } from './prepare.ts';

const finished = recoverIfIdle(contentDir());
if (finished.length) console.error(terminalSafe(`An ingest was stopped while writing; its files are now complete:\n${finished.map((f) => `  + ${f}`).join('\n')}\n`));

const args = process.argv.slice(2);
const outDirAt = args.findIndex((a) => a === '--outDir' || a.startsWith('--outDir='));
const outDir = path.resolve(outDirAt < 0 ? 'dist' : args[outDirAt]!.includes('=') ? args[outDirAt]!.split('=')[1]! : args[outDirAt + 1]!);
// The search index is built here, after Astro exits, so the two never hold memory at once.
const env = { ...process.env, PAGEFIND_AFTER_BUILD: '1', ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}) };

const astro = spawn(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'build', ...args], { stdio: ['inherit', 'pipe', 'pipe'], env });
// Astro's output waits until the content check has passed; on bad content it is never shown.
const held: [NodeJS.WriteStream, Buffer][] = [];
let passed = false;
for (const [from, to] of [[astro.stdout, process.stdout], [astro.stderr, process.stderr]] as const) {
  from.on('data', (chunk: Buffer) => (passed ? to.write(chunk) : held.push([to, chunk])));
}
let building = true;
const built = new Promise<number>((resolve) =>
  astro.on('close', (code, signal) => {
    building = false;
    resolve(code ?? (signal ? 1 : 0));
  }),
);

const prepare = fork(path.resolve('src/build/prepare.ts'), [], { stdio: 'inherit' });
const checked = new Promise<CheckReport>((resolve, reject) => {
  prepare.on('message', (report) => resolve(report as CheckReport));
  prepare.on('exit', (code) => reject(new Error(`the content check stopped unexpectedly (exit ${code})`)));
});

const report = await checked.catch((error: Error): CheckReport => ({ ok: false, lines: [error.message], errors: 1, warnings: 0, dir: '', cards: [] }));
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

const [font, cache] = [await ogFont(), ogCacheDir()];
for (const card of report.cards) {
  if (!building) break;
  await cachedCard(card, font, cache);
}

const code = await built;
for (const line of report.lines) console.log(terminalSafe(line));
console.log(`Content checked: no errors${report.warnings ? `, ${report.warnings} warning${report.warnings === 1 ? '' : 's'}` : ''} (${report.dir}).`);
if (code !== 0) process.exit(code);
await indexSite(outDir, console);
