/**
 * One article from file to result: read, derive, and (unless dry) plan and
 * write its files. Never throws for a bad article: the result says what
 * happened and why, for the summary and the JSON output.
 */
import path from 'node:path';
import { parseContentFile } from '../lib/content-files.ts';
import type { Content, Entry } from '../lib/types.ts';
import { derive } from './derive.ts';
import { readRawArticle } from './input.ts';
import { knowledgeFrom, type Knowledge } from './knowledge.ts';
import { toJson } from './report.ts';
import { IngestError, type DerivedJson, type IngestOptions } from './types.ts';
import { checkWritable, planFiles, writeFiles, type PlannedFile } from './write.ts';

export type Outcome = 'written' | 'unchanged' | 'needs-review' | 'failed' | 'derived';

export interface FileResult {
  file: string;
  outcome: Outcome;
  /** One line: why it failed, needs review, or was unchanged. */
  reason?: string;
  json?: DerivedJson;
  /** Files written, relative to the working folder. */
  written: string[];
  warnings: string[];
}

/** Ingests one file. With `dryRun`, derives only. `knowledge` is updated with what was written, so later files see it. */
export function ingestFile(file: string, options: IngestOptions, knowledge: Knowledge, dryRun: boolean): FileResult {
  const base = { file, written: [] as string[], warnings: [] as string[] };
  try {
    const derived = derive(readRawArticle(file), options, knowledge);
    const json = toJson(derived);
    const warnings = json.warnings;
    if (derived.duplicateOf) return { ...base, outcome: 'unchanged', reason: `already ingested as content/articles/${derived.duplicateOf}.md; nothing written`, json, warnings };
    let planned: PlannedFile[];
    try {
      // A dry run checks the facts a file needs without rendering it; a real run renders and validates every file.
      if (dryRun) checkWritable(derived);
      planned = dryRun ? [] : planFiles(derived, knowledge);
    } catch (error) {
      if (error instanceof IngestError) {
        // Said in the JSON as well, so `--json` output alone tells why nothing was written.
        const said = `${reviewNote(dryRun)}: ${error.reason}`;
        return { ...base, outcome: 'needs-review', reason: error.reason, json: { ...json, warnings: [...warnings, said] }, warnings };
      }
      throw error;
    }
    if (dryRun) return { ...base, outcome: 'derived', json, warnings };
    const { written } = writeFiles(planned, knowledge.dir, file);
    absorb(knowledge, planned);
    return { ...base, outcome: 'written', json, warnings, written: written.map((p) => path.relative(process.cwd(), p) || p) };
  } catch (error) {
    if (error instanceof IngestError) return { ...base, outcome: 'failed', reason: error.reason };
    return { ...base, outcome: 'failed', reason: `unexpected error: ${(error as Error).message}` };
  }
}

/** How a file that needs review is announced: nothing is written for it. */
export function reviewNote(dryRun: boolean): string {
  return dryRun ? 'needs review; nothing would be written' : 'needs review; nothing was written';
}

/** Adds written files to what the run knows, so the next article matches the new round and people. */
function absorb(knowledge: Knowledge, files: PlannedFile[]): void {
  const content: Content = { ...knowledge.content };
  for (const f of files) {
    const parsed = parseContentFile(f.collection, f.text, `${f.collection}/${f.id}.md`);
    if (!parsed.entry) continue;
    (content as unknown as Record<string, Entry<unknown>[]>)[f.collection] = [...(content[f.collection] as Entry<unknown>[]).filter((e) => e.id !== f.id), parsed.entry];
  }
  Object.assign(knowledge, knowledgeFrom(knowledge.dir, content, knowledge.problems));
}
