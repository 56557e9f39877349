/**
 * `npm run eval:ingest`: scores the reader on the labelled real pages of
 * `../shared/corpus` (when the corpus sits beside the project), by the fields
 * and rules of `../shared/labelling.md`, on the dev part (tuned on) and the
 * test part (the headline), cold and warm. Then, as a regression check, on
 * the self-written fixtures in tests/fixtures/eval/.
 *
 * Usage: npm run eval:ingest [-- --verbose] [-- --test-misses] [-- --part dev] [-- --json]
 * `--verbose` lists every miss on the dev part; `--test-misses` those of the
 * test part, to be read only when a piece of work is finished.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readContent } from '../lib/content-files.ts';
import { contentDir } from '../lib/content-dir.ts';
import { derive } from './derive.ts';
import { readRawArticle } from './input.ts';
import { loadKnowledge } from './knowledge.ts';
import { loadCorpus, type LabelledPage } from './learn/corpus.ts';
import { runPage, type Mode } from './learn/run.ts';
import { addTallies, emptyTallies, prf, scorePage, type Field, type Tally } from './learn/score.ts';
import { toJson } from './report.ts';
import { fold } from './text.ts';
import { IngestError, type DerivedJson, type IngestOptions } from './types.ts';

export interface RealScores {
  part: 'dev' | 'test';
  mode: Mode;
  pages: number;
  tallies: Record<Field, Tally>;
}

/** Scores the real pages, each part in each mode; `onMiss` hears every miss. */
export function scoreReal(pages: LabelledPage[], record = readContent(contentDir()).content, onMiss?: (page: LabelledPage, mode: Mode, miss: string) => void): RealScores[] {
  const out: RealScores[] = [];
  for (const part of ['dev', 'test'] as const) {
    for (const mode of ['cold', 'unrecorded', 'warm'] as const) {
      const tallies = emptyTallies();
      const mine = pages.filter((p) => p.part === part);
      if (!mine.length) continue;
      for (const page of mine) {
        const score = scorePage(page.label, runPage(page, mode, record).json);
        addTallies(tallies, score.tallies);
        for (const miss of score.misses) onMiss?.(page, mode, miss);
      }
      out.push({ part, mode, pages: mine.length, tallies });
    }
  }
  return out;
}

/** The headline figures of one part and mode, as the issue's table has them. */
export function headline(s: RealScores) {
  const t = s.tallies;
  return {
    date: prf(t.date).r,
    venue: prf(t.venue).r,
    peopleP: prf(t.people).p,
    peopleR: prf(t.people).r,
    topicF1: prf(t.topic).f1,
    statusF1: prf(t['topic+status']).f1,
    noRound: prf(t['no round']).r,
  };
}

function realTable(scores: RealScores[]): string {
  const rows = scores.map((s) => {
    const h = headline(s);
    return `| ${s.part.padEnd(4)} | ${s.mode} | ${String(s.pages).padStart(5)} | ${[h.date, h.venue, h.peopleP, h.peopleR, h.topicF1, h.statusF1, h.noRound].map((v) => v.toFixed(2)).join(' | ')} |`;
  });
  return ['| part | mode | pages | date | venue | people P | people R | topic F1 | topic+status F1 | no-round pages |', '|------|------|-------|------|-------|----------|----------|----------|-----------------|----------------|', ...rows].join('\n');
}

// ---- The self-written fixtures, kept as a regression check ---------------------------------

const FIXTURES = path.resolve(import.meta.dirname, '../../tests/fixtures/eval');
const SEEDS = path.resolve(import.meta.dirname, '../../../shared/seeds');

interface Case {
  name: string;
  file: string;
  options: IngestOptions;
  expected: DerivedJson;
}

/** Every self-written case (and the seed articles, when ../shared/seeds is present). */
export function loadFixtureCases(root = FIXTURES): Case[] {
  const cases: Case[] = [];
  for (const set of fs.existsSync(root) ? fs.readdirSync(root).sort() : []) {
    const dir = path.join(root, set);
    if (set === 'content' || !fs.statSync(dir).isDirectory()) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      const folder = path.join(dir, name);
      const optionsFile = path.join(folder, 'options.json');
      const { seed, ...options } = fs.existsSync(optionsFile) ? (JSON.parse(fs.readFileSync(optionsFile, 'utf8')) as IngestOptions & { seed?: string }) : {};
      const file = seed ? path.join(SEEDS, seed) : ['article.txt', 'article.html'].map((f) => path.join(folder, f)).find((f) => fs.existsSync(f));
      if (!file || !fs.existsSync(file)) continue;
      cases.push({ name: `${set}/${name}`, file, options, expected: JSON.parse(fs.readFileSync(path.join(folder, 'expected.json'), 'utf8')) as DerivedJson });
    }
  }
  return cases;
}

