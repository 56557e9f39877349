/**
 * The reading half of the ingest command, in a worker thread (see reader.ts):
 * it keeps what a content folder knows, and for each request reads, derives and
 * plans one article. It never writes to the content folder.
 */
import module from 'node:module';
import { fileURLToPath } from 'node:url';
import { workerData, type MessagePort } from 'node:worker_threads';
import type { Knowledge } from './knowledge.ts';
import type { Request } from './reader.ts';

const { port, signal } = workerData as { port: MessagePort; signal: SharedArrayBuffer };
const flag = new Int32Array(signal);

function reply(message: unknown): void {
  port.postMessage(message);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
}

// The reading stages are many modules; Node's compile cache (in node_modules/.cache) saves
// about a third of the time it takes to load them again on the next run.
module.enableCompileCache?.(fileURLToPath(new URL('../../node_modules/.cache/node-compile-cache', import.meta.url)));

// Loaded here rather than imported, so that a module that fails to load is reported, not silent.
const stages = await import('./pipeline.ts').then(
  async (pipeline) => ({ pipeline, knowledge: await import('./knowledge.ts') }),
  (error: Error) => error,
);
let knowledge: Knowledge | undefined;

port.on('message', (request: Request) => {
  if (stages instanceof Error) return reply({ error: `the ingest command could not load: ${stages.message}` });
  try {
    if (request.kind === 'load') {
      knowledge = stages.knowledge.loadKnowledge(request.dir);
      reply({ generation: knowledge.generation });
    } else if (request.kind === 'prepare') {
      reply({ prepared: stages.pipeline.prepare(request.file, request.options, knowledge!, request.dryRun) });
    } else {
      stages.pipeline.absorb(knowledge!, request.change, request.generation);
    }
  } catch (error) {
    reply({ error: (error as Error).message });
  }
});
