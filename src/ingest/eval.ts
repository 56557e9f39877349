/**
 * `npm run eval:ingest`: scores the pipeline on the labelled articles in
 * tests/fixtures/eval/ and prints precision, recall and F1 per field, for the
 * tuning splits (`tuning`, `dev2`, since the test3 round of work `held-out` and
 * `test2`, and since each later round the split held out before it: `test3` …
 * `test7`), the held-out split (`test8`: never tuned on) and the seed articles.
 * Each table says whether its split is tuning or held out.
 *
 * The pipeline runs against tests/fixtures/eval/content/, a frozen copy of
 * the seed content (participants, venues, outcomes and rounds from the five
 * seed articles, no article files), so scores do not move when content/ grows
 * and the people of the eval articles are not known in advance: recognising
 * them by their role is part of what is measured.
 * Usage: npm run eval:ingest [-- --verbose] [-- --sets tuning,dev2]
 * (`--sets` scores only the named splits, so misses of the held-out split
 * need not be printed while tuning: `--sets tuning,dev2,held-out,test2,test3,test4,test5,test6,test7,seeds`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { derive } from './derive.ts';
import { readRawArticle } from './input.ts';
import { loadKnowledge, type Knowledge } from './knowledge.ts';
import { toJson } from './report.ts';
import { fold } from './text.ts';
import { IngestError, type DerivedJson, type IngestOptions } from './types.ts';

const ROOT = path.resolve(import.meta.dirname, '../../tests/fixtures/eval');
const SEEDS = path.resolve(import.meta.dirname, '../../../shared/seeds');
const SETS = ['tuning', 'dev2', 'held-out', 'test2', 'test3', 'test4', 'test5', 'test6', 'test7', 'test8', 'seeds'] as const;
/** Splits never tuned on: scored once before and once after a piece of work. */
const HELD_OUT: readonly string[] = ['test8'];
const FIELDS = ['round date', 'venue city', 'people at table', 'outcomes'] as const;
type Field = (typeof FIELDS)[number];

export interface Case {
  set: (typeof SETS)[number];
  name: string;
  file: string;
  options: IngestOptions;
  expected: DerivedJson;
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

/** Every labelled case; seed cases only when ../shared/seeds exists. */
export function loadCases(root = ROOT, sets: readonly string[] = SETS): { cases: Case[]; notes: string[] } {
  const cases: Case[] = [];
  const notes: string[] = [];
  for (const set of SETS.filter((s) => sets.includes(s))) {
    const dir = path.join(root, set);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      const folder = path.join(dir, name);
      const optionsFile = path.join(folder, 'options.json');
      const { seed, ...options } = fs.existsSync(optionsFile) ? (JSON.parse(fs.readFileSync(optionsFile, 'utf8')) as IngestOptions & { seed?: string }) : {};
      let file = ['article.txt', 'article.html'].map((f) => path.join(folder, f)).find((f) => fs.existsSync(f));
      if (seed) {
        file = path.join(SEEDS, seed);
        if (!fs.existsSync(file)) {
          notes.push(`skipped ${set}/${name}: ${path.relative(process.cwd(), file)} not found (the seeds live in ../shared/seeds)`);
          continue;
        }
      }
      if (!file) continue;
      cases.push({ set, name, file, options, expected: JSON.parse(fs.readFileSync(path.join(folder, 'expected.json'), 'utf8')) as DerivedJson });
    }
  }
  return { cases, notes };
}

/** What the pipeline derives for a case, or null when it refuses the article. */
export function predict(c: Case, knowledge: Knowledge): DerivedJson | null {
  try {
    return toJson(derive(readRawArticle(c.file), c.options, knowledge));
  } catch (error) {
    if (error instanceof IngestError) return null;
    throw error;
  }
}

/** The scored items of one field, as comparable strings. */
export function items(json: DerivedJson | null, field: Field): string[] {
  if (!json) return [];
  const main = json.rounds[0];
  switch (field) {
    case 'round date':
      return main?.date ? [main.date] : [];
    case 'venue city':
      return main?.venue?.city ? [fold(main.venue.city)] : [];
    case 'people at table':
      return json.participants.map((p) => p.id);
    case 'outcomes':
      return json.outcomes.map((o) => `${o.topic}:${o.status}`);
  }
}

function score(tally: Tally) {
  const p = tally.tp + tally.fp ? tally.tp / (tally.tp + tally.fp) : 1;
  const r = tally.tp + tally.fn ? tally.tp / (tally.tp + tally.fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function evaluate(cases: Case[], knowledge: Knowledge, verbose = false): Map<string, Map<Field, Tally>> {
  const tallies = new Map<string, Map<Field, Tally>>();
  const add = (set: string, field: Field, t: Tally) => {
    const bySet = tallies.get(set) ?? new Map<Field, Tally>();
    const cur = bySet.get(field) ?? { tp: 0, fp: 0, fn: 0 };
    bySet.set(field, { tp: cur.tp + t.tp, fp: cur.fp + t.fp, fn: cur.fn + t.fn });
    tallies.set(set, bySet);
  };
  for (const c of cases) {
    const got = predict(c, knowledge);
    for (const field of FIELDS) {
      const want = new Set(items(c.expected, field));
      const have = new Set(items(got, field));
      const t = { tp: [...have].filter((x) => want.has(x)).length, fp: [...have].filter((x) => !want.has(x)).length, fn: [...want].filter((x) => !have.has(x)).length };
      for (const set of ['all', c.set]) add(set, field, t);
      if (verbose && (t.fp || t.fn)) console.log(`  ${c.set}/${c.name}  ${field}: missing [${[...want].filter((x) => !have.has(x)).join(', ')}] extra [${[...have].filter((x) => !want.has(x)).join(', ')}]`);
    }
  }
  return tallies;
}

function table(name: string, count: number, bySet: Map<Field, Tally>): string {
  const rows = FIELDS.map((field) => {
    const t = bySet.get(field) ?? { tp: 0, fp: 0, fn: 0 };
    const { p, r, f1 } = score(t);
    return `| ${field.padEnd(15)} | ${p.toFixed(2)} | ${r.toFixed(2)} | ${f1.toFixed(2)} | ${String(t.tp).padStart(3)} | ${String(t.fp).padStart(3)} | ${String(t.fn).padStart(3)} |`;
  });
  const kind = name === 'all' ? '' : HELD_OUT.includes(name) ? ', held out' : name === 'seeds' ? ', seed articles' : ', tuning';
  return [`${name} (${count} articles${kind})`, '| field           | P    | R    | F1   |  TP |  FP |  FN |', '|-----------------|------|------|------|-----|-----|-----|', ...rows].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const verbose = process.argv.includes('--verbose');
  const setsArg = process.argv[process.argv.indexOf('--sets') + 1];
  const sets = process.argv.includes('--sets') && setsArg ? setsArg.split(',') : SETS;
  const unknown = sets.filter((s) => !(SETS as readonly string[]).includes(s));
  if (unknown.length) {
    console.error(`unknown split ${unknown.map((s) => `\`${s}\``).join(', ')}; choose from ${SETS.join(', ')}`);
    process.exit(2);
  }
  const knowledge = loadKnowledge(path.join(ROOT, 'content'));
  const { cases, notes } = loadCases(ROOT, sets);
  const tallies = evaluate(cases, knowledge, verbose);
  for (const set of ['all', ...SETS]) {
    const count = set === 'all' ? cases.length : cases.filter((c) => c.set === set).length;
    if (count) console.log(`\n${table(set, count, tallies.get(set)!)}`);
  }
  for (const note of notes) console.log(`\nnote: ${note}`);
}