const FIXTURE_FIELDS = ['round date', 'venue city', 'people at table', 'outcomes'] as const;

function fixtureItems(json: DerivedJson | null, field: (typeof FIXTURE_FIELDS)[number]): string[] {
  const main = json?.rounds[0];
  if (!json) return [];
  if (field === 'round date') return main?.date ? [main.date] : [];
  if (field === 'venue city') return main?.venue?.city ? [fold(main.venue.city)] : [];
  if (field === 'people at table') return json.participants.map((p) => p.id);
  return json.outcomes.map((o) => `${o.topic}:${o.status}`);
}

/** Precision, recall and F1 per field on the self-written fixtures, against their frozen seed content. */
export function scoreFixtures(cases = loadFixtureCases()): Record<string, Tally> {
  const knowledge = loadKnowledge(path.join(FIXTURES, 'content'));
  const tallies: Record<string, Tally> = Object.fromEntries(FIXTURE_FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }]));
  for (const c of cases) {
    let got: DerivedJson | null = null;
    try {
      got = toJson(derive(readRawArticle(c.file), c.options, knowledge));
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
    }
    for (const field of FIXTURE_FIELDS) {
      const want = new Set(fixtureItems(c.expected, field));
      const have = new Set(fixtureItems(got, field));
      tallies[field]!.tp += [...have].filter((x) => want.has(x)).length;
      tallies[field]!.fp += [...have].filter((x) => !want.has(x)).length;
      tallies[field]!.fn += [...want].filter((x) => !have.has(x)).length;
    }
  }
  return tallies;
}

const USAGE = `Usage: npm run eval:ingest [-- --part dev|test] [-- --verbose] [-- --test-misses] [-- --json]

Scores the reader on the labelled real pages beside the project (../shared/corpus), cold,
unrecorded and warm, then on the self-written fixtures in tests/fixtures/eval.
  --part dev|test  score one part only (tune on dev; read the test part when a piece of work is done)
  --verbose        list every miss on the dev part
  --test-misses    list every miss on the test part
  --json           print the figures as JSON`;

function run(argv: string[]): void {
  const known = new Set(['--verbose', '--test-misses', '--part', '--json', 'dev', 'test']);
  if (argv.includes('--help') || argv.includes('-h') || argv.some((a) => !known.has(a))) {
    const wrong = argv.find((a) => !known.has(a) && a !== '--help' && a !== '-h');
    (wrong ? console.error : console.log)(`${wrong ? `unknown argument ${wrong}\n\n` : ''}${USAGE}`);
    process.exitCode = wrong ? 2 : 0;
    return;
  }
  const verbose = argv.includes('--verbose');
  const testMisses = argv.includes('--test-misses');
  // `--part dev` scores the dev part alone, for tuning without a glance at the test figures.
  const part = argv.includes('--part') ? argv[argv.indexOf('--part') + 1] : undefined;
  const pages = loadCorpus().filter((p) => !part || p.part === part);
  const record = readContent(contentDir()).content;
  const real = pages.length
    ? scoreReal(pages, record, (page, mode, miss) => {
        if ((page.part === 'dev' && verbose) || (page.part === 'test' && testMisses)) console.log(`  ${page.part}/${mode} ${page.label.file}  ${miss}`);
      })
    : [];
  const cases = loadFixtureCases();
  const fixtures = scoreFixtures(cases);
  if (argv.includes('--json')) {
    console.log(JSON.stringify({ real: real.map((s) => ({ part: s.part, mode: s.mode, pages: s.pages, ...headline(s) })), fixtures: Object.fromEntries(Object.entries(fixtures).map(([k, t]) => [k, prf(t)])) }, null, 2));
    return;
  }
  if (real.length) {
    const dev = pages.filter((p) => p.part === 'dev').length;
    console.log(`\nReal pages (../shared/corpus: ${pages.length}, dev ${dev}, test ${pages.length - dev}). The test rows are the headline.\n`);
    console.log(realTable(real));
    console.log('\ndate, venue: share of pages about a round with the right first day / city; no-round pages: share of pages reporting no round left without one.');
  } else {
    console.log('\nnote: ../shared/corpus is not beside the project, so the real pages were not scored.');
  }
  console.log(`\nSelf-written fixtures (${cases.length} articles in tests/fixtures/eval, a regression check):\n`);
  console.log('| field           | P    | R    | F1   |');
  console.log('|-----------------|------|------|------|');
  for (const [field, t] of Object.entries(fixtures)) {
    const { p, r, f1 } = prf(t);
    console.log(`| ${field.padEnd(15)} | ${p.toFixed(2)} | ${r.toFixed(2)} | ${f1.toFixed(2)} |`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) run(process.argv.slice(2));
