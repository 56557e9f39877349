/**
 * `npm run bench`: how fast the site builds, how much memory it takes, and how
 * heavy its pages are, at sizes a timeline of years of talks reaches.
 *
 * For each size it generates a corpus (tests/bench/generate.ts), then, `--runs`
 * times, alternating so the ratios survive a noisy machine:
 *
 * 1. `npm run build` exactly (src/build/cli.ts) with cold caches, and the plain
 *    Astro site over the same articles (tests/bench/plain/, one page per article);
 * 2. `npm run build` again with the link-preview image cache kept from 1;
 * 3. unless `--no-steps`, each step alone on the same corpus: the content check,
 *    the images with an empty and with a full cache, `astro build` (its stages read
 *    from its output), the search index, and the plain site in its same-pages mode
 *    (as many pages as ours).
 *
 * Then, unless `--no-loop`, the editor's loop: `astro dev` over the corpus, an
 * article ingested, and the time until the new round's page is served. Last, the
 * ingest command over 1,000 raw articles.
 *
 *   npm run bench                                 1,000 and 10,000 articles, 3 runs each
 *   npm run bench -- --quick                      200 articles, 1 run
 *   npm run bench -- --articles 1000,4000 --json  figures as one JSON object
 *
 * Options: --seed N, --keep (leave the temporary folders), --no-plain, --no-steps,
 * --no-loop, --no-ingest, --site DIR (measure another checkout of the site),
 * --assert (exit non-zero when a target is missed), --warm (keep every cache
 * between runs, as on an editor's machine).
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, writeCorpus } from './generate.ts';
import { astroStages, type AstroStages } from './lib/astro-log.ts';
import { editorLoop, type LoopResult } from './lib/editor-loop.ts';
import { measure, median, type Measurement } from './lib/measure.ts';
import { filesUnder, pageStats, type PageStats } from './lib/pages.ts';
import { printReport, verdicts, type Figures, type IngestResult, type SizeResult } from './lib/report.ts';
import { writeRawArticles } from './raw.ts';

const REPO = path.resolve(import.meta.dirname, '../..');
const PLAIN = path.join(REPO, 'tests/bench/plain');
const INGEST_ARTICLES = 1000;

export { TARGETS } from './lib/report.ts';

interface Options {
  articles: number;
  runs: number;
  seed: number;
  work: string;
  out: string;
  site: string;
  plain: boolean;
  steps: boolean;
  loop: boolean;
  warm: boolean;
  log: (line: string) => void;
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
      steps: { type: 'boolean', default: true },
      loop: { type: 'boolean', default: true },
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
  const load = os.loadavg().map((l) => l.toFixed(2));
  log(`Benchmark in ${work} (builds in ${out}): ${sizes.join(', ')} articles, ${runs} run(s) each, ${values.warm ? 'warm' : 'cold'} caches, seed ${seed}, site ${site}; load average ${load.join(' ')} on ${os.availableParallelism()} cores`);

  const results: SizeResult[] = [];
  let corpusForIngest: string | undefined;
  try {
    for (const articles of sizes) {
      const options = { articles, runs, seed, work, out, site, plain: values.plain, steps: values.steps, loop: values.loop, warm: values.warm, log };
      const result = await benchSize(options);
      if (!result) {
        process.exitCode = 1;
        return;
      }
      results.push(result);
      if (!corpusForIngest || articles === 1000) corpusForIngest = path.join(work, String(articles), 'content');
    }
    const ingest = values.ingest ? await benchIngest({ work, site, seed, content: corpusForIngest!, log }) : { note: 'skipped (--no-ingest)' };
    const report = {
      seed,
      runsPerSize: runs,
      caches: values.warm ? 'warm' : 'cold',
      machine: { cpus: os.availableParallelism(), node: process.version, loadAverageAtStart: os.loadavg(), loadAverageAtEnd: os.loadavg() },
      runs: results,
      ingestPerSecond: ingest.perSecond ?? null,
      ingest,
      targets: verdicts(results, ingest.perSecond),
    };
    if (values.json) console.log(JSON.stringify(report, null, 2));
    else printReport(report);
    if (values.assert && report.targets.some((t) => t.ok === false)) process.exitCode = 1;
  } finally {
    if (values.keep) log(`Kept ${work} and ${out}.`);
    else for (const dir of [work, out]) fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Wall, CPU and peak memory of one measurement. */
function figures(m: Measurement): Figures {
  return { wallSeconds: m.wallSeconds, cpuSeconds: m.cpuSeconds, peakMiB: m.peakMiB };
}

/** The medians of several runs' figures. */
function medianFigures(list: Figures[]): Figures {
  const cpus = list.map((f) => f.cpuSeconds);
  return { wallSeconds: median(list.map((f) => f.wallSeconds)), cpuSeconds: cpus.includes(null) ? null : median(cpus as number[]), peakMiB: median(list.map((f) => f.peakMiB)) };
}

