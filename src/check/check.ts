/**
 * The content checks, as a recipe: read and validate every file, then build the
 * timeline model to find references that point nowhere. Each step adds problems;
 * none stops the others, so an editor sees everything at once.
 */
import { readContent } from '../lib/content-files.ts';
import { ContentError, type Problem } from '../lib/problems.ts';
import { buildTimeline } from '../lib/timeline.ts';

export function checkContent(dir: string, cwd = process.cwd()): Problem[] {
  const { content, problems, files } = readContent(dir, cwd);
  const byDisplay = new Map([...files.values()].flatMap((f) => (f.entry?.filePath ? [[f.entry.filePath, f] as const] : [])));
  try {
    buildTimeline(content);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    for (const problem of error.problems) {
      const file = byDisplay.get(problem.file);
      const at = file && problem.field ? file.position(parseFieldPath(problem.field)) : {};
      problems.push({ ...problem, ...at });
    }
  }
  return problems;
}

/** `['parties', 2, 'participant']` from `parties[2].participant`. */
export function parseFieldPath(field: string): (string | number)[] {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}
