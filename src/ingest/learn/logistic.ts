/**
 * L2-regularised logistic regression, fitted by Newton's method (iteratively
 * reweighted least squares). No randomness: the same examples give the same
 * weights, to the last digit, on every machine.
 */
import type { Features, Logistic } from '../model.ts';

export interface Example {
  features: Features;
  label: boolean;
  /** The page the example comes from, for folds. */
  page: string;
}

/**
 * Fits a model. `lambda` penalises the weights (not the bias); features that never fire get weight 0.
 * @example fitLogistic([{ features: { a: 1 }, label: true, page: 'x' }, { features: { a: 0 }, label: false, page: 'y' }]).weights // [≈ 1.3]
 */
export function fitLogistic(examples: Example[], lambda = 1, iterations = 50): Omit<Logistic, 'threshold'> {
  const names = [...new Set(examples.flatMap((e) => Object.keys(e.features).filter((k) => e.features[k] !== 0)))].sort();
  const n = names.length + 1; // the bias last
  const rows = examples.map((e) => [...names.map((k) => e.features[k] ?? 0), 1]);
  const y = examples.map((e) => (e.label ? 1 : 0));
  let w = new Array<number>(n).fill(0);
  for (let it = 0; it < iterations; it++) {
    const grad = new Array<number>(n).fill(0);
    const hess = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    rows.forEach((x, i) => {
      const p = sigmoid(dot(w, x));
      const r = p * (1 - p);
      for (let a = 0; a < n; a++) {
        grad[a]! += (p - y[i]!) * x[a]!;
        if (x[a] === 0) continue;
        for (let b = 0; b < n; b++) hess[a]![b]! += r * x[a]! * x[b]!;
      }
    });
    for (let a = 0; a < n - 1; a++) {
      grad[a]! += lambda * w[a]!;
      hess[a]![a]! += lambda;
    }
    hess[n - 1]![n - 1]! += 1e-6;
    const step = solve(hess, grad);
    w = w.map((v, a) => v - step[a]!);
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  return { features: names, weights: w.slice(0, -1).map(round), bias: round(w[n - 1]!) };
}

export function predict(model: Omit<Logistic, 'threshold'>, features: Features): number {
  let z = model.bias;
  model.features.forEach((k, i) => (z += model.weights[i]! * (features[k] ?? 0)));
  return sigmoid(z);
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const dot = (a: number[], b: number[]) => a.reduce((s, v, i) => s + v * b[i]!, 0);

/** Solves `A x = b` by Gaussian elimination with partial pivoting. */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const m = A.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    const d = m[c]![c]! || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / d;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => row[n]! / (row[i]! || 1e-12));
}
