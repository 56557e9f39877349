/**
 * `npm run bench`: how fast the site builds and how heavy its pages are, at
 * sizes a timeline of years of talks reaches.
 *
 * For each size it generates a corpus (tests/bench/generate.ts), then builds it
 * `--runs` times the way `npm run build` does (src/build/cli.ts: the content check
 * beside `astro build --force`), alternating with a plain Astro build of
 * the same articles (tests/bench/plain/), so the ratio of the two survives a
 * noisy machine. Then it times the ingest command over 1,000 raw articles.
 *
 * Every build is cold by default: Astro's content cache and the link-preview
 * image cache (OG_CACHE_DIR) start empty, as on a fresh clone in CI. With
 * `--warm` both caches are kept between runs (after one warm-up build that is
 * not counted), as on an editor's machine that rebuilds after each article.
 *
 *   npm run bench                                 1,000 and 10,000 articles, 3 runs each
 *   npm run bench -- --articles 200 --runs 1      a quick look (also: --quick)
 *   npm run bench -- --articles 1000,4000 --json  figures as one JSON object
 *
 * Options: --seed N, --keep (leave the temporary folders), --no-plain,
 * --no-ingest, --site DIR (measure another checkout of the site), --assert
 * (exit non-zero when a target is missed).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, writeCorpus } from './generate.ts';
import { measure, median, type Measurement } from './lib/measure.ts';
import { FIRST_TRIP_BYTES, pageStats, type PageStats } from './lib/pages.ts';
import { writeRawArticles } from './raw.ts';

const REPO = path.resolve(import.meta.dirname, '../..');
const PLAIN = path.join(REPO, 'tests/bench/plain');
const INGEST_ARTICLES = 1000;

/** The targets from the project's issue. */
export const TARGETS = { ratio: 1.5, scaling: 10.5, peakMiB: 2048, ingestPerSecond: 100 };

interface SizeResult extends PageStats {
  articles: number;
  wallSeconds: number;
  cpuSeconds: number | null;
  /** Peak resident memory of the whole process tree (Node and the search indexer beside it). */
  peakMiB: number;
  /** Peak resident memory of the largest single process. */
  largestProcessMiB: number | null;
  /** The check's and astro build's share of wallSeconds (medians). */
  checkWallSeconds: number;
  baselineWallSeconds: number | null;
  baselineCpuSeconds: number | null;
  baselinePeakMiB: number | null;
  /** Our full build ÷ the plain one (medians). */
  ratio: number | null;
  /** `astro build` alone ÷ the plain one: the site's share without the content check. */
  /** The median of each run's own ratio (ours ÷ the plain build right after it): steadier when the load changes between runs. */
  pairRatio: number | null;
  /** CPU seconds of ours ÷ those of the plain build: less sensitive than wall time to other work on the machine. */
  cpuRatio: number | null;
  pagesPerSecond: number;
  generateSeconds: number;
  samples: { wallSeconds: number; checkWallSeconds: number; baselineWallSeconds: number | null }[];
}

