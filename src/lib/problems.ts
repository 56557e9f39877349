/**
 * A problem found in content, reported the way remark's reporters do:
 * `file:line:column  message  (rule)`, so editors and their editors can jump to it.
 */
export interface Problem {
  /** The file, relative to the project where possible. */
  file: string;
  /** 1-based line and column of the value at fault, when known. */
  line?: number;
  column?: number;
  /** The frontmatter field, as a path such as `parties[2].participant`. */
  field?: string;
  /** What is wrong and how to fix it. */
  message: string;
  /** A short name for the kind of problem, e.g. `missing-reference`. */
  rule: string;
  severity?: 'error' | 'warning';
}

/** One problem on one line. */
export function formatProblem(problem: Problem): string {
  const place = [problem.file, problem.line, problem.column].filter((part) => part !== undefined).join(':');
  const field = problem.field ? `${problem.field}: ` : '';
  const level = problem.severity === 'warning' ? 'warning ' : '';
  return `${place}  ${level}${field}${problem.message}  (${problem.rule})`;
}

/** Thrown when content cannot make a consistent site; its message lists every problem. */
export class ContentError extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`The content has ${count}; fix ${problems.length === 1 ? 'it' : 'them'} and build again:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}
