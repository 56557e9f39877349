/**
 * `npm run ingest -- <file>... [--published YYYY-MM-DD] [--url URL] [--publisher NAME] [--round ID] [--dry-run] [--json] [--time-limit SECONDS]`
 *
 * Takes saved articles (text or HTML) into content/: see `--help`.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { contentDir } from '../lib/content-dir.ts';
import { isMainModule, quietOnClosedPipe } from '../lib/main-module.ts';
import { describeChar, findControls, terminalSafe } from '../lib/plain-text.ts';
import { MAX_BYTES } from './input.ts';
import { acquireLock, LockTimeout, releaseLock } from './lock.ts';
import { finish, reviewNote, type FileResult } from './finish.ts';
import { Reader } from './reader.ts';
import { readGeneration, recover } from './transaction.ts';
import type { IngestOptions } from './types.ts';
import { EARLIEST, todayAnywhere } from '../lib/today.ts';

/** Seconds one article may take to read unless `--time-limit` says otherwise; a normal one takes a few hundredths. */
export const DEFAULT_TIME_LIMIT = 5;

export const HELP = `Usage: npm run ingest -- <file>... [options]

Takes saved news articles (plain text, or a page saved as HTML) into the
content folder: the article file, and drafts for a new round, new people and
new venues, all marked \`review: derived\` for an editor to check.

Options:
  --published YYYY-MM-DD  the day the article appeared, when the text does not show it
  --url URL               where the article can be read
  --publisher NAME        the outlet, when the text does not show it (wins over the text)
  --round ID              the recorded round the article speaks of (content/rounds/ID.md),
                          when the command proposes a new one instead
  --dry-run               derive and report, write nothing
  --json                  print what was derived as JSON: one object for one file,
                          an array (in the order given) for several; a file that
                          could not be read is {"file": …, "error": "…"} there.
                          Run it as \`npm run -s ingest -- …\` (or \`node src/ingest/cli.ts …\`):
                          without -s, npm prints its own lines before the JSON
  --time-limit SECONDS    most time one article may take to read (default ${DEFAULT_TIME_LIMIT})
  -h, --help              show this help

Files over ${MAX_BYTES / 1048576} MB, empty, binary or unreadable files, articles not in
English and texts with no article about the talks are refused with a message
naming the file. No file is ever overwritten, and an article's files are
written all together or not at all, also when two ingests run at once (the
second waits) or one is stopped. The same text taken in again is reported as
unchanged; taken in again with a corrected --publisher, --published, --url or --round,
it replaces the drafts it created while they are still \`review: derived\`.
The content folder is ./content, or CONTENT_DIR when set.
Exit status: 0 when every file was understood, 1 otherwise, 2 for bad arguments.`;

interface Args extends IngestOptions {
  files: string[];
  dryRun: boolean;
  json: boolean;
  help: boolean;
  timeLimit: number;
}

export function run(argv: string[] = process.argv.slice(2)): void {
  // 1. Read the command line; stop with a clear message if it is wrong.
  const args = parseArguments(argv);
  if (!args) return;
  // 2. --help, or no files: say how to use the command.
  if (args.help || args.files.length === 0) return void (args.help ? console.log(HELP) : usage('give at least one article file'));
  const dir = contentDir();
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) return void usage(`there is no content folder at ${dir}; run the command from the project folder, or set CONTENT_DIR`);
  if (args.json && process.env.npm_lifecycle_event === 'ingest' && process.env.npm_config_loglevel !== 'silent') {
    console.error('ingest: npm prints its own lines before the JSON; run `npm run -s ingest -- …` for JSON alone.');
  }
  // 3. A worker reads the articles, each within its time limit; it loads what the site knows once.
  const reader = new Reader(dir, args.timeLimit * 1000);
  const options = { published: args.published, url: args.url, publisher: args.publisher, round: args.round };
  const results: FileResult[] = [];
  for (const [i, file] of args.files.entries()) {
    progress(i, args.files.length, file);
    // 4. Take in each file: read, clean, find dates, people, places, outcomes, match a round;
    //    then (unless dry) write its files as one transaction, holding the folder's lock.
    results.push(args.dryRun ? readOnly(reader, file, options) : ingestOne(reader, dir, file, options));
  }
  progress(args.files.length, args.files.length, '');
  // 5. Report: JSON on stdout, or a summary of what was written, unchanged, needs review, failed.
  if (args.json) printJson(results, args.dryRun);
  else printSummary(results, args.dryRun);
  // 6. Fail the command when any article was not understood.
  process.exitCode = results.some((r) => r.outcome === 'failed' || r.outcome === 'needs-review') ? 1 : 0;
}

