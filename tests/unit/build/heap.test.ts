import { describe, expect, test } from 'vitest';
import { ASTRO_HEAP_MIB, astroNodeArgs, heapAdvice } from '../../../src/build/heap.ts';

describe('astroNodeArgs', () => {
  test('caps V8 heap of astro build, unless NODE_OPTIONS already sets a size', () => {
    expect(astroNodeArgs({})).toEqual([`--max-old-space-size=${ASTRO_HEAP_MIB}`]);
    expect(astroNodeArgs({ NODE_OPTIONS: '--max-old-space-size=4096' })).toEqual([]);
    expect(astroNodeArgs({ NODE_OPTIONS: '--enable-source-maps' })).toEqual([`--max-old-space-size=${ASTRO_HEAP_MIB}`]);
  });
});

describe('heapAdvice', () => {
  test('tells how to give a build that ran out of heap more room, and says nothing for other failures', () => {
    expect(heapAdvice('SIGABRT')).toContain('NODE_OPTIONS=--max-old-space-size=');
    expect(heapAdvice(null)).toBeUndefined();
    expect(heapAdvice('SIGTERM')).toBeUndefined();
  });
});
