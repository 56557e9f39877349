/**
 * What every content rule reads: the parsed files (valid or not, with the
 * positions of their values), the valid entries, and today's date. Rules are
 * pure functions of this, so each can be tested on a small fixture folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatPath, readContent, type ParsedFile } from '../lib/content-files.ts';
import type { Problem } from '../lib/problems.ts';
import type { CollectionName } from '../schemas/common.ts';
import type { ArticleData, Content, Entry } from '../lib/types.ts';
import { todayAnywhere } from '../lib/today.ts';

export { todayAnywhere };

export interface CheckInput {
  /** The content folder, absolute. */
  dir: string;
  /** Paths in messages are relative to this folder. */
  cwd: string;
  /** The entries that passed their schema, one list per collection. */
  content: Content;
  /** Every Markdown file read, valid or not, by `<collection>/<id>`. */
  files: Map<string, ParsedFile>;
  /** YAML, schema and file-name problems found while reading. */
  problems: Problem[];
  /** Today as YYYY-MM-DD: later days are in the future. */
  today: string;
}

/** A content rule: reads the input, returns what it finds (nothing when all is well). */
export type Rule = (input: CheckInput) => Problem[];

export interface CheckOptions {
  cwd?: string;
  /** Today as YYYY-MM-DD; defaults to the date now in the earliest time zone. */
  today?: string;
}

/** Reads and validates every file under `dir` once, for all rules to share. */
export function readForCheck(dir: string, options: CheckOptions = {}): CheckInput {
  const cwd = options.cwd ?? process.cwd();
  let read: Pick<CheckInput, 'content' | 'problems' | 'files'> = { content: emptyContent(), problems: [], files: new Map() };
  if (fs.existsSync(dir)) {
    try {
      read = readContent(dir, cwd);
    } catch (error) {
      // An unreadable file (a folder named `x.md`, a permission error) must not hide the other problems.
      const message = `the content could not be read: ${(error as Error).message}; fix or remove the file named there`;
      read.problems.push({ file: path.relative(cwd, dir) || dir, message, rule: 'read' });
    }
  }
  const { content, problems, files } = read;
  return { dir, cwd, content, files, problems, today: options.today ?? todayAnywhere() };
}

function emptyContent(): Content {
  return { articles: [], rounds: [], participants: [], venues: [], outcomes: [] };
}

/**
 * A problem at a field of an entry, with the line and column of the value
 * (or of the nearest field that exists, when the value is missing).
 */
export function problemAt(
  input: CheckInput,
  collection: CollectionName,
  entry: Entry<unknown>,
  field: (string | number)[],
  message: string,
  rule: string,
  severity: Problem['severity'] = 'error',
): Problem {
  const file = input.files.get(`${collection}/${entry.id}`);
  const at = file ? file.position(field) : {};
  return {
    file: entry.filePath ?? `content/${collection}/${entry.id}.md`,
    ...at,
    ...(field.length ? { field: formatPath(field) } : {}),
    message,
    rule,
    ...(severity === 'warning' ? { severity } : {}),
  };
}

/**
 * Every file the YAML of which can be read, valid against its schema or not, with its
 * frontmatter as YAML reads it and the path shown in messages: rules that read what a file
 * says (its fields, its references, its characters) report a file that fails its schema too.
 */
export function* readableFiles(input: CheckInput): Generator<{ collection: CollectionName; id: string; parsed: ParsedFile; data: unknown; file: string }> {
  for (const [key, parsed] of input.files) {
    if (!parsed.doc || parsed.doc.errors.length) continue;
    let data: unknown;
    try {
      data = parsed.doc.toJS();
    } catch {
      continue; // reported while reading (an alias bomb, say)
    }
    const [collection, id] = key.split('/') as [CollectionName, string];
    yield { collection, id, parsed, data, file: parsed.entry?.filePath ?? parsed.problems[0]?.file ?? path.relative(input.cwd, path.join(input.dir, collection, `${id}.md`)) };
  }
}

/** `parties[2].participant` → `['parties', 2, 'participant']`. */
export function parseFieldPath(field: string): (string | number)[] {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

/** Problems in file order, then by line and column, as remark's reporters list them. */
export function byPosition(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file, 'en') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.rule.localeCompare(b.rule);
}

/** `2 articles` / `1 article`. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * The articles each round's page will list as its sources: those in the
 * round's `sources`, and those whose `findings` report the round (the model
 * adds them). Only articles that exist; missing ones are another rule's.
 */
export function sourcesOfRounds(input: CheckInput): Map<string, Entry<ArticleData>[]> {
  const articles = new Map(input.content.articles.map((a) => [a.id, a]));
  const sources = new Map<string, Entry<ArticleData>[]>();
  for (const round of input.content.rounds) {
    sources.set(round.id, round.data.sources.flatMap((ref) => articles.get(ref.id) ?? []));
  }
  for (const article of input.content.articles) {
    for (const finding of article.data.findings) {
      const list = sources.get(finding.round.id);
      if (list && !list.includes(article)) list.push(article);
    }
  }
  return sources;
}
