import { describe, expect, test } from 'vitest';
import { astroStages, duration } from '../../bench/lib/astro-log.ts';

const LOG = `13:13:13 [content] Syncing content
13:13:15 [content] Synced content
13:13:15 [types] Generated 2.82s
13:13:15 [build] output: "static"
13:13:15 [build] Collecting build info...
13:13:15 [build] \u001b[32m✓ Completed in 2.92s.\u001b[39m
13:13:15 [build] Building static entrypoints...
13:13:16 [vite] ✓ built in 1.62s
13:13:16 [vite] ✓ built in 24ms
13:13:16 [build] Rearranging server assets...

 generating static routes 
13:13:16   ├─ /rounds/2022-03-10-antalya/index.html (+12ms) 
13:13:21 ✓ Completed in 1m 4.37s.

13:13:21 [build] ✓ Completed in 6.12s.
13:13:21 [build] 1589 page(s) built in 1m 9.12s
13:13:21 [build] Complete!`;

describe('duration', () => {
  test('reads seconds, milliseconds and minutes as Astro prints them', () => {
    expect(duration('2.92s')).toBe(2.92);
    expect(duration('24ms')).toBe(0.024);
    expect(duration('3m 5s')).toBe(185);
    expect(duration('1m 4.37s')).toBeCloseTo(64.37);
    expect(duration('soon')).toBeNaN();
  });
});

describe('astroStages', () => {
  test('finds setup, bundle, render and total in a build log, colours or not', () => {
    const stages = astroStages(LOG)!;
    expect(stages).toMatchObject({ setupSeconds: 2.92, renderSeconds: 64.37, totalSeconds: 69.12, pages: 1589 });
    expect(stages.bundleSeconds).toBeCloseTo(1.644);
  });

  test('says nothing for a build that stopped', () => {
    expect(astroStages(LOG.split('generating static routes')[0]!)).toBeUndefined();
  });
});
