/**
 * Runs `prepare` (read, derive, plan) for one article in a worker thread, with a
 * time limit: a page or text the reading stages would take minutes over is
 * stopped when its time is up, with a message, and nothing is written. The
 * command waits for the worker synchronously (Atomics.wait on a shared flag,
 * then receiveMessageOnPort), so the whole command stays a plain sequence of
 * steps. The worker loads what the site knows once and keeps it up to date.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Prepared } from './finish.ts';
import type { Change } from './transaction.ts';
import type { IngestOptions } from './types.ts';

export type Request =
  | { kind: 'load' }
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
  /** The content folder's generation the worker knows; `undefined` before it has read it. */
  generation?: string;
}

export class Reader {
  private readonly dir: string;
  /** Most time one article may take to read, in milliseconds. */
  private readonly limitMs: number;
  private worker?: Thread;

  constructor(dir: string, limitMs: number) {
    this.dir = dir;
    this.limitMs = limitMs;
  }

  /** Prepares `file` with what the site knows at `generation` (read again when the worker knows an older one). */
  prepare(file: string, options: IngestOptions, dryRun: boolean, generation?: string): Prepared {
    const worker = this.ready(generation);
    const started = Date.now();
    const answer = this.call(worker, { kind: 'prepare', file, options, dryRun }, this.limitMs);
    if (answer === 'timeout') {
      this.stop();
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const reason = `reading it took longer than ${seconds} s, so it was stopped and nothing was written; a saved page may hold much more than the article (save the article's text instead), or run again with a longer --time-limit`;
      return { result: { file, outcome: 'failed', reason, written: [], removed: [], warnings: [] } };
    }
    if (!('prepared' in answer)) return { result: { file, outcome: 'failed', reason: `unexpected error: ${'error' in answer ? answer.error : 'no answer'}`, written: [], removed: [], warnings: [] } };
    return answer.prepared;
  }

  /** Tells the worker what was written, so the next article sees it. */
  absorb(change: Change, generation: string): void {
    if (!this.worker) return;
    this.worker.port.postMessage({ kind: 'absorb', change, generation } satisfies Request);
    this.worker.generation = generation;
  }

  /** Stops the worker. */
  close(): void {
    this.stop();
  }

  private ready(generation: string | undefined) {
    if (!this.worker) {
      const signal = new SharedArrayBuffer(4);
      const { port1, port2 } = new MessageChannel();
      const thread = new Worker(new URL('./worker.ts', import.meta.url), {
        workerData: { dir: this.dir, port: port2, signal },
        transferList: [port2],
        resourceLimits: { maxOldGenerationSizeMb: MEMORY_MB },
      });
      thread.unref();
      this.worker = { thread, port: port1, flag: new Int32Array(signal) };
    }
    const worker = this.worker;
    if (worker.generation === undefined || (generation !== undefined && worker.generation !== generation)) {
      const answer = this.call(worker, { kind: 'load' }, LOAD_LIMIT_MS);
      if (answer === 'timeout' || !('generation' in answer)) {
        this.stop();
        throw new Error(answer === 'timeout' ? `reading the content folder ${this.dir} took longer than ${LOAD_LIMIT_MS / 60_000} minutes` : 'error' in answer ? answer.error : 'no answer');
      }
      worker.generation = answer.generation;
    }
    return worker;
  }

  private call(worker: Thread, request: Request, limitMs: number): 'timeout' | Answer {
    Atomics.store(worker.flag, 0, 0);
    worker.port.postMessage(request);
    const deadline = Date.now() + limitMs;
    for (;;) {
      const received = receiveMessageOnPort(worker.port);
      if (received) return received.message;
      const left = deadline - Date.now();
      if (left <= 0) return 'timeout';
      Atomics.wait(worker.flag, 0, 0, left);
    }
  }

  private stop(): void {
    void this.worker?.thread.terminate();
    this.worker?.port.close();
    this.worker = undefined;
  }
}
