/**
 * Shared by the tests of killed and concurrent ingests: fixture workspaces,
 * articles about rounds the fixture does not have, and the real command run
 * in its own process.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect } from 'vitest';
import { checkContent } from '../../../src/check/check.ts';
import { recoverIfIdle } from '../../../src/ingest/transaction.ts';
import { ingest as ingestHere } from './helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const FIXTURE = path.join(ROOT, 'tests/fixtures/ingest-faults/content');
const NODE = path.join(ROOT, 'node_modules/.bin/node');
const temps: string[] = [];
/** Removes the workspaces when the test file is done. */
export function cleanUpWorkspaces(): void {
  afterAll(() => temps.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
}

/** A fresh copy of the fixture content, and a folder for the articles. */
export function workspace(): { root: string; content: string; input: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-faults-'));
  temps.push(root);
  fs.cpSync(FIXTURE, path.join(root, 'content'), { recursive: true });
  fs.mkdirSync(path.join(root, 'in'));
  return { root, content: path.join(root, 'content'), input: path.join(root, 'in') };
}

/** Every entry file under `content` with the hash of its bytes; the staging area is listed apart. */
export function snapshot(content: string): Map<string, string> {
  const files = (fs.readdirSync(content, { recursive: true }) as string[]).filter((f) => !f.startsWith('.ingest') && fs.lstatSync(path.join(content, f)).isFile());
  return new Map(files.sort().map((f) => [f, createHash('sha256').update(fs.readFileSync(path.join(content, f))).digest('hex')]));
}

/** What is left in the staging area apart from what always stays there (its .gitignore, the generation). */
export function staged(content: string): string[] {
  const dir = path.join(content, '.ingest');
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n !== '.gitignore' && n !== 'generation') : [];
}

export const CITIES = ['Geneva', 'Vienna', 'Oslo', 'Helsinki', 'Budapest'];

/** A wire preview of a round in `city` that the content does not have; `variant` words it differently. */
export function preview(city: string, variant = 0): string {
  const lead = variant === 0
    ? `${city.toUpperCase()}, Oct 14 (Reuters) - Ukrainian and Russian negotiators will meet in ${city} on Thursday, the host country's foreign ministry said on Tuesday, in the first direct talks between the two sides this year.`
    : `${city.toUpperCase()}, Oct 14 (AFP) - Delegations from Ukraine and Russia are due to hold talks in ${city} on Thursday, officials said on Tuesday, the first such meeting this year.`;
  return `${variant === 0 ? 'Ukraine and Russia delegations to meet' : 'Russia and Ukraine to hold talks'} in ${city} on Thursday

${lead}

The Ukrainian delegation will be led by Defence Minister Rustem Umerov, while Russia's chief negotiator Vladimir Medinsky will head the Russian team.

Kyiv wants to agree a new prisoner exchange, Umerov said. A ceasefire is not on the agenda, Russian officials said.
`;
}

export function writeArticles(dir: string, texts: string[]): string[] {
  return texts.map((text, i) => {
    const file = path.join(dir, `article-${i}.txt`);
    fs.writeFileSync(file, text);
    return file;
  });
}

/** The options every run gives, so the articles are read the same way every time. */
export const OPTIONS = ['--published', '2025-10-14', '--publisher', 'Test Wire'];

export interface Run {
  code: number | null;
  killed: boolean;
  stdout: string;
  stderr: string;
  ms: number;
}

/** The ingest command on `files`; killed with SIGKILL after `killAfterMs` when given. */
export function ingest(files: string[], content: string, options: { killAfterMs?: number; faultAt?: number; json?: boolean } = {}): Promise<Run> {
  return new Promise((resolve) => {
    const started = Date.now();
    const env = { ...process.env, CONTENT_DIR: content, INGEST_FAULT_AT: options.faultAt ? String(options.faultAt) : '' };
    const child = spawn(NODE, ['src/ingest/cli.ts', ...OPTIONS, ...(options.json ? ['--json'] : []), ...files], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = options.killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), options.killAfterMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, killed: signal === 'SIGKILL', stdout, stderr, ms: Date.now() - started });
    });
  });
}

/** What `npm run check` does: finish what a killed run left, then check everything. Returns the errors. */
export function check(content: string, root: string): string[] {
  recoverIfIdle(content);
  return checkContent(content, root).filter((p) => p.severity !== 'warning').map((p) => `${p.file}: ${p.message}`);
}

/** The files each article added in a run that was not stopped, article by article (run in this process). */
export function reference(texts: string[]): Set<string>[] {
  const ws = workspace();
  const files = writeArticles(ws.input, texts);
  const before = snapshot(ws.content);
  const perArticle: Set<string>[] = [];
  for (const file of files) {
    const run = ingestHere([...OPTIONS, file], ws.content);
    expect(run.status, run.stderr).toBe(0);
    const now = [...snapshot(ws.content).keys()].filter((f) => !before.has(f) && !perArticle.some((s) => s.has(f)));
    perArticle.push(new Set(now));
  }
  expect(perArticle.every((s) => s.size >= 2), 'each article writes its own file and a round at least').toBe(true);
  return perArticle;
}

/**
 * After a killed run: nothing that was there changed, each article's files are all there or none,
 * only in order (a later article never without an earlier one), and the folder passes the check.
 */
export function expectConsistent(ws: ReturnType<typeof workspace>, before: Map<string, string>, articles: Set<string>[], note: string): number {
  const errors = check(ws.content, ws.root);
  expect(errors, note).toEqual([]);
  const after = snapshot(ws.content);
  for (const [f, hash] of before) expect(after.get(f), `${f} was changed or removed (${note})`).toBe(hash);
  const added = new Set([...after.keys()].filter((f) => !before.has(f)));
  let complete = 0;
  for (const files of articles) {
    const present = [...files].filter((f) => added.has(f));
    expect([0, files.size], `article ${complete + 1}: ${present.join(', ')} of ${[...files].join(', ')} (${note})`).toContain(present.length);
    if (present.length === 0) break;
    complete++;
  }
  const expected = articles.slice(0, complete).flatMap((s) => [...s]);
  expect([...added].sort(), note).toEqual(expected.sort());
  expect(staged(ws.content).filter((n) => n.startsWith('commit-')), `a committed transaction left unfinished (${note})`).toEqual([]);
  return complete;
}

/** Temporary files of the ingest command in the system's temporary folder (where it once kept them). */
export const systemTemps = () => fs.readdirSync(os.tmpdir()).filter((n) => /^ingest\..*\.tmp$|^\.ingest/.test(n));

