/**
 * What `npm run bench` prints: one table per size with every step of the build
 * (in the full build and alone), the plain Astro yardsticks and the editor's
 * loop, then the targets, each held or missed with its figure.
 */
import type { LoopResult } from './editor-loop.ts';
import { FIRST_TRIP_BYTES, type PageStats } from './pages.ts';

/** The targets of the issue "Build at scale" (and the page weight and ingest speed before it). */
export const TARGETS = {
  /** `npm run build`, cold caches, ÷ the plain build with one page per article. */
  fullRatio: 2.5,
  /** `astro build` alone ÷ the plain build with as many pages as ours. */
  astroRatio: 1.5,
  /** 10,000 articles ÷ 1,000, `npm run build`. */
  scaling: 10.5,
  /** Peak memory of `npm run build` at 10,000 articles, the whole process tree. */
  peakMiB: 2048,
  /** `npm run build` with an empty image cache ÷ the same with a full one. */
  coldWarm: 1.2,
  /** From the end of `npm run ingest` to the new round's page in `npm run dev`, at 10,000 articles. */
  loopSeconds: 10,
  ingestPerSecond: 100,
};

export interface Figures {
  wallSeconds: number;
  cpuSeconds: number | null;
  peakMiB: number;
}

export interface IngestResult {
  perSecond?: number;
  articles?: number;
  wallSeconds?: number;
  note?: string;
}

export interface SizeResult extends PageStats {
  articles: number;
  /** `npm run build`, cold caches (medians): wall, CPU of the whole tree, peak memory of the tree. */
  wallSeconds: number;
  cpuSeconds: number | null;
  peakMiB: number;
  /** The largest peak of any run. */
  maxPeakMiB: number;
  /** Peak resident memory of the largest single process. */
  largestProcessMiB: number | null;
  /** The content check alone (median), NaN when steps were not timed. */
  checkWallSeconds: number;
  baselineWallSeconds: number | null;
  baselineCpuSeconds: number | null;
  baselinePeakMiB: number | null;
  /** Our full build ÷ the plain one (medians). */
  ratio: number | null;
  /** The median of each run's own ratio (ours ÷ the plain build right after it): steadier when the load changes between runs. */
  pairRatio: number | null;
  /** CPU seconds of ours ÷ those of the plain build: less sensitive than wall time to other work on the machine. */
  cpuRatio: number | null;
  pagesPerSecond: number;
  generateSeconds: number;
  /** `npm run build` with the image cache filled by the cold build just before. */
  fullWarmImages: Figures;
  /** The median of each run's cold ÷ warm-image-cache build. */
  coldWarmRatio: number;
  /** Each step inside `npm run build`, as it reports them (medians). */
  inBuild: Record<'checkSeconds' | 'astroSeconds' | 'imagesSeconds' | 'imagesStarted' | 'imagesDone' | 'imagesDrawn' | 'imageThreads' | 'searchSeconds' | 'searchBundles', number | null>;
  /** Each step run alone on the same corpus (medians), or null with `--no-steps`. */
  steps: {
    check: Figures | null;
    imagesCold: Figures | null;
    imagesDrawn: number | null;
    imagesWarm: Figures | null;
    astro: Figures | null;
    astroSetupSeconds: number | null;
    astroBundleSeconds: number | null;
    astroRenderSeconds: number | null;
    search: Figures | null;
    searchBundles: number | null;
    plainSamePages: Figures | null;
    plainSamePagesCount: number | null;
    /** The median of each run's `astro build` alone ÷ the plain same-pages build. */
    astroVsSamePages: number | null;
  } | null;
  editorLoop: LoopResult | { note: string } | null;
  samples: unknown[];
}

export interface Verdict {
  target: string;
  value: string;
  ok: boolean | null;
}

const x = (n: number | null | undefined) => (n === null || n === undefined || !Number.isFinite(n) ? '—' : `${n.toFixed(2)}×`);

