/**
 * The fitted weights the stages decide with: one logistic regression per
 * decision, loaded from `weights.json` (written by `npm run fit:ingest` from
 * the labelled dev pages; reviewed in the diff like a lock file). A decision's
 * features are named numbers; its probability is the logistic of their
 * weighted sum, and its threshold was chosen on the dev pages.
 */
import weights from './weights.json' with { type: 'json' };

export type Features = Record<string, number>;

export interface Logistic {
  features: string[];
  weights: number[];
  bias: number;
  /** The probability at or above which the decision is asserted. */
  threshold: number;
}

/** Every decision the reader takes with a fitted model. */
export const DECISIONS = ['round', 'match', 'date', 'venue', 'video', 'seat', 'outcome', 'agreed', 'not-agreed', 'proposed', 'discussed'] as const;
export type Decision = (typeof DECISIONS)[number];

export interface Weights {
  /** What the weights were fitted on, for the diff's reader. */
  fittedOn: string;
  models: Partial<Record<Decision, Logistic>>;
}

let loaded: Weights = weights as Weights;

/** The weights in use (the committed file, unless a fit is in progress). */
export function currentWeights(): Weights {
  return loaded;
}

/** Replaces the weights in use; the fitting script uses it between passes. */
export function useWeights(w: Weights): void {
  loaded = w;
}

/** The probability a decision's model gives to these features; 0.5 when the model has not been fitted yet. */
export function probability(decision: Decision, f: Features): number {
  const m = loaded.models[decision];
  if (!m) return 0.5;
  let z = m.bias;
  for (let i = 0; i < m.features.length; i++) z += m.weights[i]! * (f[m.features[i]!] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/** The threshold of a decision's model (0.5 before fitting). */
export function threshold(decision: Decision): number {
  return loaded.models[decision]?.threshold ?? 0.5;
}
