import { describe, expect, it } from 'vitest'
import { FEATURE_NAMES, type RiskFeatures } from './features.ts'
import { fitRiskModel, heldOutAuc, keepIfBetter, type Outcome } from './fit.ts'
import { defaultRiskModel } from './model.ts'
import { seededRandom } from './learn/random.ts'

function features(values: Partial<RiskFeatures['values']>): RiskFeatures {
  const all = Object.fromEntries(FEATURE_NAMES.map((n) => [n, null])) as RiskFeatures['values']
  return {
    values: { ...all, ...values },
    detail: {
      logins: { recent: 0, baseline: 0 }, sessions: { recent: 0, baseline: 0 }, featureUses: { recent: 0, baseline: 0 },
      purchases: { recent: 0, baseline: 0 }, npsPrevious: null, csatPrevious: null, cesPrevious: null, exitReason: null, exitOutcome: null, topics: [], npsTopics: [],
    },
  }
}

/** A workspace where late payments drive churn and login drops (which the defaults trust) are noise. */
function plantedWorkspace(n: number, seed: number): Outcome[] {
  const random = seededRandom(seed)
  return Array.from({ length: n }, () => {
    const late = random() < 0.3 ? 1 + Math.floor(random() * 3) : 0
    const loginsChangePct = random() < 0.3 ? -80 : 0
    const churned = random() < (late ? 0.7 : 0.08)
    return { features: features({ paymentLate90: late, loginsChangePct, complaints30: 0, tenureDays: 200 }), churned }
  })
}

describe('fitRiskModel', () => {
  it('learns a planted pattern and beats the defaults on held-out customers', () => {
    const outcomes = plantedWorkspace(600, 3)
    const result = fitRiskModel(outcomes, defaultRiskModel(), { seed: 1, now: 1000 })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const { candidate, heldOut } = result
    expect(candidate.weights.paymentLate90![2]).toBeGreaterThan(defaultRiskModel().weights.paymentLate90![2])
    expect(candidate.weights.loginsChangePct![0]).toBeLessThan(defaultRiskModel().weights.loginsChangePct![0])
    const decision = keepIfBetter(defaultRiskModel(), candidate, heldOut)
    expect(decision.kept).toBe('candidate')
    expect(decision.candidateAuc!).toBeGreaterThan(decision.currentAuc! + 0.05)
    // Fresh customers from the same workspace: the improvement generalises.
    const fresh = plantedWorkspace(400, 99)
    expect(heldOutAuc(candidate, fresh)!).toBeGreaterThan(heldOutAuc(defaultRiskModel(), fresh)! + 0.05)
    expect(JSON.parse(JSON.stringify(candidate))).toEqual(candidate)
    expect(candidate.metrics?.heldOutRows).toBe(heldOut.length)
  })

  it('is deterministic for a seed', () => {
    const outcomes = plantedWorkspace(300, 5)
    const a = fitRiskModel(outcomes, defaultRiskModel(), { seed: 4 })
    const b = fitRiskModel(outcomes, defaultRiskModel(), { seed: 4 })
    expect(a).toEqual(b)
  })

  it('declines tiny or one-sided data instead of fitting noise', () => {
    const few = plantedWorkspace(12, 7)
    const result = fitRiskModel(few, defaultRiskModel())
    expect(result.ok).toBe(false)
    const nobodyChurned = plantedWorkspace(200, 8).map((o) => ({ ...o, churned: false }))
    expect(fitRiskModel(nobodyChurned, defaultRiskModel()).ok).toBe(false)
  })

  it('keeps the current model when the candidate is not better', () => {
    const outcomes = plantedWorkspace(300, 11)
    const same = defaultRiskModel()
    expect(keepIfBetter(defaultRiskModel(), same, outcomes).kept).toBe('current')
    expect(keepIfBetter(defaultRiskModel(), same, []).kept).toBe('current')
  })
})