export function verdicts(results: SizeResult[], ingestPerSecond: number | undefined): Verdict[] {
  const out: Verdict[] = [];
  const at = (n: number) => results.find((r) => r.articles === n);
  for (const r of results) {
    const ratio = r.pairRatio ?? r.ratio;
    if (ratio) out.push({ target: `npm run build within ${TARGETS.fullRatio}× the plain Astro build at ${r.articles.toLocaleString('en')} articles (median of each run's ratio)`, value: `${x(ratio)} (CPU ${x(r.cpuRatio)})`, ok: ratio <= TARGETS.fullRatio });
    const astro = r.steps?.astroVsSamePages;
    if (astro) out.push({ target: `astro build alone within ${TARGETS.astroRatio}× a plain build of as many pages at ${r.articles.toLocaleString('en')} articles`, value: x(astro), ok: astro <= TARGETS.astroRatio });
    out.push({ target: `a cold build within ${TARGETS.coldWarm}× the same build with a warm image cache at ${r.articles.toLocaleString('en')} articles`, value: x(r.coldWarmRatio), ok: r.coldWarmRatio <= TARGETS.coldWarm });
  }
  const [k1, k10] = [at(1000), at(10000)];
  if (k1 && k10) {
    const scale = k10.wallSeconds / k1.wallSeconds;
    out.push({ target: `10,000 articles within ${TARGETS.scaling}× the 1,000-article time`, value: x(scale), ok: scale <= TARGETS.scaling });
  }
  if (k10) out.push({ target: 'peak memory of npm run build at 10,000 articles at most 2 GiB (largest of the runs)', value: `${k10.maxPeakMiB.toFixed(0)} MiB`, ok: k10.maxPeakMiB <= TARGETS.peakMiB });
  if (k10?.editorLoop) {
    const loop = k10.editorLoop;
    out.push('visibleSeconds' in loop
      ? { target: `editor's loop at 10,000 articles: the new round's page within ${TARGETS.loopSeconds} s of npm run ingest, in npm run dev`, value: `${loop.visibleSeconds.toFixed(1)} s`, ok: loop.visibleSeconds <= TARGETS.loopSeconds }
      : { target: `editor's loop at 10,000 articles`, value: loop.note, ok: null });
  }
  for (const r of results) {
    out.push({ target: `home page HTML + CSS ≤ 14 KB gzip at ${r.articles.toLocaleString('en')} articles`, value: `${(r.homeFirstTripBytes / 1024).toFixed(1)} KB`, ok: r.homeFirstTripBytes <= FIRST_TRIP_BYTES });
  }
  out.push({ target: `ingest ≥ ${TARGETS.ingestPerSecond} articles per second`, value: ingestPerSecond ? `${ingestPerSecond.toFixed(0)}/s` : 'not measured', ok: ingestPerSecond ? ingestPerSecond >= TARGETS.ingestPerSecond : null });
  return out;
}

type Row = [string, Figures | null | undefined, string?];