async function main() {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', multiple: true },
      runs: { type: 'string', default: '3' },
      json: { type: 'boolean', default: false },
      quick: { type: 'boolean', default: false },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      keep: { type: 'boolean', default: false },
      plain: { type: 'boolean', default: true },
      ingest: { type: 'boolean', default: true },
      site: { type: 'string', default: REPO },
      assert: { type: 'boolean', default: false },
      warm: { type: 'boolean', default: false },
    },
    allowNegative: true,
  });
  const sizes = (values.articles ?? (values.quick ? ['200'] : ['1000', '10000'])).flatMap((v) => v.split(',')).map(Number);
  const runs = values.quick && !process.argv.includes('--runs') ? 1 : Number(values.runs);
  const seed = Number(values.seed);
  const site = path.resolve(values.site);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !(runs >= 1)) {
    console.error('Give sizes as whole numbers, e.g. `--articles 1000,10000`, and `--runs` of at least 1.');
    process.exitCode = 1;
    return;
  }
  const log = (line: string) => (values.json ? process.stderr : process.stdout).write(`${line}\n`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-'));
  // Builds go inside the site's folder: Astro keeps its prerender chunks beside an outDir
  // there, but in one shared folder of the project for an outDir outside it.
  const out = path.join(site, 'node_modules/.cache/bench', path.basename(work));
  log(`Benchmark in ${work} (builds in ${out}): ${sizes.join(', ')} articles, ${runs} run(s) each, ${values.warm ? 'warm' : 'cold'} caches, seed ${seed}, site ${site}`);

  const results: SizeResult[] = [];
  let corpusForIngest: string | undefined;
  try {
    for (const articles of sizes) {
      const result = await benchSize({ articles, runs, seed, work, out, site, plain: values.plain, warm: values.warm, log });
      if (!result) {
        process.exitCode = 1;
        return;
      }
      results.push(result);
      if (!corpusForIngest || articles === 1000) corpusForIngest = path.join(work, String(articles), 'content');
    }
    const ingest = values.ingest ? await benchIngest({ work, site, seed, content: corpusForIngest!, log }) : { note: 'skipped (--no-ingest)' };
    const report = { seed, runsPerSize: runs, caches: values.warm ? 'warm' : 'cold', machine: { cpus: os.cpus().length, node: process.version }, runs: results, ingestPerSecond: ingest.perSecond ?? null, ingest, targets: verdicts(results, ingest.perSecond) };
    if (values.json) console.log(JSON.stringify(report, null, 2));
    else printTable(report);
    if (values.assert && report.targets.some((t) => t.ok === false)) process.exitCode = 1;
  } finally {
    if (values.keep) log(`Kept ${work} and ${out}.`);
    else for (const dir of [work, out]) fs.rmSync(dir, { recursive: true, force: true });
  }
}

interface SizeOptions {
  articles: number;
  runs: number;
  seed: number;
  work: string;
  out: string;
  site: string;
  plain: boolean;
  warm: boolean;
  log: (line: string) => void;
}

