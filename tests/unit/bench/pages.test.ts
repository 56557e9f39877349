import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { firstTripBytes, gzipSize, stylesheetsOf } from '../../bench/lib/pages.ts';
import { median } from '../../bench/lib/measure.ts';

describe('stylesheetsOf', () => {
  test('finds the linked stylesheets as files under dist, with or without a base path', () => {
    const html = '<link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/_astro/Base.abc.css"><link rel=stylesheet href="https://example.com/x.css">';
    expect(stylesheetsOf(html, '/dist')).toEqual([path.join('/dist', '_astro/Base.abc.css')]);
    expect(stylesheetsOf('<link href="/talks/_astro/a.css" rel="stylesheet">', '/dist', '/talks/')).toEqual([path.join('/dist', '_astro/a.css')]);
  });
});

describe('firstTripBytes', () => {
  test('adds the gzipped size of the page and of its stylesheet', () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'weigh-'));
    const html = `<!doctype html><link rel="stylesheet" href="/site.css"><p>${'word '.repeat(500)}</p>`;
    const css = 'body { font-family: system-ui, sans-serif; }';
    fs.writeFileSync(path.join(dist, 'index.html'), html);
    fs.writeFileSync(path.join(dist, 'site.css'), css);
    expect(firstTripBytes(path.join(dist, 'index.html'), dist)).toBe(gzipSize(html) + gzipSize(css));
    fs.rmSync(dist, { recursive: true });
  });
});

describe('median', () => {
  test('takes the middle run, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
