/**
 * `npm run check`: validates all of `content/` in one pass and prints every
 * problem as `file:line:column  message  (rule)`. Exits non-zero on any error;
 * warnings are printed but do not fail. The build runs it first.
 *
 * An ingest that was killed after committing its files is finished first (see
 * src/ingest/transaction.ts), so the check sees the content as it was meant.
 */
import { recoverIfIdle } from '../ingest/transaction.ts';
import { contentDir } from '../lib/content-dir.ts';
import { quietOnClosedPipe } from '../lib/main-module.ts';
import { terminalSafe } from '../lib/plain-text.ts';
import { formatProblem, type Problem } from '../lib/problems.ts';
import { checkContent } from './check.ts';

const dir = contentDir();
quietOnClosedPipe();
let problems: Problem[];
try {
  const finished = recoverIfIdle(dir);
  if (finished.length) console.error(terminalSafe(`An ingest was stopped while writing; its files are now complete:\n${finished.map((f) => `  + ${f}`).join('\n')}\n`));
  problems = checkContent(dir);
} catch (error) {
  // A fault in the checker itself: say so plainly rather than blame the content.
  console.error(terminalSafe(`The content check itself failed on ${dir}: ${(error as Error).stack ?? error}\nPlease report this with the content that causes it.`));
  process.exit(2);
}
const errors = problems.filter((p) => p.severity !== 'warning');
const warnings = problems.length - errors.length;
// Content may hold what a terminal would act on (an escape sequence in a misspelt field's name): printed as escapes.
for (const problem of problems) console.error(terminalSafe(formatProblem(problem)));
if (errors.length) {
  console.error(terminalSafe(`\n${errors.length} error${errors.length === 1 ? '' : 's'}${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''} in ${dir}. Fix the errors above and run \`npm run check\` again.`));
  process.exitCode = 1;
} else {
  console.log(terminalSafe(`Content checked: no errors${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''} (${dir}).`));
}
