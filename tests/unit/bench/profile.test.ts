import { describe, expect, test } from 'vitest';
import { shortFile, summarise } from '../../bench/profile.ts';

describe('shortFile', () => {
  test("files the build's own chunks as ours even when the output folder is under node_modules", () => {
    expect(shortFile('file:///p/node_modules/.cache/prof-dist/../.prerender/chunks/timeline_DVDHi47r.mjs')).toBe('.prerender/chunks/timeline_DVDHi47r.mjs');
    expect(shortFile('file:///p/dist/.prerender/prerender-entry.CAOsneKA.mjs')).toBe('.prerender/prerender-entry.CAOsneKA.mjs');
    expect(shortFile('file:///p/src/lib/timeline.ts')).toBe('src/lib/timeline.ts');
  });

  test('files packages by name, the innermost one when packages nest, and keeps node: modules', () => {
    expect(shortFile('file:///p/node_modules/astro/dist/core/build/generate.js')).toBe('pkg:astro');
    expect(shortFile('file:///p/node_modules/@resvg/resvg-js/index.js')).toBe('pkg:@resvg/resvg-js');
    expect(shortFile('file:///p/node_modules/a/node_modules/src/index.js')).toBe('pkg:src');
    expect(shortFile('node:internal/modules/esm/loader')).toBe('node:internal/modules/esm/loader');
    expect(shortFile('')).toBe('(native)');
  });
});

describe('summarise', () => {
  test("counts a chunk's time as ours, self and inclusive", () => {
    const chunk = 'file:///p/node_modules/.cache/x/.prerender/chunks/og_1.mjs';
    const profile = {
      nodes: [
        { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 }, children: [2] },
        { id: 2, callFrame: { functionName: 'render', url: chunk, lineNumber: 9 }, children: [3] },
        { id: 3, callFrame: { functionName: 'parse', url: 'file:///p/node_modules/satori/dist/index.js', lineNumber: 0 } },
      ],
      samples: [2, 3, 3],
      timeDeltas: [1000, 1000, 1000],
    };
    const s = summarise(profile);
    expect(s.byFile).toEqual([
      ['pkg:satori', 2],
      ['.prerender/chunks/og_1.mjs', 1],
    ]);
    expect(s.inclusiveOwn).toEqual([['.prerender/chunks/og_1.mjs', 3]]);
  });

  test('counts only the samples of a time window when one is given', () => {
    const profile = {
      nodes: [
        { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 }, children: [2, 3] },
        { id: 2, callFrame: { functionName: 'start', url: 'file:///p/src/a.ts', lineNumber: 0 } },
        { id: 3, callFrame: { functionName: 'reload', url: 'file:///p/src/b.ts', lineNumber: 0 } },
      ],
      // Samples at 1 s, 2 s and 3 s (timeDeltas in microseconds).
      samples: [2, 3, 3],
      timeDeltas: [1e6, 1e6, 1e6],
    };
    expect(summarise(profile, 25, { from: 1.5 }).byFile).toEqual([['src/b.ts', 2000]]);
    expect(summarise(profile, 25, { to: 1.5 }).byFile).toEqual([['src/a.ts', 1000]]);
  });
});
