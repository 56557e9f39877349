/**
 * Invisible characters that break the site's outputs or hide what text says:
 * control characters (C0 but tab and line ends, DEL, C1) make the feeds
 * invalid XML and put raw bytes in the calendar, ESC acts on terminals, and
 * bidirectional overrides make a title show in another order than it reads.
 * Found as written in the file and as YAML escapes (`"\e"`, `"\u202E"`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatPath } from '../../lib/content-files.ts';
import { describeChar, findControls } from '../../lib/plain-text.ts';
import type { Problem } from '../../lib/problems.ts';
import { readableFiles, type CheckInput } from '../context.ts';

const RULE = 'control-character';

export function controlCharacters(input: CheckInput): Problem[] {
  const problems: Problem[] = [];
  const readable = new Map([...readableFiles(input)].map((f) => [`${f.collection}/${f.id}`, f]));
  for (const key of input.files.keys()) {
    const display = readable.get(key)?.file ?? path.relative(input.cwd, path.join(input.dir, `${key}.md`));
    let text: string;
    try {
      text = fs.readFileSync(path.join(input.dir, `${key}.md`), 'utf8');
    } catch {
      continue;
    }
    // In the values (written, or as YAML escapes), with the field each is in.
    const file = readable.get(key);
    const fields = file ? [...controlsIn(file.data)].map((f) => ({ ...f, at: file.parsed.position(f.path) })) : [];
    // As written: one problem per line, at the first such character, naming the field on that line.
    const lines = new Set<number>();
    text.split('\n').forEach((line, i) => {
      const found = findControls(line.replace(/\r$/, ''));
      if (!found.length) return;
      lines.add(i + 1);
      const field = fields.find((f) => f.at.line === i + 1);
      problems.push({ file: display, line: i + 1, column: found[0]!.index + 1, ...(field ? { field: formatPath(field.path) } : {}), message: message(found.map((f) => f.char)), rule: RULE });
    });
    // Written as escapes, so no line shows them.
    for (const f of fields) {
      if (f.at.line === undefined || !lines.has(f.at.line)) problems.push({ file: display, ...f.at, field: formatPath(f.path), message: message(f.chars), rule: RULE });
    }
  }
  return problems;
}

function message(chars: string[]): string {
  const first = chars[0]!;
  const more = chars.length > 1 ? ` and ${chars.length - 1} more on this line` : '';
  const code = first.codePointAt(0)!;
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) {
    return `an invisible bidirectional formatting character (${describeChar(first)})${more}, which makes text show in another order than it reads; delete it`;
  }
  return `an invisible control character (${describeChar(first)})${more}, which breaks the feeds and the calendar and can act on a terminal; delete it`;
}

function* controlsIn(value: unknown, at: (string | number)[] = []): Generator<{ path: (string | number)[]; chars: string[] }> {
  if (typeof value === 'string') {
    const found = findControls(value.replace(/\r\n/g, '\n'));
    if (found.length) yield { path: at, chars: found.map((f) => f.char) };
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* controlsIn(item, [...at, i]);
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      yield* controlsIn(key, [...at, key]);
      yield* controlsIn(item, [...at, key]);
    }
  }
}
