/**
 * Runs `prepare` (read, derive, plan) for one article in a worker thread, with a
 * time limit: a page or text the reading stages would take minutes over is
 * stopped when its time is up, with a message, and nothing is written. The
 * command waits for the worker synchronously (Atomics.wait on a shared flag,
 * then receiveMessageOnPort), so the whole command stays a plain sequence of
 * steps. One worker serves the process: it loads the reading stages once, and
 * what a content folder knows when first asked and again whenever it changed.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Prepared } from './finish.ts';
import type { Change } from './transaction.ts';
import type { IngestOptions } from './types.ts';

export type Request =
  | { kind: 'load'; dir: string }
  | { kind: 'prepare'; file: string; options: IngestOptions; dryRun: boolean }
  | { kind: 'absorb'; change: Change; generation: string };

/** Time to start the worker and read the content folder: minutes only for a record far larger than today's. */
const LOAD_LIMIT_MS = 5 * 60_000;
/** Memory for the reading of one article; a page under the size limit needs a small part of it. */
const MEMORY_MB = 2048;

type Answer = { error: string } | { prepared: Prepared } | { generation: string };

interface Thread {
  thread: Worker;
  port: MessagePort;
  flag: Int32Array;
  /** The content folder the worker has read, and its generation then; unset before it has read one. */
  dir?: string;
  generation?: string;
}

/** The process's worker; replaced when one is stopped at its time limit. */
let shared: Thread | undefined;

export class Reader {
  private readonly dir: string;
  /** Most time one article may take to read, in milliseconds. */
  private readonly limitMs: number;
  /** Whether the worker has read the folder for this run (each run starts from the folder as it is). */
  private loaded = false;

  constructor(dir: string, limitMs: number) {
    this.dir = dir;
    this.limitMs = limitMs;
  }

  /** Prepares `file` with what the folder holds at `generation` (read again when the worker knows another). */
  prepare(file: string, options: IngestOptions, dryRun: boolean, generation?: string): Prepared {
    const worker = this.ready(generation);
    const started = Date.now();
    const answer = call(worker, { kind: 'prepare', file, options, dryRun }, this.limitMs);
    if (answer === 'timeout') {
      stop();
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const reason = `reading it took longer than ${seconds} s, so it was stopped and nothing was written; a saved page may hold much more than the article (save the article's text instead), or run again with a longer --time-limit`;
      return { result: { file, outcome: 'failed', reason, written: [], removed: [], warnings: [] } };
    }
    if (!('prepared' in answer)) return { result: { file, outcome: 'failed', reason: `unexpected error: ${'error' in answer ? answer.error : 'no answer'}`, written: [], removed: [], warnings: [] } };
    return answer.prepared;
  }

  /** Tells the worker what was written, so the next article sees it. */
  absorb(change: Change, generation: string): void {
    if (shared?.dir !== this.dir) return;
    shared.port.postMessage({ kind: 'absorb', change, generation } satisfies Request);
    shared.generation = generation;
  }

  private ready(generation: string | undefined): Thread {
    const worker = (shared ??= start());
    if (!this.loaded || worker.dir !== this.dir || (generation !== undefined && worker.generation !== generation)) {
      const answer = call(worker, { kind: 'load', dir: this.dir }, LOAD_LIMIT_MS);
      if (answer === 'timeout' || !('generation' in answer)) {
        stop();
        throw new Error(answer === 'timeout' ? `reading the content folder ${this.dir} took longer than ${LOAD_LIMIT_MS / 60_000} minutes` : 'error' in answer ? answer.error : 'no answer');
      }
      Object.assign(worker, { dir: this.dir, generation: answer.generation });
      this.loaded = true;
    }
    return worker;
  }
}

function start(): Thread {
  const signal = new SharedArrayBuffer(4);
  const { port1, port2 } = new MessageChannel();
  const thread = new Worker(new URL('./worker.ts', import.meta.url), {
    workerData: { port: port2, signal },
    transferList: [port2],
    resourceLimits: { maxOldGenerationSizeMb: MEMORY_MB },
  });
  // The worker never keeps the process alive: a command ends when its last file is done.
  thread.unref();
  port1.unref();
  return { thread, port: port1, flag: new Int32Array(signal) };
}

function call(worker: Thread, request: Request, limitMs: number): 'timeout' | Answer {
  Atomics.store(worker.flag, 0, 0);
  worker.port.postMessage(request);
  const deadline = Date.now() + limitMs;
  for (;;) {
    const received = receiveMessageOnPort(worker.port);
    if (received) return received.message as Answer;
    const left = deadline - Date.now();
    if (left <= 0) return 'timeout';
    Atomics.wait(worker.flag, 0, 0, left);
  }
}

/** Stops the worker (at a time limit: the reading it was doing is abandoned). */
function stop(): void {
  void shared?.thread.terminate();
  shared?.port.close();
  shared = undefined;
}
