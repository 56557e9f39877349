/**
 * The last step: build the timeline model exactly as the site will, so that
 * content which passes the check also builds. It runs only when the other rules
 * found no error (they explain the same faults better), and turns whatever the
 * model still rejects into problems instead of a stack trace.
 */
import { ContentError, type Problem } from '../../lib/problems.ts';
import { buildTimeline } from '../../lib/timeline.ts';
import { parseFieldPath, type CheckInput } from '../context.ts';

export function modelErrors(input: CheckInput): Problem[] {
  const byFile = new Map([...input.files.values()].flatMap((f) => (f.entry?.filePath ? [[f.entry.filePath, f] as const] : [])));
  try {
    buildTimeline(input.content);
    return [];
  } catch (error) {
    if (error instanceof ContentError) {
      return error.problems.map((problem) => {
        const file = byFile.get(problem.file);
        return { ...problem, ...(file && problem.field ? file.position(parseFieldPath(problem.field)) : {}) };
      });
    }
    const message = `the timeline cannot be built from this content: ${(error as Error).message}; please report this with the content that causes it`;
    return [{ file: input.dir, message, rule: 'model' }];
  }
}
