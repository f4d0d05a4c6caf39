// Refitting the risk model on a workspace's own outcomes. The fit keeps the model's bins and
// learns a correction to its current weights (L2 pulls toward them, so small workspaces stay
// close to the documented defaults); a candidate replaces the current model only if it ranks
// held-out customers better.
import { FEATURE_NAMES, type FeatureName, type RiskFeatures } from './features.ts'
import { binOf, contributions, riskProbability, type RiskModel } from './model.ts'
import { fitLogistic } from './learn/logistic.ts'
import { rocAuc } from './learn/quality.ts'
import { stratifiedSplit } from './learn/random.ts'

export interface Outcome {
  features: RiskFeatures
  churned: boolean
}

export interface FitOptions {
  seed?: number
  l2?: number
  heldOutShare?: number
  now?: number
  /** Fewer churned (or retained) customers than this in training: no fit. */
  minPerClass?: number
}

export type FitResult =
  | { ok: true; candidate: RiskModel; train: Outcome[]; heldOut: Outcome[] }
  | { ok: false; reason: string; train: Outcome[]; heldOut: Outcome[] }

interface Column {
  feature: FeatureName
  bin: number
}

/** One indicator per bin except the bin whose weight is 0 (the reference; also where missing values sit). */
function indicatorColumns(model: RiskModel): Column[] {
  const columns: Column[] = []
  for (const feature of FEATURE_NAMES) {
    const weights = model.weights[feature]
    if (!weights || !model.bins[feature]) continue
    const reference = Math.max(0, weights.indexOf(0))
    weights.forEach((_, bin) => bin !== reference && columns.push({ feature, bin }))
  }
  return columns
}

function encode(features: RiskFeatures, model: RiskModel, columns: Column[]): number[] {
  return columns.map(({ feature, bin }) => {
    const value = features.values[feature]
    return value !== null && Number.isFinite(value) && binOf(value, model.bins[feature]!) === bin ? 1 : 0
  })
}

export function fitRiskModel(outcomes: Outcome[], current: RiskModel, options: FitOptions = {}): FitResult {
  const labels = outcomes.map((o) => (o.churned ? 1 : 0))
  const { train: trainIdx, heldOut: heldIdx } = stratifiedSplit(labels, options.heldOutShare ?? 0.3, options.seed ?? 1)
  const train = trainIdx.map((i) => outcomes[i])
  const heldOut = heldIdx.map((i) => outcomes[i])
  const minPerClass = options.minPerClass ?? 5
  const churned = train.filter((o) => o.churned).length
  if (churned < minPerClass || train.length - churned < minPerClass) {
    return { ok: false, reason: `need at least ${minPerClass} churned and ${minPerClass} retained customers to learn from (have ${churned} and ${train.length - churned})`, train, heldOut }
  }

  const columns = indicatorColumns(current)
  const offsets = train.map((o) => Object.values(contributions(o.features, current)).reduce((s, v) => s + (v ?? 0), 0))
  const fit = fitLogistic(train.map((o) => encode(o.features, current, columns)), train.map((o) => (o.churned ? 1 : 0)), { l2: options.l2 ?? 2, offsets })

  const candidate: RiskModel = structuredClone(current)
  candidate.intercept = fit.intercept
  columns.forEach(({ feature, bin }, j) => {
    const weights = candidate.weights[feature]!
    weights[bin] = Math.round((weights[bin] + fit.weights[j]) * 1000) / 1000
  })
  const trainedAt = options.now ?? 0
  candidate.version = `fit-${trainedAt}`
  candidate.trainedAt = trainedAt
  candidate.metrics = { auc: heldOutAuc(candidate, heldOut), defaultAuc: heldOutAuc(current, heldOut), heldOutRows: heldOut.length, trainRows: train.length }
  return { ok: true, candidate, train, heldOut }
}

export function heldOutAuc(model: RiskModel, rows: Outcome[]): number | null {
  return rocAuc(rows.map((o) => riskProbability(o.features, model)), rows.map((o) => (o.churned ? 1 : 0)))
}

/** The candidate wins only with a strictly higher held-out AUC; without a usable held-out set the current model stays. */
export function keepIfBetter(current: RiskModel, candidate: RiskModel, heldOut: Outcome[]): { model: RiskModel; kept: 'current' | 'candidate'; currentAuc: number | null; candidateAuc: number | null } {
  const currentAuc = heldOutAuc(current, heldOut)
  const candidateAuc = heldOutAuc(candidate, heldOut)
  const better = candidateAuc !== null && (currentAuc === null || candidateAuc > currentAuc)
  return { model: better ? candidate : current, kept: better ? 'candidate' : 'current', currentAuc, candidateAuc }
}