async function benchSize({ articles, runs, seed, work, out, site, plain, warm, log }: SizeOptions): Promise<SizeResult | undefined> {
  const content = path.join(work, String(articles), 'content');
  const dir = path.join(out, String(articles));
  let started = performance.now();
  const written = writeCorpus(content, { articles, seed });
  const generateSeconds = (performance.now() - started) / 1000;
  log(`${articles} articles: generated ${written.files} files (${(written.bytes / 1048576).toFixed(1)} MiB) in ${generateSeconds.toFixed(1)} s`);
  const astro = path.join(REPO, 'node_modules/astro/bin/astro.mjs');
  const caches = (run: number) => (warm ? path.join(dir, 'cache') : path.join(dir, `cache-${run}`));
  const envFor = (run: number) => ({ CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: path.join(caches(run), 'astro'), OG_CACHE_DIR: path.join(caches(run), 'og') });
  const buildArgs = [astro, 'build', ...(warm ? [] : ['--force']), '--outDir', path.join(dir, 'dist')];
  const plainArgs = [astro, 'build', ...(warm ? [] : ['--force']), '--root', PLAIN, '--outDir', path.join(dir, 'plain-dist')];
  if (warm) {
    const warmUp = await measure(process.execPath, buildArgs, { cwd: site, env: envFor(0) });
    if (plain) await measure(process.execPath, plainArgs, { cwd: site, env: envFor(0) });
    log(`  warm-up builds done (ours ${warmUp.wallSeconds.toFixed(1)} s, not counted)`);
  }
  const ours: { full: Measurement; check: Measurement }[] = [];
  const baseline: Measurement[] = [];
  for (let run = 1; run <= runs; run++) {
    const env = envFor(run);
    // Exactly what `npm run build` runs: src/build/cli.ts checks the content and builds the site at once.
    const full = await measure(process.execPath, ['src/build/cli.ts', ...buildArgs.slice(2)], { cwd: site, env });
    if (full.exitCode !== 0) {
      log(`Our build of ${articles} articles failed (exit ${full.exitCode}):\n${full.tail}`);
      return undefined;
    }
    // The check alone, for the table only: inside the build it runs beside Astro on the other core.
    const check = await measure(process.execPath, ['src/check/cli.ts'], { cwd: site, env });
    ours.push({ full, check });
    log(`  run ${run}: ours ${full.wallSeconds.toFixed(1)} s (the check alone: ${check.wallSeconds.toFixed(1)} s), ${full.peakMiB.toFixed(0)} MiB`);
    if (plain) {
      const plainRun = await measure(process.execPath, plainArgs, { cwd: site, env });
      if (plainRun.exitCode !== 0) {
        log(`The plain Astro build failed (exit ${plainRun.exitCode}):\n${plainRun.tail}`);
        return undefined;
      }
      baseline.push(plainRun);
      log(`  run ${run}: plain ${plainRun.wallSeconds.toFixed(1)} s, ${plainRun.peakMiB.toFixed(0)} MiB`);
    }
  }
  started = performance.now();
  const stats = pageStats(path.join(dir, 'dist'));
  log(`  weighed ${stats.pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const wall = median(ours.map((o) => o.full.wallSeconds));
  const cpus = ours.map((o) => o.full.cpuSeconds);
  const baseWall = baseline.length ? median(baseline.map((b) => b.wallSeconds)) : null;
  const baseCpus = baseline.map((b) => b.cpuSeconds);
  return {
    articles,
    ...stats,
    wallSeconds: wall,
    cpuSeconds: cpus.includes(null) ? null : median(cpus as number[]),
    peakMiB: median(ours.map((o) => o.full.peakMiB)),
    largestProcessMiB: ours.some((o) => o.full.largestProcessMiB === null) ? null : median(ours.map((o) => o.full.largestProcessMiB!)),
    checkWallSeconds: median(ours.map((o) => o.check.wallSeconds)),
    baselineWallSeconds: baseWall,
    baselineCpuSeconds: !baseline.length || baseCpus.includes(null) ? null : median(baseCpus as number[]),
    baselinePeakMiB: baseline.length ? median(baseline.map((b) => b.peakMiB)) : null,
    ratio: baseWall ? wall / baseWall : null,
    pairRatio: baseline.length ? median(ours.map((o, i) => o.full.wallSeconds / baseline[i]!.wallSeconds)) : null,
    cpuRatio: !baseline.length || cpus.includes(null) || baseCpus.includes(null) ? null : median(cpus as number[]) / median(baseCpus as number[]),
    pagesPerSecond: stats.pages / wall,
    generateSeconds,
    samples: ours.map((o, i) => ({ wallSeconds: o.full.wallSeconds, checkWallSeconds: o.check.wallSeconds, baselineWallSeconds: baseline[i]?.wallSeconds ?? null })),
  };
}

interface IngestResult {
  perSecond?: number;
  articles?: number;
  wallSeconds?: number;
  note?: string;
}

/** One `npm run ingest -- <files…> --dry-run --json` over 1,000 raw articles, against the corpus's participants and venues. */
async function benchIngest({ work, site, seed, content, log }: { work: string; site: string; seed: number; content: string; log: (line: string) => void }): Promise<IngestResult> {
  const cli = path.join(site, 'src/ingest/cli.ts');
  if (!fs.existsSync(cli)) {
    const note = 'skipped: the ingest command (src/ingest/cli.ts) is not there yet';
    log(`Ingest: ${note}`);
    return { note };
  }
  const files = writeRawArticles(path.join(work, 'raw'), { count: INGEST_ARTICLES, seed });
  // Node is called directly, as `npm run ingest` does, without npm's own start-up.
  const run = await measure(process.execPath, [cli, ...files, '--dry-run', '--json'], { cwd: site, env: { CONTENT_DIR: content } });
  if (run.exitCode !== 0) {
    const note = `the ingest command failed (exit ${run.exitCode}): ${run.tail.split('\n').slice(-5).join(' / ')}`;
    log(`Ingest: ${note}`);
    return { note, wallSeconds: run.wallSeconds };
  }
  const perSecond = files.length / run.wallSeconds;
  log(`Ingest: ${files.length} articles in ${run.wallSeconds.toFixed(1)} s, ${perSecond.toFixed(0)} per second`);
  return { perSecond, articles: files.length, wallSeconds: run.wallSeconds };
}

interface Verdict {
  target: string;
  value: string;
  ok: boolean | null;
}

function verdicts(results: SizeResult[], ingestPerSecond: number | undefined): Verdict[] {
  const out: Verdict[] = [];
  const at = (n: number) => results.find((r) => r.articles === n);
  const k1 = at(1000);
  const k10 = at(10000);
  const ratio = k1?.pairRatio ?? k1?.ratio;
  if (k1 && ratio) out.push({ target: `1,000 articles within ${TARGETS.ratio}× the plain Astro build (median of each run's ratio)`, value: `${ratio.toFixed(2)}× (CPU ${k1.cpuRatio?.toFixed(2) ?? '—'}×)`, ok: ratio <= TARGETS.ratio });
  if (k1 && k10) {
    const scale = k10.wallSeconds / k1.wallSeconds;
    out.push({ target: `10,000 articles within ${TARGETS.scaling}× the 1,000-article time`, value: `${scale.toFixed(2)}×`, ok: scale <= TARGETS.scaling });
  }
  if (k10) out.push({ target: 'peak memory at 10,000 articles under 2 GiB', value: `${k10.peakMiB.toFixed(0)} MiB`, ok: k10.peakMiB < TARGETS.peakMiB });
  for (const r of results) {
    out.push({ target: `home page HTML + CSS ≤ 14 KB gzip at ${r.articles} articles`, value: `${(r.homeFirstTripBytes / 1024).toFixed(1)} KB`, ok: r.homeFirstTripBytes <= FIRST_TRIP_BYTES });
  }
  out.push({ target: `ingest ≥ ${TARGETS.ingestPerSecond} articles per second`, value: ingestPerSecond ? `${ingestPerSecond.toFixed(0)}/s` : 'not measured', ok: ingestPerSecond ? ingestPerSecond >= TARGETS.ingestPerSecond : null });
  return out;
}

function printTable(report: { runsPerSize: number; caches: string; runs: SizeResult[]; ingest: IngestResult; targets: Verdict[] }) {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const rows = report.runs.map((r) => [
    r.articles.toLocaleString('en'),
    r.pages.toLocaleString('en'),
    r.wallSeconds.toFixed(1),
    r.checkWallSeconds.toFixed(1),
    r.cpuSeconds?.toFixed(1) ?? '—',
    r.peakMiB.toFixed(0),
    r.largestProcessMiB?.toFixed(0) ?? '—',
    r.pagesPerSecond.toFixed(0),
    kb(r.largestBytes),
    kb(r.medianBytes),
    kb(r.homeFirstTripBytes),
    r.baselineWallSeconds?.toFixed(1) ?? '—',
    r.baselineCpuSeconds?.toFixed(1) ?? '—',
    r.baselinePeakMiB?.toFixed(0) ?? '—',
    r.ratio ? `${r.ratio.toFixed(2)}×` : '—',
    r.pairRatio ? `${r.pairRatio.toFixed(2)}×` : '—',
    r.cpuRatio ? `${r.cpuRatio.toFixed(2)}×` : '—',
  ]);
  const head = ['articles', 'pages', 'wall s', 'check alone s', 'CPU s', 'peak MiB (tree)', 'largest process MiB', 'pages/s', 'largest page', 'median page', 'home gz+css', 'plain wall s', 'plain CPU s', 'plain MiB', 'ratio', 'pair ratio', 'CPU ratio'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i]!)).join(' | ')} |`;
  console.log(`\nMedians of ${report.runsPerSize} run(s), ${report.caches} caches; "ours" is \`npm run build\` (the content check beside \`astro build\`, then the search index).\n`);
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
  for (const r of report.runs) if (r.largestPage) console.log(`Largest page at ${r.articles}: /${r.largestPage}`);
  console.log(`\nIngest: ${report.ingest.perSecond ? `${report.ingest.perSecond.toFixed(0)} articles per second (${report.ingest.articles} in ${report.ingest.wallSeconds!.toFixed(1)} s)` : report.ingest.note}`);
  console.log('\nTargets:');
  for (const t of report.targets) console.log(`  ${t.ok === null ? '–' : t.ok ? '✓' : '✗'} ${t.target}: ${t.value}`);
}

await main();
