// A binned logistic risk model: each feature falls in a bin, each bin adds log-odds, so the
// model can follow jumps ("2+ complaints") and every point of the score has a named cause.
import { FEATURE_NAMES, type FeatureName, type RiskFeatures } from './features.ts'
import { DEFAULT_BINS, DEFAULT_INTERCEPT, DEFAULT_WEIGHTS } from './defaults.ts'
import { reasonsFor, type RiskReason } from './reasons.ts'
import { sigmoid } from './learn/logistic.ts'

export type RiskTier = 'high' | 'medium' | 'low'

export interface RiskModel {
  version: string
  kind: 'binned-logistic'
  intercept: number
  /** Ascending cut points per feature; a value v lands in bin = number of cuts <= v. */
  bins: Partial<Record<FeatureName, number[]>>
  /** Log-odds per bin (one more than cuts). A missing value adds nothing. */
  weights: Partial<Record<FeatureName, number[]>>
  trainedAt: number | null
  metrics: { auc?: number | null; heldOutRows?: number; trainRows?: number; defaultAuc?: number | null } | null
}

export interface TierThresholds {
  high: number
  medium: number
}

export const DEFAULT_THRESHOLDS: TierThresholds = { high: 70, medium: 40 }

export interface RiskScore {
  score: number
  tier: RiskTier
  reasons: RiskReason[]
}

export function defaultRiskModel(): RiskModel {
  return {
    version: 'default-1',
    kind: 'binned-logistic',
    intercept: DEFAULT_INTERCEPT,
    bins: structuredClone(DEFAULT_BINS),
    weights: structuredClone(DEFAULT_WEIGHTS),
    trainedAt: null,
    metrics: null,
  }
}

export function binOf(value: number, cuts: number[]): number {
  let bin = 0
  while (bin < cuts.length && cuts[bin] <= value) bin++
  return bin
}

/** Log-odds each feature adds for this customer (missing or unmodelled features add 0). */
export function contributions(features: RiskFeatures, model: RiskModel): Partial<Record<FeatureName, number>> {
  const out: Partial<Record<FeatureName, number>> = {}
  for (const name of FEATURE_NAMES) {
    const value = features.values[name]
    const cuts = model.bins[name]
    const weights = model.weights[name]
    if (value === null || !Number.isFinite(value) || !cuts || !weights) continue
    out[name] = weights[binOf(value, cuts)] ?? 0
  }
  return out
}

export function tierOf(score: number, thresholds: TierThresholds = DEFAULT_THRESHOLDS): RiskTier {
  return score >= thresholds.high ? 'high' : score >= thresholds.medium ? 'medium' : 'low'
}

/** Churn probability 0..1. */
export function riskProbability(features: RiskFeatures, model: RiskModel): number {
  const parts = contributions(features, model)
  return sigmoid(model.intercept + Object.values(parts).reduce((s, v) => s + (v ?? 0), 0))
}

export function scoreRisk(features: RiskFeatures, model: RiskModel, options: { thresholds?: TierThresholds; maxReasons?: number } = {}): RiskScore {
  const score = Math.round(riskProbability(features, model) * 100)
  return {
    score,
    tier: tierOf(score, options.thresholds),
    reasons: reasonsFor(features, contributions(features, model)).slice(0, options.maxReasons ?? 4),
  }
}
