import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { CORPUS_DIR, loadCorpus } from '../../../src/ingest/learn/corpus.ts';
import { fit } from '../../../src/ingest/learn/fit.ts';
import { currentWeights, DECISIONS, probability, threshold, useWeights } from '../../../src/ingest/model.ts';
import { readContent } from '../../../src/lib/content-files.ts';

const WEIGHTS = path.resolve(import.meta.dirname, '../../../src/ingest/weights.json');

describe('the fitted weights', () => {
  test('load from the committed file, one model per decision, each with a threshold inside (0, 1)', () => {
    const committed = JSON.parse(fs.readFileSync(WEIGHTS, 'utf8'));
    expect(currentWeights()).toEqual(committed);
    for (const d of DECISIONS) {
      const m = committed.models[d];
      expect(m, d).toBeDefined();
      expect(m.features.length, d).toBe(m.weights.length);
      expect(threshold(d)).toBeGreaterThan(0);
      expect(threshold(d)).toBeLessThan(1);
    }
  });

  test('give a probability between 0 and 1 that moves with a feature\'s weight', () => {
    const m = currentWeights().models.seat!;
    const i = m.weights.findIndex((w) => Math.abs(w) > 0.1);
    const name = m.features[i]!;
    const up = probability('seat', { [name]: 1 });
    const down = probability('seat', { [name]: 0 });
    expect(up).toBeGreaterThan(0);
    expect(up).toBeLessThan(1);
    expect(Math.sign(up - down)).toBe(Math.sign(m.weights[i]!));
  });

  test.skipIf(!fs.existsSync(CORPUS_DIR))('are what `npm run fit:ingest` gives from the dev pages, to the last byte', () => {
    const before = currentWeights();
    try {
      const refit = fit(loadCorpus().filter((p) => p.part === 'dev'), readContent(path.resolve(import.meta.dirname, '../../../content')).content, () => {});
      expect(`${JSON.stringify(refit, null, 1)}\n`).toBe(fs.readFileSync(WEIGHTS, 'utf8'));
    } finally {
      useWeights(before);
    }
  }, 120_000);
});