function table(rows: Row[]): string[] {
  const s = (n: number | null | undefined, digits = 1) => (n === null || n === undefined || !Number.isFinite(n) ? '—' : n.toFixed(digits));
  const cells = rows.map(([step, f, note]) => [step, s(f?.wallSeconds), s(f?.cpuSeconds), s(f?.peakMiB, 0), note ?? '']);
  const head = ['step', 'wall s', 'CPU s', 'peak MiB', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((v, i) => (i === 0 || i === 4 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join(' | ')} |`;
  return [line(head), `|${widths.map((w, i) => `${i === 0 || i === 4 ? ':' : ''}${'-'.repeat(w + 1)}${i === 0 || i === 4 ? '' : ':'}`).join('|')}|`, ...cells.map(line)];
}

const secs = (n: number | null | undefined): Figures | null => (n === null || n === undefined ? null : { wallSeconds: n, cpuSeconds: null, peakMiB: Number.NaN });

/** The rows of one size: the full build, its steps, each step alone, the yardsticks, the editor's loop. */
export function sizeRows(r: SizeResult): Row[] {
  const b = r.inBuild;
  const st = r.steps;
  const loop = r.editorLoop && 'visibleSeconds' in r.editorLoop ? r.editorLoop : null;
  const rows: Row[] = [
    ['npm run build, cold caches', { wallSeconds: r.wallSeconds, cpuSeconds: r.cpuSeconds, peakMiB: r.peakMiB }, `${x(r.pairRatio)} plain; largest peak ${r.maxPeakMiB.toFixed(0)} MiB`],
    ['  in it: content check', secs(b.checkSeconds), 'beside astro build'],
    ['  in it: astro build', secs(b.astroSeconds), 'from the start'],
    ['  in it: link-preview images', secs(b.imagesSeconds), b.imagesDrawn === null ? '' : `${b.imagesDrawn} drawn on ${b.imageThreads} thread(s), from ${b.imagesStarted?.toFixed(1)} s to ${b.imagesDone?.toFixed(1)} s`],
    ['  in it: search index', secs(b.searchSeconds), b.searchBundles === null ? '' : `${b.searchBundles} bundle(s), after astro build`],
    ['npm run build, image cache warm', r.fullWarmImages, `cold ÷ warm ${x(r.coldWarmRatio)}`],
  ];
  if (st) {
    rows.push(
      ['content check alone', st.check],
      ['images alone, empty cache', st.imagesCold, st.imagesDrawn === null ? '' : `${st.imagesDrawn} drawn`],
      ['images alone, full cache', st.imagesWarm],
      ['astro build alone', st.astro, `${x(st.astroVsSamePages)} plain of as many pages`],
      ['  setup and content sync', secs(st.astroSetupSeconds)],
      ['  bundle (Vite)', secs(st.astroBundleSeconds)],
      ['  render pages', secs(st.astroRenderSeconds)],
      ['search index alone (Pagefind)', st.search, st.searchBundles === null ? '' : `${st.searchBundles} bundle(s)`],
    );
  }
  rows.push(['plain Astro, one page per article', r.baselineWallSeconds === null ? null : { wallSeconds: r.baselineWallSeconds, cpuSeconds: r.baselineCpuSeconds, peakMiB: r.baselinePeakMiB ?? Number.NaN }]);
  if (st?.plainSamePages) rows.push(['plain Astro, as many pages as ours', st.plainSamePages, `${st.plainSamePagesCount} pages`]);
  if (r.editorLoop) {
    rows.push(
      ["editor's loop: npm run dev to a round's page", secs(loop?.startSeconds), loop ? '' : (r.editorLoop as { note: string }).note],
      ["editor's loop: npm run ingest of one article", secs(loop?.ingestSeconds)],
      ["editor's loop: the new round's page after it", secs(loop?.visibleSeconds), loop?.round ?? ''],
    );
  }
  return rows;
}

export function printReport(report: { runsPerSize: number; caches: string; machine: { cpus: number; loadAverageAtStart: number[] }; runs: SizeResult[]; ingest: IngestResult; targets: Verdict[] }): void {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  for (const r of report.runs) {
    console.log(`\n${r.articles.toLocaleString('en')} articles, ${r.pages.toLocaleString('en')} pages: medians of ${report.runsPerSize} run(s), ${report.caches} caches, ${report.machine.cpus} cores.\n`);
    for (const line of table(sizeRows(r))) console.log(line);
    console.log(`\nPages: largest ${kb(r.largestBytes)} (/${r.largestPage}), median ${kb(r.medianBytes)}; home page HTML + CSS ${kb(r.homeFirstTripBytes)} gzip.`);
  }
  console.log(`\nIngest: ${report.ingest.perSecond ? `${report.ingest.perSecond.toFixed(0)} articles per second (${report.ingest.articles} in ${report.ingest.wallSeconds!.toFixed(1)} s)` : report.ingest.note}`);
  console.log('\nTargets:');
  for (const t of report.targets) console.log(`  ${t.ok === null ? '–' : t.ok ? '✓' : '✗'} ${t.target}: ${t.value}`);
}
