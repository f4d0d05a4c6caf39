// Keeping a refit model on the scale teams already read. A model fitted on outcomes predicts the
// workspace's true 30-day churn probability, which is small for almost everyone, so the tier
// thresholds (high >= 70) would stop firing the day a refit is kept. Shifting its intercept so
// the average score over the same customers equals the current model's keeps the tiers meaning
// what they meant; ranking (and so AUC, recall at K) is unchanged.
import { contributions, type RiskModel } from './model.ts'
import type { RiskFeatures } from './features.ts'
import { sigmoid } from './learn/logistic.ts'

const logitSum = (model: RiskModel, f: RiskFeatures) => Object.values(contributions(f, model)).reduce((s, v) => s + (v ?? 0), 0)

function meanProbability(model: RiskModel, rows: RiskFeatures[], shift = 0): number {
  return rows.reduce((s, f) => s + sigmoid(model.intercept + shift + logitSum(model, f)), 0) / rows.length
}

/** `candidate` with its intercept moved so its mean probability over `rows` equals `reference`'s. */
export function matchScale(candidate: RiskModel, reference: RiskModel, rows: RiskFeatures[]): RiskModel {
  if (rows.length === 0) return candidate
  const target = meanProbability(reference, rows)
  // The mean is increasing in the shift: bisect.
  let lo = -20
  let hi = 20
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2
    if (meanProbability(candidate, rows, mid) < target) lo = mid
    else hi = mid
  }
  const shift = (lo + hi) / 2
  return { ...candidate, intercept: Math.round((candidate.intercept + shift) * 1000) / 1000 }
}