function readOnly(reader: Reader, file: string, options: IngestOptions): FileResult {
  try {
    return reader.prepare(file, options, true).result;
  } catch (error) {
    return failed(file, (error as Error).message);
  }
}

/** One file, written: under the folder's lock, with what the site knows as of now. */
function ingestOne(reader: Reader, dir: string, file: string, options: IngestOptions): FileResult {
  let lock;
  try {
    lock = acquireLock(dir, { onWait: (h) => console.error(terminalSafe(`ingest: waiting for another ingest${h ? ` (process ${h.pid})` : ''} to finish writing to ${dir}…`)) })!;
  } catch (error) {
    if (error instanceof LockTimeout) return failed(file, `nothing was written: ${error.message}`);
    throw error;
  }
  try {
    const finished = recover(dir);
    if (finished.length) console.error(terminalSafe(`ingest: an earlier ingest was stopped while writing; its files are now complete:\n${finished.map((f) => `         + ${f}`).join('\n')}`));
    const prepared = reader.prepare(file, options, false, readGeneration(dir));
    const { result, generation } = finish(prepared, dir, lock);
    if (generation !== undefined) reader.absorb(prepared.change!, generation);
    return result;
  } catch (error) {
    return failed(file, (error as Error).message);
  } finally {
    releaseLock(lock);
  }
}

function failed(file: string, reason: string): FileResult {
  return { file, outcome: 'failed', reason, written: [], removed: [], warnings: [] };
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
        round: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        'time-limit': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    for (const name of ['published', 'url', 'publisher', 'round'] as const) {
      const control = findControls(values[name] ?? '')[0];
      if (control) return usage(`--${name}: the value holds an invisible character (${describeChar(control.char)}); type it again`);
    }
    if (values.published !== undefined) {
      const problem = dayProblem(values.published);
      if (problem) return usage(`--published ${values.published}: ${problem}`);
    }
    if (values.url !== undefined && !/^https?:\/\/\S+$/.test(values.url)) return usage(`--url ${values.url}: expected a full http:// or https:// address`);
    if (values.publisher !== undefined && (!values.publisher.trim() || /[\r\n]/.test(values.publisher))) return usage('--publisher: expected the outlet\'s name on one line');
    if (values.round !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(values.round)) return usage(`--round ${values.round}: expected a round's id, the name of its file in content/rounds without .md (e.g. 2025-05-16-istanbul)`);
    const timeLimit = values['time-limit'] === undefined ? DEFAULT_TIME_LIMIT : Number(values['time-limit']);
    if (!(timeLimit > 0 && timeLimit <= 3600)) return usage(`--time-limit ${values['time-limit']}: expected a number of seconds, more than 0 and at most 3600`);
    return { files: positionals, published: values.published, url: values.url, publisher: values.publisher, round: values.round, dryRun: values['dry-run'], json: values.json, help: values.help, timeLimit };
  } catch (error) {
    return usage((error as Error).message);
  }
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * What is wrong with a publication day given on the command line, or undefined.
 * @example dayProblem('2025-02-30') // 'February 2025 has 28 days, so there is no 30th; check the day'
 */
