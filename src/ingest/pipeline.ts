/**
 * One article from file to result, in two halves:
 *
 * - `prepare` reads the file, refuses what is not an English article, derives
 *   its facts, and plans the files it becomes (pure: it writes nothing, so it
 *   can run in a worker under a time limit and be thrown away);
 * - `finish` writes the plan as one transaction, holding the folder's lock.
 *
 * `ingestFile` does both in this process. Never throws for a bad article: the
 * result says what happened and why, for the summary and the JSON output.
 */
import path from 'node:path';
import { parseContentFile } from '../lib/content-files.ts';
import { mapStrings, stripControls } from '../lib/plain-text.ts';
import type { Content, Entry } from '../lib/types.ts';
import { tooComplex } from './clean-html.ts';
import { derive, type Derived } from './derive.ts';
import { readRawArticle, type RawArticle } from './input.ts';
import { knowledgeFrom, loadKnowledge, type Knowledge } from './knowledge.ts';
import { assertEnglish } from './language.ts';
import { acquireLock, releaseLock, type Holder } from './lock.ts';
import { corrections, replacementFor } from './replace.ts';
import { toJson } from './report.ts';
import { finish, reviewNote, type FileResult, type Prepared } from './finish.ts';
import { readGeneration, recover, type Change } from './transaction.ts';
import { IngestError, type DerivedJson, type IngestOptions } from './types.ts';
import { checkWritable, planFiles, type PlannedFile } from './write.ts';

export { finish, reviewNote, type FileResult, type Outcome, type Prepared } from './finish.ts';

/** Reads, checks and derives one file, and plans its files unless `dryRun`. Writes nothing. */
export function prepare(file: string, options: IngestOptions, knowledge: Knowledge, dryRun: boolean): Prepared {
  const base: FileResult = { file, outcome: 'failed', written: [], removed: [], warnings: [] };
  try {
    // 1. Read the file, and refuse what is not an English article in a page the reader can handle.
    const raw = readRawArticle(file);
    if (raw.kind === 'html') {
      const refusal = tooComplex(raw.text);
      if (refusal) throw new IngestError(file, refusal);
    }
    assertEnglish(raw);
    // 2. Derive its facts, and find an earlier copy of the same text.
    let derived = derive(raw, options, knowledge);
    derived.duplicateOf ??= duplicateOf(raw, knowledge);
    let json = jsonOf(derived, knowledge.dir);
    let replacing: Change['remove'] = [];
    if (derived.duplicateOf) {
      // 3. The same text again: unchanged, unless options correct what its file says.
      const article = knowledge.content.articles.find((a) => a.id === derived.duplicateOf)!;
      const corrected = corrections(options, article);
      const already = `already ingested as ${articleFile(knowledge.dir, article.id)}`;
      if (corrected.length === 0) return { result: { ...base, outcome: 'unchanged', reason: `${already}; nothing written`, json, warnings: json.warnings } };
      const replacement = replacementFor(article.id, knowledge);
      if ('refused' in replacement) return { result: { ...base, outcome: 'needs-review', reason: `${already}; ${replacement.refused}`, json, warnings: json.warnings } };
      derived = derive(raw, options, replacement.knowledge);
      json = jsonOf(derived, knowledge.dir);
      json.warnings.unshift(`${already}; replacing the drafts it created, corrected with ${corrected.join(', ')}`);
      knowledge = replacement.knowledge;
      replacing = replacement.files;
    }
    const warnings = json.warnings;
    // 4. Plan the files; say what the editor must supply when a fact is missing.
    let add: PlannedFile[] = [];
    try {
      if (dryRun) checkWritable(derived);
      else add = planFiles(derived, knowledge);
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      // Said in the JSON as well, so `--json` output alone tells why nothing was written.
      const said = `${reviewNote(dryRun)}: ${error.reason}`;
      return { result: { ...base, outcome: 'needs-review', reason: error.reason, json: { ...json, warnings: [...warnings, said] }, warnings } };
    }
    if (dryRun) return { result: { ...base, outcome: 'derived', json, warnings } };
    const outcome = replacing.length ? 'replaced' : 'written';
    return { result: { ...base, outcome, json, warnings, ...(replacing.length ? { reason: warnings[0] } : {}) }, change: { add, remove: replacing } };
  } catch (error) {
    if (error instanceof IngestError) return { result: { ...base, reason: error.reason } };
    return { result: { ...base, reason: `unexpected error: ${(error as Error).message}` } };
  }
}

/**
 * Ingests one file in this process (the CLI runs `prepare` in a worker instead, under a time
 * limit). With `dryRun`, derives only. `knowledge` is refreshed when another run wrote to the
 * folder meanwhile, and updated with what was written, so later files see it.
 */
export function ingestFile(file: string, options: IngestOptions, knowledge: Knowledge, dryRun: boolean, onWait?: (holder: Holder | null) => void): FileResult {
  if (dryRun) return prepare(file, options, knowledge, true).result;
  const lock = acquireLock(knowledge.dir, { onWait })!;
  try {
    recover(knowledge.dir);
    if (readGeneration(knowledge.dir) !== knowledge.generation) Object.assign(knowledge, loadKnowledge(knowledge.dir));
    const prepared = prepare(file, options, knowledge, false);
    const { result, generation } = finish(prepared, knowledge.dir, lock);
    if (generation !== undefined) absorb(knowledge, prepared.change!, generation);
    return result;
  } finally {
    releaseLock(lock);
  }
}

/** The article already taken in from the same text: the same normalised text, or (older articles) the same bytes. */
function duplicateOf(raw: RawArticle, knowledge: Knowledge): string | null {
  return knowledge.bySha.get(raw.sha256) ?? knowledge.bySha.get(raw.rawSha256) ?? null;
}

/** The JSON report, with nothing in it that could act on a terminal. */
function jsonOf(derived: Derived, dir: string): DerivedJson {
  return mapStrings(toJson(derived, (id) => articleFile(dir, id)), stripControls);
}

/** An article's file as the editor would type it from here: `content/articles/<id>.md` in the project. */
function articleFile(dir: string, id: string): string {
  const file = path.join(dir, 'articles', `${id}.md`);
  return path.relative(process.cwd(), file) || file;
}

/** Adds what was written to what the run knows (and drops what was replaced), so the next article matches the new round and people. */
export function absorb(knowledge: Knowledge, change: Change, generation: string): void {
  const content: Content = { ...knowledge.content };
  const list = (c: keyof Content) => content[c] as Entry<unknown>[];
  for (const f of change.remove) (content as unknown as Record<string, Entry<unknown>[]>)[f.collection] = list(f.collection).filter((e) => e.id !== f.id);
  for (const f of change.add) {
    const parsed = parseContentFile(f.collection, f.text, `${f.collection}/${f.id}.md`);
    if (!parsed.entry) continue;
    (content as unknown as Record<string, Entry<unknown>[]>)[f.collection] = [...list(f.collection).filter((e) => e.id !== f.id), parsed.entry];
  }
  Object.assign(knowledge, knowledgeFrom(knowledge.dir, content, knowledge.problems), { generation, replacing: undefined });
}
