/**
 * The content check of `npm run build`, run beside `astro build` in its own
 * process so that its memory is returned the moment it is done. It reports
 * whether the build may go on, and what each round's link-preview card shows,
 * so the parent can draw the cards while Astro works.
 */
import { run as runChecks } from '../check/check.ts';
import { readForCheck } from '../check/context.ts';
import { contentDir } from '../lib/content-dir.ts';
import { roundCards, type RoundCard } from '../lib/og-image.ts';
import { formatProblem } from '../lib/problems.ts';
import { SITE_NAME } from '../lib/site.ts';
import { buildTimeline } from '../lib/timeline.ts';

export interface CheckReport {
  ok: boolean;
  /** Every problem, one line each, as `npm run check` prints them. */
  lines: string[];
  errors: number;
  warnings: number;
  dir: string;
  /** Each round's card, last round first; empty when the check failed. */
  cards: RoundCard[];
  /** How long the check took, from the start of its process. */
  seconds: number;
}

const dir = contentDir();
const input = readForCheck(dir);
const problems = runChecks(input);
const errors = problems.filter((p) => p.severity !== 'warning').length;
const cards = errors ? [] : roundCards(buildTimeline(input.content), SITE_NAME);
const report: CheckReport = { ok: errors === 0, lines: problems.map(formatProblem), errors, warnings: problems.length - errors, dir, cards, seconds: performance.now() / 1000 };
process.send?.(report, () => process.disconnect?.());
