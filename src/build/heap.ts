/**
 * How much memory `astro build` may keep. Left alone on a machine with memory to
 * spare, V8 lets garbage pile up for gigabytes before it collects: at 10,000
 * articles Astro's process peaked at 2.1 GB, against 1.6 GB with its heap capped
 * at 1 GB and no time lost (`npm run bench` measures both). The cap is on V8's
 * old space only, where the pages' garbage collects; what Astro keeps alive at
 * once stays well under it.
 */

/** V8's old-space cap for `astro build`, in MiB. */
export const ASTRO_HEAP_MIB = 1024;

/**
 * Node's flags for the `astro build` process: the heap cap, unless `NODE_OPTIONS`
 * sets one already (the way to give a very large record more room).
 * @example astroNodeArgs({}) // => ['--max-old-space-size=1024']
 */
export function astroNodeArgs(env: NodeJS.ProcessEnv = process.env): string[] {
  return /--max-old-space-size\b/.test(env.NODE_OPTIONS ?? '') ? [] : [`--max-old-space-size=${ASTRO_HEAP_MIB}`];
}

/**
 * What to do when `astro build` ran out of heap (V8 aborts the process), or
 * undefined for any other failure.
 */
export function heapAdvice(signal: NodeJS.Signals | null): string | undefined {
  if (signal !== 'SIGABRT') return undefined;
  return `astro build ran out of memory with its heap capped at ${ASTRO_HEAP_MIB} MiB (src/build/heap.ts). Give it more room with NODE_OPTIONS=--max-old-space-size=<MiB>, e.g. NODE_OPTIONS=--max-old-space-size=${ASTRO_HEAP_MIB * 2} npm run build.`;
}
