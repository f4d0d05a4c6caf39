import { describe, expect, it } from 'vitest'
import { backtest, backtestCutoffs, evaluatedCutoffs, replay, type Snapshot } from './backtest.ts'
import { DAY_MS } from './facts.ts'
import { defaultRiskModel } from './model.ts'
import { NOW, dailyRows, steadyCustomer } from './test-helpers.ts'

const d = (n: number) => n * DAY_MS
const snap = (customerId: string, day: number, score: number): Snapshot => ({
  customerId,
  at: d(day),
  score,
  tier: score >= 70 ? 'high' : score >= 40 ? 'medium' : 'low',
})

// Two cutoffs (day 0, day 30), horizon 60 days.
const snapshots = [
  snap('A', 0, 40), snap('A', 30, 80), // churns day 50: flagged at day 0, lead 50
  snap('B', 0, 10), snap('B', 30, 75), // churns day 40: flagged at day 30, lead 10
  snap('C', 0, 20), snap('C', 30, 30), // churns day 45: never flagged
  snap('D', 0, 71), snap('D', 30, 50), // stays
  snap('E', 0, 5), snap('E', 30, 5), // stays
  snap('F', 0, 60), snap('F', 30, 90), // churns day 10: flagged, lead 10; its day-30 score is after churn
]
const outcomes = [
  { customerId: 'A', churnedAt: d(50) },
  { customerId: 'B', churnedAt: d(40) },
  { customerId: 'C', churnedAt: d(45) },
  { customerId: 'D', churnedAt: null },
  { customerId: 'E', churnedAt: null },
  { customerId: 'F', churnedAt: d(10) },
]

describe('backtest', () => {
  it('counts only the cutoffs someone was scored at, and lists the same ones', () => {
    // F churned on day 10: its day-60 snapshot is after it left, so day 60 evaluated no one.
    const report = backtest([...snapshots, snap('F', 60, 50)], outcomes, { horizonDays: 60 })
    expect(report.cutoffs).toBe(2)
    expect(evaluatedCutoffs(snapshots)).toEqual([0, d(30)])
    expect(backtest([], []).cutoffs).toBe(0)
    expect(evaluatedCutoffs([])).toEqual([])
  })

  it('reports recall, lead time, tier precision and precision at K by hand', () => {
    const report = backtest(snapshots, outcomes, { horizonDays: 60, k: 1 })
    expect(report.cutoffs).toBe(2)
    expect(report.snapshots).toBe(11)
    expect(report.churners).toBe(4)
    expect(report.recall).toEqual({ value: 0.75, flagged: 3, churners: 4 })
    expect(report.medianLeadDays).toBe(10)
    // high: D@0 no, A@30 yes, B@30 yes. medium: A@0 yes, F@0 yes, D@30 no.
    expect(report.tierPrecision.high).toEqual({ value: 2 / 3, churned: 2, scored: 3 })
    expect(report.tierPrecision.medium).toEqual({ value: 2 / 3, churned: 2, scored: 3 })
    // low: B@0, C@0 yes; E@0 no; C@30 yes; E@30 no.
    expect(report.tierPrecision.low).toEqual({ value: 0.6, churned: 3, scored: 5 })
    // Top 1 per cutoff: D@0 (stays), A@30 (churns); F@30 is excluded (already gone).
    expect(report.precisionAtK).toEqual({ value: 0.5, k: 1, churned: 1, picked: 2 })
  })

  it('says how many churners each source of churn gave (unsaid is recorded)', () => {
    const sourced = outcomes.map((o) => (o.customerId === 'C' ? { ...o, source: 'inactivity' as const } : o))
    expect(backtest(snapshots, sourced, { horizonDays: 60 }).churnersBy).toEqual({ recorded: 3, inactivity: 1 })
  })

  it('leaves out snapshots whose outcome is not known yet', () => {
    const report = backtest(snapshots, outcomes, { horizonDays: 60, k: 1, asOf: d(70) })
    // D@30 and E@30 have horizons ending day 90 > 70 and no churn seen: unknown, dropped.
    expect(report.tierPrecision.medium).toEqual({ value: 1, churned: 2, scored: 2 })
    expect(report.tierPrecision.low).toEqual({ value: 0.75, churned: 3, scored: 4 })
  })

  it('answers null, not NaN, with nothing to measure', () => {
    const report = backtest([], [])
    expect(report.recall.value).toBeNull()
    expect(report.medianLeadDays).toBeNull()
    expect(report.precisionAtK.value).toBeNull()
  })
})

describe('replay', () => {
  it('scores each cutoff with only what was known before it', () => {
    const declining = steadyCustomer('declining')
    // Logins stop 20 days before NOW and complaints arrive; the customer churns at NOW.
    declining.days = dailyRows(NOW, 150, (ago) => ({ logins: ago > 20 ? 2 : 0, sessions: ago > 20 ? 3 : 0, complaints: ago === 10 || ago === 12 ? 1 : 0 }))
    declining.customer.churnedAt = NOW
    declining.customer.lastSeenAt = NOW - d(21)
    const steady = steadyCustomer('steady')
    const cutoffs = [NOW - d(60), NOW - d(5), NOW + d(1)]
    const out = replay([declining, steady], cutoffs, defaultRiskModel())
    const of = (id: string, at: number) => out.find((s) => s.customerId === id && s.at === at)
    expect(of('declining', cutoffs[0])!.tier).toBe('low')
    expect(of('declining', cutoffs[1])!.tier).toBe('high')
    expect(of('declining', cutoffs[2])).toBeUndefined()
    expect(of('steady', cutoffs[1])!.tier).toBe('low')
    const report = backtest(out, [{ customerId: 'declining', churnedAt: NOW }, { customerId: 'steady', churnedAt: null }], { horizonDays: 90 })
    expect(report.recall.value).toBe(1)
    expect(report.medianLeadDays).toBe(5)
  })

  it('places cutoffs a horizon before the end of the data', () => {
    expect(backtestCutoffs(d(200), 3, 7, 90)).toEqual([d(96), d(103), d(110)])
  })
})
