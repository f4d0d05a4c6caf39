// Refitting a workspace's risk model on its own outcomes (POST /v1/risk/fit and the daily cron):
// a candidate is learned from 70% of the examples and replaces the active model only if it ranks
// the held-out 30% better.
import { fitRiskModel, keepIfBetter, matchScale, type RiskModel } from '../domain/risk/index.ts'
import { loadSettings } from './workspaces.ts'
import { loadActiveModel, storeModelStatements } from './risk-model.ts'
import { loadOutcomes } from './risk-outcomes.ts'
import { silenceDays } from './churn-definition.ts'
import { segmentRates } from './risk-segments.ts'

export interface FitReport {
  kept: boolean
  current: { version: string; auc: number | null }
  candidate: { version: string; auc: number | null } | null
  trainedOn: number
  heldOut: number
  churned: number
  /** Why no candidate was learned (too few outcomes), when that happened. */
  reason?: string
}

/**
 * Learns a candidate from outcomes known at `now`; with `store`, a better candidate becomes the
 * active model. `silence`: the churn definition's silence, when the caller has just read it.
 */
export async function fitWorkspace(db: D1Database, workspaceId: string, now: number, options: { store?: boolean; current?: RiskModel; silence?: number | null } = {}): Promise<FitReport & { model: RiskModel }> {
  const current = await (options.current ?? loadActiveModel(db, workspaceId))
  const silence = options.silence !== undefined ? options.silence : await silenceDays(db, workspaceId, await loadSettings(db, workspaceId), now)
  const rates = await segmentRates(db, workspaceId, now)
  const examples = await loadOutcomes(db, workspaceId, now, silence, rates)
  const churned = examples.filter((e) => e.churned).length
  const fit = fitRiskModel(examples, current, { now, seed: 1 })
  if (!fit.ok) {
    return { kept: false, current: { version: current.version, auc: null }, candidate: null, trainedOn: fit.train.length, heldOut: fit.heldOut.length, churned, reason: fit.reason, model: current }
  }
  // Same ranking, the scale the tiers were set on (see domain/risk/scale.ts).
  const candidate = matchScale(fit.candidate, current, examples.map((e) => e.features))
  const decision = keepIfBetter(current, candidate, fit.heldOut)
  const kept = decision.kept === 'candidate'
  if (kept && options.store !== false) {
    const metrics = { auc: decision.candidateAuc, previousAuc: decision.currentAuc, previousVersion: current.version, trainRows: fit.train.length, heldOutRows: fit.heldOut.length, churned }
    await db.batch(storeModelStatements(db, workspaceId, candidate, metrics, now))
  }
  return {
    kept,
    current: { version: current.version, auc: decision.currentAuc },
    candidate: { version: candidate.version, auc: decision.candidateAuc },
    trainedOn: fit.train.length,
    heldOut: fit.heldOut.length,
    churned,
    model: decision.model,
  }
}
