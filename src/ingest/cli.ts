/**
 * `npm run ingest -- <file>... [--published YYYY-MM-DD] [--url URL] [--publisher NAME] [--dry-run] [--json]`
 *
 * Takes saved articles (text or HTML) into content/: see `--help`.
 */
import { parseArgs } from 'node:util';
import { todayAnywhere } from '../check/context.ts';
import { contentDir } from '../lib/content-dir.ts';
import { MAX_BYTES } from './input.ts';
import { loadKnowledge } from './knowledge.ts';
import { ingestFile, reviewNote, type FileResult } from './pipeline.ts';
import type { IngestOptions } from './types.ts';

export const HELP = `Usage: npm run ingest -- <file>... [options]

Takes saved news articles (plain text, or a page saved as HTML) into the
content folder: the article file, and drafts for a new round, new people and
new venues, all marked \`review: derived\` for an editor to check.

Options:
  --published YYYY-MM-DD  the day the article appeared, when the text does not show it
  --url URL               where the article can be read
  --publisher NAME        the outlet, when the text does not show it (wins over the text)
  --dry-run               derive and report, write nothing
  --json                  print what was derived as JSON: one object for one file,
                          an array (in the order given) for several; a file that
                          could not be read is {"file": …, "error": "…"} there
  -h, --help              show this help

Files over ${MAX_BYTES / 1048576} MB, empty, binary or non-UTF-8 files, and texts with no
article about the talks are refused with a message naming the file. No file is
ever overwritten; the same text taken in twice is reported as unchanged.
The content folder is ./content, or CONTENT_DIR when set.
Exit status: 0 when every file was understood, 1 otherwise, 2 for bad arguments.`;

interface Args extends IngestOptions {
  files: string[];
  dryRun: boolean;
  json: boolean;
  help: boolean;
}

export function run(argv: string[] = process.argv.slice(2)): void {
  // 1. Read the command line; stop with a clear message if it is wrong.
  const args = parseArguments(argv);
  if (!args) return;
  // 2. --help, or no files: say how to use the command.
  if (args.help || args.files.length === 0) return void (args.help ? console.log(HELP) : usage('give at least one article file'));
  // 3. Load what the site knows (people, venues, outcomes, rounds) once.
  const knowledge = loadKnowledge(contentDir());
  // 4. Take in each file: read, clean, find dates, people, places, outcomes, match a round, write.
  const results: FileResult[] = [];
  for (const [i, file] of args.files.entries()) {
    progress(i, args.files.length, file);
    results.push(ingestFile(file, { published: args.published, url: args.url, publisher: args.publisher }, knowledge, args.dryRun));
  }
  progress(args.files.length, args.files.length, '');
  // 5. Report: JSON on stdout, or a summary of what was written, unchanged, needs review, failed.
  if (args.json) printJson(results, args.dryRun);
  else printSummary(results, args.dryRun);
  // 6. Fail the command when any article was not understood.
  process.exitCode = results.some((r) => r.outcome === 'failed' || r.outcome === 'needs-review') ? 1 : 0;
}

function parseArguments(argv: string[]): Args | undefined {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        published: { type: 'string' },
        url: { type: 'string' },
        publisher: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) return usage(`--published ${values.published}: expected a date written as YYYY-MM-DD, e.g. 2022-03-10`);
    if (values.published !== undefined && Number.isNaN(Date.parse(`${values.published}T00:00:00Z`))) return usage(`--published ${values.published}: this day does not exist`);
    // The content check refuses an article published after today, so the command does too.
    if (values.published !== undefined && values.published > todayAnywhere()) return usage(`--published ${values.published}: this day is in the future (today is ${todayAnywhere()}); give the day the article appeared`);
    if (values.url !== undefined && !/^https?:\/\/\S+$/.test(values.url)) return usage(`--url ${values.url}: expected a full http:// or https:// address`);
    if (values.publisher !== undefined && (!values.publisher.trim() || /[\r\n]/.test(values.publisher))) return usage('--publisher: expected the outlet\'s name on one line');
    return { files: positionals, published: values.published, url: values.url, publisher: values.publisher, dryRun: values['dry-run'], json: values.json, help: values.help };
  } catch (error) {
    return usage((error as Error).message);
  }
}

function usage(message: string): undefined {
  console.error(`ingest: ${message}\nRun \`npm run ingest -- --help\` for the options.`);
  process.exitCode = 2;
  return undefined;
}

function progress(done: number, total: number, file: string): void {
  if (!process.stderr.isTTY || total < 2) return;
  process.stderr.write(`\r\x1b[K[${done}/${total}] ${file.slice(-60)}`);
  if (done === total) process.stderr.write('\r\x1b[K');
}

function printJson(results: FileResult[], dryRun: boolean): void {
  const items = results.map((r) => r.json ?? { file: r.file, error: r.reason });
  console.log(JSON.stringify(results.length === 1 ? items[0] : items, null, 2));
  // Why a file failed or needs review, one line per file on stderr: stdout stays valid JSON.
  for (const r of results) {
    if (r.outcome === 'failed') console.error(`${r.file}: ${r.reason}`);
    else if (r.outcome === 'needs-review') console.error(`${r.file}: ${reviewNote(dryRun)}: ${r.reason}`);
  }
}

function printSummary(results: FileResult[], dryRun: boolean): void {
  for (const r of results) {
    if (r.outcome === 'written') console.log(`written  ${r.file}\n${r.written.map((w) => `         + ${w}`).join('\n')}`);
    else if (r.outcome === 'derived') console.log(`derived  ${r.file}  (dry run: ${r.json!.rounds[0] ? `round ${r.json!.rounds[0].id}${r.json!.rounds[0].existing ? ' (existing)' : ' (new)'}` : 'no round'}; ${r.json!.participants.length} at the table; ${r.json!.outcomes.length} outcomes)`);
    else if (r.outcome === 'failed') console.error(`failed   ${r.file}: ${r.reason}`);
    else console.log(`${r.outcome === 'unchanged' ? 'unchanged' : 'review  '} ${r.file}: ${r.reason}`);
    for (const w of r.warnings) if (r.outcome !== 'failed') console.log(`         warning: ${w}`);
  }
  const count = (o: FileResult['outcome']) => results.filter((r) => r.outcome === o).length;
  const parts = dryRun ? [`${count('derived')} derived (dry run, nothing written)`] : [`${count('written')} written`, `${count('unchanged')} unchanged`, `${count('needs-review')} need review`];
  console.log(`\n${[...parts, `${count('failed')} failed`].join(', ')}.`);
}

if (import.meta.url === `file://${process.argv[1]}`) run();
