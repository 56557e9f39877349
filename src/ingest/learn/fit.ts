/**
 * `npm run fit:ingest`: fits the reader's decisions on the dev part of the
 * labelled real pages and writes `src/ingest/weights.json`.
 *
 * Each page is read cold and warm (see memory.ts); every candidate a decision
 * chose among becomes an example, labelled by the page's gold label. The
 * decisions feed one another (the seat decision depends on the round chosen),
 * so the fit runs in passes: each pass reads every page with models fitted on
 * all the other dev pages (leave-one-out cross-fitting), so no page is read
 * with weights that saw its own label. Thresholds are chosen on those
 * out-of-page probabilities, precision first (F0.5). No randomness: the same
 * pages give the same bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readContent } from '../../lib/content-files.ts';
import { contentDir } from '../../lib/content-dir.ts';
import type { Entry, RoundData } from '../../lib/types.ts';
import { shiftDay } from '../dates.ts';
import { DECISIONS, useWeights, type Decision, type Logistic, type Weights } from '../model.ts';
import { outcomeFeatures, STATUSES, topicGroups } from '../outcomes.ts';
import { seatFeatures } from '../table.ts';
import { fold } from '../text.ts';
import { loadCorpus, type LabelledPage } from './corpus.ts';
import { fitLogistic, predict, type Example } from './logistic.ts';
import { memoryFor, runPage, type Mode } from './run.ts';
import { addTallies, emptyTallies, prf, samePerson, scorePage, topicId } from './score.ts';

const PASSES = 3;
const LAMBDA = 3;
/** The round decision has few pages of one kind (those that report no round): a lighter penalty lets its telling features count. */
const LAMBDAS: Partial<Record<Decision, number>> = { round: 0.3 };
const WEIGHTS_FILE = path.resolve(import.meta.dirname, '../weights.json');

/** An example with what its decision's threshold is judged by: the group it is chosen within. */
interface Labelled extends Example {
  /** Candidates of one choice (a page's days, a page's known rounds) share a group; the best of a group is the choice. */
  group: string;
  /** For outcome examples: the topic and status the example stands for. */
  item?: string;
}

type Examples = Record<Decision, Labelled[]>;


function daysOf(round: Entry<RoundData>): string[] {
  const days = [round.data.date];
  for (let d = round.data.date; round.data.endDate && d < round.data.endDate; ) days.push((d = shiftDay(d, 1)));
  return days;
}

const sameCity = (a: string, b: string) => fold(a).replace(/ region$/, '') === fold(b).replace(/ region$/, '');

/** Reads one page in one mode and adds its examples. */
function collect(page: LabelledPage, mode: Mode, record: ReturnType<typeof readContent>['content'], into: Examples): void {
  const gold = page.label;
  const run = runPage(page, mode, record);
  if (!run.derived) return;
  const { reading, roundReading, choice } = run.derived.trace;
  const key = `${page.label.file}:${mode}`;
  const add = (d: Decision, features: Labelled['features'], label: boolean, group = key, item?: string) => into[d].push({ features, label, page: page.label.file, group, item });
  add('round', roundReading.reports.features, gold.about_round !== null);
  if (mode !== 'cold') for (const k of roundReading.known) add('match', k.features, !!gold.about_round && daysOf(k.value).includes(gold.about_round.date));
  if (mode !== 'warm' && gold.about_round) {
    for (const d of roundReading.days) add('date', d.features, d.value.day === gold.about_round.date);
    add('video', roundReading.video.features, gold.about_round.format === 'video');
    if (gold.about_round.venue_city) for (const p of roundReading.places) add('venue', p.features, sameCity(gold.about_round.venue_city, p.value[0]!.city));
  }
  const round = run.derived.round;
  if (!round || !gold.about_round) return;
  const knowledge = memoryFor(page, mode, record);
  for (const person of reading.people) {
    add('seat', seatFeatures(reading, person, choice?.known ?? null, knowledge, round.venue?.country ?? null), gold.participants.some((g) => samePerson(g.name, person.name)), `${key}:${person.id}`);
  }
  const preview = !!round.date && !!reading.meta.published && reading.meta.published < round.date;
  for (const [topic, spots] of topicGroups(reading, knowledge)) {
    const features = outcomeFeatures(reading, spots, preview, choice?.known ?? null);
    const status = gold.outcomes.find((o) => topicId(o.topic) === topic)?.status;
    add('outcome', features, status !== undefined, `${key}:${topic}`, `${topic}:${status ?? 'none'}`);
    if (status) for (const s of STATUSES) add(s, features, status === s, `${key}:${topic}`, `${topic}:${s}`);
  }
}