function medianOf<T>(list: T[], pick: (t: T) => number | undefined): number | null {
  const values = list.map(pick).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return values.length ? median(values) : null;
}

/** The Node flags `npm run build` gives `astro build` in the measured checkout (none before it had any). */
async function astroNodeArgs(site: string): Promise<string[]> {
  const heap = path.join(site, 'src/build/heap.ts');
  return fs.existsSync(heap) ? ((await import(heap)) as { astroNodeArgs: () => string[] }).astroNodeArgs() : [];
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

interface StepRun {
  check: Measurement;
  imagesCold?: Measurement & { drawn: number | null };
  imagesWarm?: Measurement;
  astro: Measurement & { stages?: AstroStages };
  search?: Measurement & { bundles: number | null };
  samePages?: Measurement & { pages: number };
}

async function benchSize(o: Options): Promise<SizeResult | undefined> {
  const { articles, runs, site, log } = o;
  const content = path.join(o.work, String(articles), 'content');
  const dir = path.join(o.out, String(articles));
  let started = performance.now();
  const written = writeCorpus(content, { articles, seed: o.seed });
  const generateSeconds = (performance.now() - started) / 1000;
  log(`${articles} articles: generated ${written.files} files (${(written.bytes / 1048576).toFixed(1)} MiB) in ${generateSeconds.toFixed(1)} s`);
  const astro = path.join(REPO, 'node_modules/astro/bin/astro.mjs');
  const heapArgs = await astroNodeArgs(site);
  const has = (file: string) => fs.existsSync(path.join(site, file));
  // Cold: every build gets caches of its own. Warm: all share one, filled by a first build not counted.
  let fresh = 0;
  const cache = (kind: string) => path.join(dir, o.warm ? `cache-${kind}` : `cache-${kind}-${++fresh}`);
  const env = (extra: Record<string, string> = {}) => ({ CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: cache('astro'), OG_CACHE_DIR: cache('og'), ...extra });
  const force = o.warm ? [] : ['--force'];
  const dist = path.join(dir, 'dist');
  const stepsFile = path.join(dir, 'steps.json');
  const ours = (extra: Record<string, string>) => measure(process.execPath, ['src/build/cli.ts', ...force, '--outDir', dist], { cwd: site, env: env({ BUILD_STEPS_FILE: stepsFile, ...extra }) });
  const plainBuild = (extra: Record<string, string> = {}, outDir = path.join(dir, 'plain-dist')) =>
    measure(process.execPath, [astro, 'build', ...force, '--root', PLAIN, '--outDir', outDir], { cwd: site, env: env(extra) });
  const failed = (what: string, m: Measurement) => {
    log(`${what} of ${articles} articles failed (exit ${m.exitCode}):\n${m.tail}`);
    return undefined;
  };

  if (o.warm) {
    const warmUp = await ours({});
    if (o.plain) await plainBuild();
    log(`  warm-up builds done (ours ${warmUp.wallSeconds.toFixed(1)} s, not counted)`);
  }
  const full: (Measurement & { steps?: unknown })[] = [];
  const fullWarm: Measurement[] = [];
  const baseline: Measurement[] = [];
  const steps: StepRun[] = [];
  let htmlPages = 0;
  for (let run = 1; run <= runs; run++) {
    // 1. Exactly what `npm run build` runs, with cold caches (each its own), and the plain site.
    const ogCache = cache('og');
    fs.rmSync(stepsFile, { force: true });
    const cold = await ours({ OG_CACHE_DIR: ogCache });
    if (cold.exitCode !== 0) return failed('Our build', cold);
    full.push({ ...cold, steps: fs.existsSync(stepsFile) ? JSON.parse(fs.readFileSync(stepsFile, 'utf8')) : undefined });
    htmlPages = filesUnder(dist, '.html').length;
    log(`  run ${run}: ours ${cold.wallSeconds.toFixed(1)} s, CPU ${cold.cpuSeconds?.toFixed(1) ?? '—'} s, ${cold.peakMiB.toFixed(0)} MiB`);
    if (o.plain) {
      const plainRun = await plainBuild();
      if (plainRun.exitCode !== 0) return failed('The plain Astro build', plainRun);
      baseline.push(plainRun);
      log(`  run ${run}: plain ${plainRun.wallSeconds.toFixed(1)} s, ${plainRun.peakMiB.toFixed(0)} MiB`);
    }
    // 2. The same build with the image cache the first one filled.
    const warm = await ours({ OG_CACHE_DIR: ogCache });
    if (warm.exitCode !== 0) return failed('Our build with a warm image cache', warm);
    fullWarm.push(warm);
    log(`  run ${run}: ours with the image cache warm ${warm.wallSeconds.toFixed(1)} s`);
    if (!o.steps) continue;
    // 3. Each step alone.
    const step: StepRun = {
      check: await measure(process.execPath, ['src/check/cli.ts'], { cwd: site, env: env() }),
      // Astro's own lines, not the one per page it writes.
      astro: await measure(process.execPath, [...heapArgs, astro, 'build', ...force, '--outDir', dist], { cwd: site, env: env({ PAGEFIND_AFTER_BUILD: '1', OG_IMAGES_BESIDE_BUILD: '1' }), keep: /^(?!.*[├└]─)/ }),
    };
    if (step.astro.exitCode !== 0) return failed('astro build alone', step.astro);
    step.astro.stages = astroStages(step.astro.kept);
    if (has('src/build/search.ts')) {
      const search = await measure(process.execPath, ['src/build/search.ts', dist], { cwd: site, env: env() });
      step.search = { ...search, bundles: Number(/\((\d+) bundles\)/.exec(search.tail)?.[1] ?? 1) };
    }
    if (has('src/build/images.ts')) {
      const imageCache = cache('og');
      const imagesCold = await measure(process.execPath, ['src/build/images.ts'], { cwd: site, env: env({ OG_CACHE_DIR: imageCache }) });
      step.imagesCold = { ...imagesCold, drawn: Number(/(\d+) drawn/.exec(imagesCold.tail)?.[1] ?? Number.NaN) };
      step.imagesWarm = await measure(process.execPath, ['src/build/images.ts'], { cwd: site, env: env({ OG_CACHE_DIR: imageCache }) });
    }
    if (o.plain) {
      const samePages = await plainBuild({ PLAIN_PAGES: String(htmlPages) }, path.join(dir, 'plain-same-dist'));
      if (samePages.exitCode !== 0) return failed('The plain Astro build with as many pages as ours', samePages);
      step.samePages = { ...samePages, pages: filesUnder(path.join(dir, 'plain-same-dist'), '.html').length };
      if (step.samePages.pages !== htmlPages) log(`  note: the plain site wrote ${step.samePages.pages} pages where ours wrote ${htmlPages}`);
    }
    steps.push(step);
    log(
      `  run ${run}: alone: check ${step.check.wallSeconds.toFixed(1)} s, astro build ${step.astro.wallSeconds.toFixed(1)} s, search ${step.search?.wallSeconds.toFixed(1) ?? '—'} s, ` +
        `images ${step.imagesCold?.wallSeconds.toFixed(1) ?? '—'} s cold / ${step.imagesWarm?.wallSeconds.toFixed(1) ?? '—'} s warm, plain with ${step.samePages?.pages ?? '—'} pages ${step.samePages?.wallSeconds.toFixed(1) ?? '—'} s`,
    );
  }

  let loop: LoopResult | { note: string } | undefined;
  if (o.loop) {
    try {
      loop = await editorLoop({ site, content, cacheDir: cache('astro-dev'), port: await freePort(), log });
    } catch (error) {
      loop = { note: `not measured: ${(error as Error).message.split('\n')[0]}` };
      log(`  editor's loop ${loop.note}`);
    }
  }

  started = performance.now();
  const stats: PageStats = pageStats(dist);
  log(`  weighed ${stats.pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const wall = median(full.map((m) => m.wallSeconds));
  const cpus = full.map((m) => m.cpuSeconds);
  const baseWall = baseline.length ? median(baseline.map((b) => b.wallSeconds)) : null;
  const baseCpus = baseline.map((b) => b.cpuSeconds);
  const inBuild = (pick: (s: BuildSteps) => number | undefined) => medianOf(full, (m) => (m.steps ? pick(m.steps as BuildSteps) : undefined));
  const stepFigures = <K extends keyof StepRun>(key: K) => {
    const list = steps.map((s) => s[key]).filter(Boolean) as Measurement[];
    return list.length ? medianFigures(list.map(figures)) : null;
  };
  return {
    articles,
    ...stats,
    wallSeconds: wall,
    cpuSeconds: cpus.includes(null) ? null : median(cpus as number[]),
    peakMiB: median(full.map((m) => m.peakMiB)),
    maxPeakMiB: Math.max(...full.map((m) => m.peakMiB)),
    largestProcessMiB: full.some((m) => m.largestProcessMiB === null) ? null : median(full.map((m) => m.largestProcessMiB!)),
    checkWallSeconds: medianOf(steps, (s) => s.check.wallSeconds) ?? Number.NaN,
    baselineWallSeconds: baseWall,
    baselineCpuSeconds: !baseline.length || baseCpus.includes(null) ? null : median(baseCpus as number[]),
    baselinePeakMiB: baseline.length ? median(baseline.map((b) => b.peakMiB)) : null,
    ratio: baseWall ? wall / baseWall : null,
    pairRatio: baseline.length ? median(full.map((m, i) => m.wallSeconds / baseline[i]!.wallSeconds)) : null,
    cpuRatio: !baseline.length || cpus.includes(null) || baseCpus.includes(null) ? null : median(cpus as number[]) / median(baseCpus as number[]),
    pagesPerSecond: stats.pages / wall,
    generateSeconds,
    fullWarmImages: medianFigures(fullWarm.map(figures)),
    coldWarmRatio: median(full.map((m, i) => m.wallSeconds / fullWarm[i]!.wallSeconds)),
    inBuild: {
      checkSeconds: inBuild((s) => s.check?.seconds),
      astroSeconds: inBuild((s) => s.astro?.seconds),
      imagesSeconds: inBuild((s) => s.images?.seconds),
      imagesStarted: inBuild((s) => s.images?.started),
      imagesDone: inBuild((s) => s.images?.done),
      imagesDrawn: inBuild((s) => s.images?.drawn),
      imageThreads: inBuild((s) => s.images?.threads),
      searchSeconds: inBuild((s) => s.search?.seconds),
      searchBundles: inBuild((s) => s.search?.bundles),
    },
    steps: o.steps
      ? {
          check: stepFigures('check'),
          imagesCold: stepFigures('imagesCold'),
          imagesDrawn: medianOf(steps, (s) => s.imagesCold?.drawn ?? undefined),
          imagesWarm: stepFigures('imagesWarm'),
          astro: stepFigures('astro'),
          astroSetupSeconds: medianOf(steps, (s) => s.astro.stages?.setupSeconds),
          astroBundleSeconds: medianOf(steps, (s) => s.astro.stages?.bundleSeconds),
          astroRenderSeconds: medianOf(steps, (s) => s.astro.stages?.renderSeconds),
          search: stepFigures('search'),
          searchBundles: medianOf(steps, (s) => s.search?.bundles ?? undefined),
          plainSamePages: stepFigures('samePages'),
          plainSamePagesCount: medianOf(steps, (s) => s.samePages?.pages),
          astroVsSamePages: steps.every((s) => s.samePages) && steps.length ? median(steps.map((s) => s.astro.wallSeconds / s.samePages!.wallSeconds)) : null,
        }
      : null,
    editorLoop: loop ?? null,
    samples: full.map((m, i) => ({
      wallSeconds: m.wallSeconds,
      cpuSeconds: m.cpuSeconds,
      peakMiB: m.peakMiB,
      warmImagesWallSeconds: fullWarm[i]!.wallSeconds,
      checkWallSeconds: steps[i]?.check.wallSeconds ?? null,
      baselineWallSeconds: baseline[i]?.wallSeconds ?? null,
      steps: m.steps ?? null,
    })),
  };
}

/** What src/build/cli.ts writes to BUILD_STEPS_FILE. */
interface BuildSteps {
  check?: { seconds: number };
  astro?: { seconds: number };
  images?: { seconds: number; started: number; done: number; drawn: number; threads: number };
  search?: { seconds: number; bundles: number };
}

/** One `npm run ingest -- <files…> --dry-run` over 1,000 raw articles, against the corpus's participants and venues. */
async function benchIngest({ work, site, seed, content, log }: { work: string; site: string; seed: number; content: string; log: (line: string) => void }): Promise<IngestResult> {
  const cli = path.join(site, 'src/ingest/cli.ts');
  if (!fs.existsSync(cli)) {
    const note = 'skipped: the ingest command (src/ingest/cli.ts) is not there yet';
    log(`Ingest: ${note}`);
    return { note };
  }
  const files = writeRawArticles(path.join(work, 'raw'), { count: INGEST_ARTICLES, seed });
  // Node is called directly, as `npm run ingest` does, without npm's own start-up. Status 1 only
  // says that some articles need an editor (a generated page the reader cannot date, say): every
  // article was still read, so the figure stands; the summary line says how many.
  const summary = /^\d+ derived \(dry run/;
  const run = await measure(process.execPath, [cli, ...files, '--dry-run'], { cwd: site, env: { CONTENT_DIR: content }, keep: summary });
  const said = run.kept.split('\n').find((line) => summary.test(line));
  if ((run.exitCode !== 0 && run.exitCode !== 1) || !said) {
    const note = `the ingest command failed (exit ${run.exitCode}): ${run.tail.split('\n').slice(-5).join(' / ')}`;
    log(`Ingest: ${note}`);
    return { note, wallSeconds: run.wallSeconds };
  }
  const perSecond = files.length / run.wallSeconds;
  log(`Ingest: ${files.length} articles in ${run.wallSeconds.toFixed(1)} s, ${perSecond.toFixed(0)} per second (${said.replace(/\.$/, '')})`);
  return { perSecond, articles: files.length, wallSeconds: run.wallSeconds };
}

await main();
