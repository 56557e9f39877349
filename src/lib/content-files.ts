/**
 * Reads `content/` outside Astro, for `npm run check`, the ingest command and
 * the benchmark: every Markdown file's frontmatter parsed with `yaml`, checked
 * against the same schemas the site uses, and every problem reported with the
 * file, line and column of the value at fault.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { plainReference, type CollectionName } from '../schemas/common.ts';
import { COLLECTIONS, schemas } from '../schemas/index.ts';
import type { Problem } from './problems.ts';
import type { Content, Entry } from './types.ts';

/** A content file split into its frontmatter and body. */
export interface SplitFile {
  /** The YAML between the `---` fences, or undefined when there is none. */
  frontmatter?: string;
  body: string;
  /** Line on which the YAML starts (1-based), to map YAML positions to the file. */
  yamlLine: number;
}

/** Splits a Markdown file at its `---` fences. */
export function splitFrontmatter(text: string): SplitFile {
  const source = text.replace(/^\uFEFF/, '');
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m.exec(source);
  if (!match || match.index !== 0) return { body: source, yamlLine: 1 };
  return { frontmatter: match[1] ?? '', body: source.slice(match[0].length), yamlLine: 2 };
}

/** A parsed file: its data (if valid), and the problems found in it. */
export interface ParsedFile<D = unknown> {
  entry?: Entry<D>;
  problems: Problem[];
  /** The YAML document, for rules that need positions of values. */
  doc?: Document;
  position: (field: (string | number)[]) => { line?: number; column?: number };
}

const schemaFor = schemas(plainReference);

/** Reads and validates one file of a collection. `display` is the path shown in messages. */
export function parseContentFile(collection: CollectionName, text: string, display: string): ParsedFile {
  const id = path.basename(display).replace(/\.md$/, '');
  const split = splitFrontmatter(text);
  const counter = new LineCounter();
  const problems: Problem[] = [];
  const noPosition = () => ({});
  if (split.frontmatter === undefined) {
    problems.push({
      file: display,
      line: 1,
      column: 1,
      message: 'no frontmatter: start the file with a `---` line, the YAML fields, and another `---` line',
      rule: 'frontmatter',
    });
    return { problems, position: noPosition };
  }
  const doc = parseDocument(split.frontmatter, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const position = (field: (string | number)[]) => {
    let node: unknown = doc.getIn(field, true);
    for (let cut = field.length; !isNode(node) && cut > 0; cut--) node = doc.getIn(field.slice(0, cut - 1), true);
    const offset = isNode(node) && node.range ? node.range[0] : 0;
    const at = counter.linePos(offset);
    return { line: at.line + split.yamlLine - 1, column: at.col };
  };
  for (const error of doc.errors) {
    const at = counter.linePos(error.pos[0]);
    problems.push({
      file: display,
      line: at.line + split.yamlLine - 1,
      column: at.col,
      message: `the YAML cannot be read: ${error.message.split('\n')[0]}. Check indentation and quote values that contain \`: \` or start with a symbol`,
      rule: 'yaml',
    });
  }
  if (problems.length) return { problems, doc, position };

  let raw: unknown;
  try {
    raw = doc.toJS() ?? {};
  } catch (error) {
    // `yaml` refuses to expand aliases (`*name`) past a limit, against "billion laughs" files.
    const message = `the YAML cannot be read: ${(error as Error).message}. Write repeated values out instead of \`&anchor\` / \`*alias\``;
    problems.push({ file: display, line: split.yamlLine, column: 1, message, rule: 'yaml' });
    return { problems, doc, position };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push({ file: display, line: 2, column: 1, message: 'the frontmatter must be YAML fields (`name: value`), one per line', rule: 'frontmatter' });
    return { problems, doc, position };
  }
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
    problems.push({
      file: display,
      line: 1,
      column: 1,
      message: `the file name \`${id}.md\` is not a valid id; use lower-case letters, digits and hyphens, e.g. \`dmytro-kuleba.md\``,
      rule: 'file-name',
    });
  }
  const result = (schemaFor[collection] as z.ZodType).safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path.map(String);
      problems.push({
        file: display,
        ...position(issue.path as (string | number)[]),
        field: formatPath(issue.path as (string | number)[]),
        message: describeIssue(issue, field),
        rule: 'schema',
      });
    }
    return { problems, doc, position };
  }
  return { entry: { id, data: result.data, filePath: display, body: split.body }, problems, doc, position };
}

/** `parties[2].participant` from `['parties', 2, 'participant']`. */
export function formatPath(parts: (string | number)[]): string {
  return parts.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('') || '(frontmatter)';
}

function describeIssue(issue: z.core.$ZodIssue, field: string[]): string {
  if (issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined) {
    return `\`${field.at(-1)}\` is missing; ${issue.message.replace(/^expected /, 'add it: ')}`;
  }
  if (issue.code === 'unrecognized_keys') {
    return `unknown field(s) ${issue.keys.map((k) => `\`${k}\``).join(', ')}; check the spelling against src/schemas/`;
  }
  return issue.message;
}

/** Every entry of every collection under `dir`, with the problems found. Paths in messages are relative to `cwd`. */
export function readContent(dir: string, cwd: string = process.cwd()): { content: Content; problems: Problem[]; files: Map<string, ParsedFile> } {
  const content = { articles: [], rounds: [], participants: [], venues: [], outcomes: [] } as Content;
  const problems: Problem[] = [];
  const files = new Map<string, ParsedFile>();
  for (const collection of COLLECTIONS) {
    const folder = path.join(dir, collection);
    if (!fs.existsSync(folder)) continue;
    for (const name of fs.readdirSync(folder).sort()) {
      if (!name.endsWith('.md')) continue;
      const full = path.join(folder, name);
      const display = path.relative(cwd, full) || full;
      const unreadable = unreadableFile(full, display);
      if (unreadable === 'folder') continue; // the check's stray-files rule reports folders
      if (unreadable) {
        problems.push(unreadable);
        continue;
      }
      const parsed = parseContentFile(collection, fs.readFileSync(full, 'utf8'), display);
      files.set(`${collection}/${name.replace(/\.md$/, '')}`, parsed);
      problems.push(...parsed.problems);
      if (parsed.entry) (content[collection] as Entry<unknown>[]).push(parsed.entry);
    }
  }
  return { content, problems, files };
}

/** Why a `*.md` name in a collection cannot be read as an entry (a link to nothing, no permission), `folder`, or undefined. */
function unreadableFile(full: string, display: string): Problem | 'folder' | undefined {
  try {
    if (fs.statSync(full).isDirectory()) return 'folder';
    fs.accessSync(full, fs.constants.R_OK);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    let target: string | undefined;
    try {
      target = fs.readlinkSync(full);
    } catch {
      target = undefined;
    }
    if (target !== undefined && (code === 'ENOENT' || code === 'ELOOP')) return { file: display, message: `this is a link to \`${target}\`, which does not exist; remove the link or put the file back`, rule: 'read' };
    return { file: display, message: `the file cannot be read (${code ?? (error as Error).message}); check its permissions`, rule: 'read' };
  }
}