function collectAll(pages: LabelledPage[], record: ReturnType<typeof readContent>['content'], weightsFor: (page: LabelledPage) => Weights | null): Examples {
  const into = Object.fromEntries(DECISIONS.map((d) => [d, []])) as unknown as Examples;
  for (const page of pages) {
    const w = weightsFor(page);
    useWeights(w ?? { fittedOn: 'none', models: {} });
    for (const mode of ['cold', 'unrecorded', 'warm'] as const) collect(page, mode, record, into);
  }
  return into;
}

/** Fits every decision on the examples of the pages `keep` accepts. */
type Models = Record<Decision, Omit<Logistic, 'threshold'>>;

function fitModels(examples: Examples, keep: (page: string) => boolean): Models {
  return Object.fromEntries(DECISIONS.map((d) => [d, fitLogistic(examples[d].filter((e) => keep(e.page)), LAMBDAS[d] ?? LAMBDA)])) as Record<Decision, Omit<Logistic, 'threshold'>>;
}

/** F-beta with beta 0.5: precision counts twice as much as recall. */
const fHalf = (tp: number, fp: number, fn: number) => (tp === 0 ? 0 : (1.25 * tp) / (1.25 * tp + 0.25 * fn + fp));

const GRID = Array.from({ length: 15 }, (_, i) => 0.2 + i * 0.05);

/** The threshold that scores best on out-of-fold probabilities `p` (by example index). */
function chooseThreshold(d: Decision, examples: Labelled[], p: number[], foldModels: (page: string) => Models): number {
  // Each threshold is judged with its neighbours, so a lone spike in a flat curve does not win.
  const scores = GRID.map((t) => objective(d, examples, p, t, foldModels));
  const smooth = scores.map((_, i) => (scores[Math.max(0, i - 1)]! + 2 * scores[i]! + scores[Math.min(scores.length - 1, i + 1)]!) / 4);
  let best = 0;
  smooth.forEach((v, i) => v > smooth[best]! + 1e-9 && (best = i));
  return Math.round(GRID[best]! * 100) / 100;
}

function objective(d: Decision, examples: Labelled[], p: number[], t: number, foldModels: (page: string) => Models): number {
  if (d === 'seat') {
    let [tp, fp, fn] = [0, 0, 0];
    examples.forEach((e, i) => (p[i]! >= t ? (e.label ? tp++ : fp++) : e.label && fn++));
    return fHalf(tp, fp, fn);
  }
  if (d === 'video') {
    let right = 0;
    examples.forEach((e, i) => (p[i]! >= t) === e.label && right++);
    return right / Math.max(1, examples.length);
  }
  if (d === 'round') {
    // Balanced accuracy: pages with and without the property count alike.
    const pos = examples.map((e, i) => [e, p[i]!] as const).filter(([e]) => e.label);
    const neg = examples.map((e, i) => [e, p[i]!] as const).filter(([e]) => !e.label);
    return (3 * pos.filter(([, q]) => q >= t).length / Math.max(1, pos.length) + neg.filter(([, q]) => q < t).length / Math.max(1, neg.length)) / (3 + 1);
  }
  if (d === 'match' || d === 'date' || d === 'venue') {
    // The best candidate of each page is the choice; it counts when asserted and right.
    const groups = new Map<string, { label: boolean; p: number }[]>();
    examples.forEach((e, i) => groups.set(e.group, [...(groups.get(e.group) ?? []), { label: e.label, p: p[i]! }]));
    let [tp, fp, fn] = [0, 0, 0];
    for (const g of groups.values()) {
      const top = g.reduce((a, b) => (b.p > a.p ? b : a));
      const hasAnswer = g.some((x) => x.label);
      if (top.p >= t) top.label ? tp++ : (fp++, hasAnswer && fn++);
      else if (hasAnswer) fn++;
    }
    return fHalf(tp, fp, fn);
  }
  if (d !== 'outcome') return 0; // the statuses have no threshold of their own
  // A topic is asserted with its likeliest status when P(outcome) × P(status) reaches the threshold.
  const status = (i: number) => STATUSES.map((s) => [s, foldModels(examples[i]!.page)[s]] as const).map(([s, m]) => [s, predict(m, examples[i]!.features)] as const).reduce((a, b) => (b[1] > a[1] ? b : a));
  let [tp, fp, fn] = [0, 0, 0];
  examples.forEach((e, i) => {
    const [s, q] = status(i);
    const gold = e.item!.split(':')[1]!;
    const asserted = p[i]! * q >= t;
    if (asserted && gold === s) tp++;
    else {
      if (asserted) fp++;
      if (gold !== 'none') fn++;
    }
  });
  return fHalf(tp, fp, fn);
}

