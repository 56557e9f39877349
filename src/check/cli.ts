/**
 * `npm run check`: validates all of `content/` in one pass and prints every
 * problem as `file:line:column  message  (rule)`. Exits non-zero on any error;
 * warnings are printed but do not fail. The build runs it first.
 */
import { contentDir } from '../lib/content-dir.ts';
import { formatProblem, type Problem } from '../lib/problems.ts';
import { checkContent } from './check.ts';

const dir = contentDir();
let problems: Problem[];
try {
  problems = checkContent(dir);
} catch (error) {
  // A fault in the checker itself: say so plainly rather than blame the content.
  console.error(`The content check itself failed on ${dir}: ${(error as Error).stack ?? error}\nPlease report this with the content that causes it.`);
  process.exit(2);
}
const errors = problems.filter((p) => p.severity !== 'warning');
const warnings = problems.length - errors.length;
for (const problem of problems) console.error(formatProblem(problem));
if (errors.length) {
  console.error(`\n${errors.length} error${errors.length === 1 ? '' : 's'}${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''} in ${dir}. Fix the errors above and run \`npm run check\` again.`);
  process.exitCode = 1;
} else {
  console.log(`Content checked: no errors${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''} (${dir}).`);
}
