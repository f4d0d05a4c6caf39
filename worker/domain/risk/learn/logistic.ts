// L2-regularised logistic regression fitted by Newton's method (exact, deterministic, fast
// for the tens-to-hundreds of columns a customer table or risk model has).
import { choleskySolve } from './linalg.ts'

export interface LogisticFit {
  weights: number[]
  intercept: number
}

export interface LogisticOptions {
  /** Penalty on squared weights (not the intercept); larger means simpler models. */
  l2?: number
  maxIterations?: number
  /** Fixed per-row log-odds added to the linear term: fits a correction to a prior model. */
  offsets?: number[]
}

export const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)))

export function logit(p: number): number {
  const q = Math.min(1 - 1e-9, Math.max(1e-9, p))
  return Math.log(q / (1 - q))
}

export function predictLogistic(fit: LogisticFit, x: ArrayLike<number>): number {
  let z = fit.intercept
  for (let j = 0; j < fit.weights.length; j++) z += fit.weights[j] * x[j]
  return sigmoid(z)
}

/** Fit on rows X (n x d) and 0/1 labels y. One-class or empty data yields a smoothed base rate. */
export function fitLogistic(X: ArrayLike<number>[], y: number[], options: LogisticOptions = {}): LogisticFit {
  const l2 = options.l2 ?? 1
  const maxIterations = options.maxIterations ?? 50
  const offsets = options.offsets
  const n = X.length
  const d = n ? X[0].length : 0
  const positives = y.reduce((s, v) => s + v, 0)
  // Laplace-smoothed base rate: the only honest answer when one class is missing.
  const baseIntercept = logit((positives + 0.5) / (n + 1))
  if (n === 0 || positives === 0 || positives === n) return { weights: new Array(d).fill(0), intercept: offsets ? 0 : baseIntercept }

  const size = d + 1 // last slot is the intercept
  let beta = new Float64Array(size)
  beta[d] = offsets ? 0 : baseIntercept
  let previousLoss = Infinity
  const nonZero = new Int32Array(d)
  for (let iter = 0; iter < maxIterations; iter++) {
    const hessian = new Float64Array(size * size)
    const gradient = new Float64Array(size)
    let loss = 0
    for (let i = 0; i < n; i++) {
      const row = X[i]
      let z = beta[d] + (offsets ? offsets[i] : 0)
      for (let j = 0; j < d; j++) z += beta[j] * row[j]
      const p = sigmoid(z)
      loss -= y[i] ? Math.log(Math.max(p, 1e-15)) : Math.log(Math.max(1 - p, 1e-15))
      const residual = p - y[i]
      const w = Math.max(p * (1 - p), 1e-10)
      // Binned and one-hot rows are mostly zeros: only pairs of non-zeros touch the Hessian.
      let count = 0
      for (let j = 0; j < d; j++) if (row[j] !== 0) nonZero[count++] = j
      for (let a = 0; a < count; a++) {
        const j = nonZero[a]
        const wxj = w * row[j]
        gradient[j] += residual * row[j]
        const base = j * size
        for (let b = 0; b <= a; b++) hessian[base + nonZero[b]] += wxj * row[nonZero[b]]
        hessian[d * size + j] += wxj
      }
      gradient[d] += residual
      hessian[d * size + d] += w
    }
    for (let j = 0; j < d; j++) {
      loss += 0.5 * l2 * beta[j] * beta[j]
      gradient[j] += l2 * beta[j]
      hessian[j * size + j] += l2
    }
    hessian[d * size + d] += 1e-9
    // Mirror the lower triangle.
    for (let j = 0; j < size; j++) for (let k = 0; k < j; k++) hessian[k * size + j] = hessian[j * size + k]
    const step = choleskySolve(hessian, gradient, size)
    if (!step) break
    const next = new Float64Array(size)
    for (let j = 0; j < size; j++) next[j] = beta[j] - step[j]
    beta = next
    if (Math.abs(previousLoss - loss) < 1e-9 * Math.max(1, Math.abs(loss))) break
    previousLoss = loss
  }
  return { weights: Array.from(beta.subarray(0, d)), intercept: beta[d] }
}