function withThresholds(models: Record<Decision, Omit<Logistic, 'threshold'>>, thresholds: Record<Decision, number>): Weights['models'] {
  return Object.fromEntries(DECISIONS.map((d) => [d, { ...models[d], threshold: thresholds[d] }])) as Weights['models'];
}

export function fit(pages: LabelledPage[], record: ReturnType<typeof readContent>['content'], log = (line: string) => console.log(line), verbose = false): Weights {
  // Leave-one-out: each page is read with weights fitted on every other dev page.
  const files = pages.map((p) => p.label.file);
  const foldOf = (file: string) => files.indexOf(file);
  let foldWeights: (Weights | null)[] = new Array(files.length).fill(null);
  let thresholds = Object.fromEntries(DECISIONS.map((d) => [d, 0.5])) as Record<Decision, number>;
  let examples: Examples | null = null;
  for (let pass = 1; pass <= PASSES; pass++) {
    examples = collectAll(pages, record, (page) => foldWeights[foldOf(page.label.file)]!);
    const perFold = files.map((_, k) => fitModels(examples!, (file) => foldOf(file) !== k));
    // Out-of-fold probabilities: each example scored by the model that did not see its page.
    const oof = Object.fromEntries(DECISIONS.map((d) => [d, examples![d].map((e) => predict(perFold[foldOf(e.page)]![d], e.features))])) as Record<Decision, number[]>;
    thresholds = Object.fromEntries(DECISIONS.map((d) => [d, chooseThreshold(d, examples![d], oof[d], (page) => perFold[foldOf(page)]!)])) as Record<Decision, number>;
    foldWeights = perFold.map((models) => ({ fittedOn: 'fold', models: withThresholds(models, thresholds) }));
    log(`pass ${pass}: ${DECISIONS.map((d) => `${d} ${examples![d].length} ex, t=${thresholds[d]}`).join('; ')}`);
    if (verbose && pass === PASSES) examples.round.forEach((e, i) => log(`  round p=${oof.round[i]!.toFixed(2)} ${e.label ? 'R' : '-'} ${e.page}`));
  }
  // How the dev pages read with weights that never saw them: the honest dev figure to tune by.
  for (const mode of ['cold', 'unrecorded', 'warm'] as const) {
    const tallies = emptyTallies();
    for (const page of pages) {
      useWeights(foldWeights[foldOf(page.label.file)]!);
      const scored = scorePage(page.label, runPage(page, mode, record).json);
      addTallies(tallies, scored.tallies);
      if (verbose) for (const miss of scored.misses) log(`  ${mode} ${page.label.file}  ${miss}`);
    }
    const h = (f: Parameters<typeof prf>[0]) => prf(f);
    log(`dev, cross-fitted, ${mode}: date ${h(tallies.date).r.toFixed(2)} venue ${h(tallies.venue).r.toFixed(2)} people P ${h(tallies.people).p.toFixed(2)} R ${h(tallies.people).r.toFixed(2)} topic F1 ${h(tallies.topic).f1.toFixed(2)} (P ${h(tallies.topic).p.toFixed(2)}) topic+status F1 ${h(tallies['topic+status']).f1.toFixed(2)} (P ${h(tallies['topic+status']).p.toFixed(2)}) no-round ${h(tallies['no round']).r.toFixed(2)}`);
  }
  const models = fitModels(examples!, () => true);
  return {
    fittedOn: `${pages.length} dev pages of ../shared/corpus (split rule: src/ingest/learn/corpus.ts), read cold and warm; ${PASSES} cross-fitted passes (each page read with weights fitted on the others), L2 lambda ${LAMBDA} (${Object.entries(LAMBDAS).map(([d, l]) => `${d} ${l}`).join(', ')}); thresholds by out-of-page F0.5`,
    models: withThresholds(models, thresholds),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const pages = loadCorpus().filter((p) => p.part === 'dev');
  if (!pages.length) {
    console.error('fit:ingest: the labelled pages are not there: put the corpus at ../shared/corpus (beside the project) and run again');
    process.exitCode = 1;
  } else {
    const weights = fit(pages, readContent(contentDir()).content, undefined, process.argv.includes('--verbose'));
    fs.writeFileSync(WEIGHTS_FILE, `${JSON.stringify(weights, null, 1)}\n`);
    console.log(`wrote ${path.relative(process.cwd(), WEIGHTS_FILE)}`);
  }
}