export function dayProblem(day: string, today = todayAnywhere()): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return 'expected a date written as YYYY-MM-DD, e.g. 2022-03-10';
  const [year, month, date] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return `there is no month ${m[2]}; the month comes second, from 01 to 12`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (date < 1 || date > days) return `${MONTHS[month - 1]} ${year} has ${days} days, so there is no day ${m[3]}; check the day`;
  if (day < EARLIEST) return `this is before ${EARLIEST.slice(0, 4)}, earlier than any article the record holds; give the day the article appeared`;
  // The content check refuses an article published after today, so the command does too.
  if (day > today) return `this day is in the future (today is ${today}); give the day the article appeared`;
  return undefined;
}

function usage(message: string): undefined {
  console.error(terminalSafe(`ingest: ${message}\nRun \`npm run ingest -- --help\` for the options.`));
  process.exitCode = 2;
  return undefined;
}

function progress(done: number, total: number, file: string): void {
  if (!process.stderr.isTTY || total < 2) return;
  process.stderr.write(`\r\x1b[K[${done}/${total}] ${terminalSafe(file.slice(-60))}`);
  if (done === total) process.stderr.write('\r\x1b[K');
}

function printJson(results: FileResult[], dryRun: boolean): void {
  const items = results.map((r) => r.json ?? { file: r.file, error: r.reason });
  // JSON.stringify escapes C0 controls; the rest (DEL, C1, bidirectional formatting) is escaped here, to the same values.
  const text = JSON.stringify(results.length === 1 ? items[0] : items, null, 2).replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  console.log(text);
  // Why a file failed or needs review, one line per file on stderr: stdout stays valid JSON.
  for (const r of results) {
    if (r.outcome === 'failed') console.error(terminalSafe(`${r.file}: ${r.reason}`));
    else if (r.outcome === 'needs-review') console.error(terminalSafe(`${r.file}: ${reviewNote(dryRun)}: ${r.reason}`));
  }
}

/** What the reader made of an article, in one phrase: its round, new or recorded, and how much it found. */
function gist(json: FileResult['json']): string {
  if (!json) return 'nothing read';
  const round = json.rounds[0];
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${round ? `round ${round.id}${round.existing ? ' (recorded)' : ' (new)'}` : 'no round'}; ${json.participants.length} at the table; ${plural(json.outcomes.length, 'outcome')}`;
}

function printSummary(results: FileResult[], dryRun: boolean): void {
  const say = (line: string, error = false) => (error ? console.error : console.log)(terminalSafe(line));
  for (const r of results) {
    const files = [...r.removed.map((w) => `         - ${w}`), ...r.written.map((w) => `         + ${w}`)].join('\n');
    if (r.outcome === 'written') say(`written  ${r.file}  (${gist(r.json)})\n${files}`);
    else if (r.outcome === 'replaced') say(`replaced ${r.file}: ${r.reason}\n${files}`);
    else if (r.outcome === 'derived') say(`derived  ${r.file}  (dry run: ${gist(r.json)})`);
    else if (r.outcome === 'failed') say(`failed   ${r.file}: ${r.reason}`, true);
    else say(`${r.outcome === 'unchanged' ? 'unchanged' : 'review  '} ${r.file}: ${r.reason}`);
    // A warning the line above already states ("already ingested as …") is not said twice.
    for (const w of r.warnings) if (r.outcome !== 'failed' && !r.reason?.startsWith(w)) say(`         warning: ${w}`);
  }
  const count = (o: FileResult['outcome']) => results.filter((r) => r.outcome === o).length;
  const replaced = count('replaced') ? [`${count('replaced')} replaced`] : [];
  const parts = dryRun ? [`${count('derived')} derived (dry run, nothing written)`, `${count('needs-review')} need review`] : [`${count('written')} written`, ...replaced, `${count('unchanged')} unchanged`, `${count('needs-review')} need review`];
  console.log(`\n${[...parts, `${count('failed')} failed`].join(', ')}.`);
}

if (isMainModule(import.meta.url)) {
  quietOnClosedPipe();
  run();
}
