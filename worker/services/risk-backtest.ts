// The backtest as GET /v1/risk/backtest runs it: cutoffs in the past, every customer scored with
// only what was known before each cutoff, by a model trained only on outcomes known before the
// first cutoff (the documented defaults when there were too few), then compared with who churned.
import { backtest, backtestCutoffs, evaluatedCutoffs, firstSilenceAfter, lastSeenBy, riskFeatures, scoreRisk, DAY_MS, type BacktestReport, type ChurnOutcome, type Snapshot } from '../domain/risk/index.ts'
import { defaultRiskModel } from '../domain/risk/index.ts'
import type { CustomerRow } from './customer-view.ts'
import { asOf, loadManyFacts } from './risk-facts.ts'
import { fitWorkspace } from './risk-fit.ts'
import { segmentRates } from './risk-segments.ts'
import { churnsSince, spellCovers } from './churn-history.ts'
import { loadSettings } from './workspaces.ts'

export interface BacktestOptions {
  k: number
  horizonDays: number
  cutoffs: number
  everyDays: number
  /** Customers replayed at most (a sample by id beyond it). */
  maxCustomers?: number
}

type Figures = Pick<BacktestReport, 'recall' | 'medianLeadDays' | 'tierPrecision' | 'precisionAtK'>

export async function runBacktest(db: D1Database, workspaceId: string, now: number, o: BacktestOptions): Promise<BacktestReport & { model: { version: string; trainedBefore: number | null }; defaults: Figures | null; cutoffDates: string[]; customers: number }> {
  const settings = await loadSettings(db, workspaceId)
  const cutoffs = backtestCutoffs(now, o.cutoffs, o.everyDays, o.horizonDays)
  const first = cutoffs[0]
  const last = cutoffs[cutoffs.length - 1]
  const inactive = settings.churnInactiveDays * DAY_MS
  // Anyone who was a customer at some cutoff.
  const { results } = await db.prepare(
    `SELECT * FROM customers WHERE workspace_id = ?1 AND first_seen_at < ?2
       AND (churned_at IS NULL OR churned_at > ?3) AND last_seen_at + ?4 > ?3
     ORDER BY pk LIMIT ?5`,
  ).bind(workspaceId, last, first, inactive, o.maxCustomers ?? 2000).all<CustomerRow>()
  // Read up to today: the sightings after the last cutoff tell whether a silence became a churn.
  const facts = await loadManyFacts(db, results.map((row) => ({ row, from: first - 120 * DAY_MS, to: now })))
  const churns = await churnsSince(db, workspaceId, first)

  // Trained on what was known before the first cutoff; not stored.
  const fitted = await fitWorkspace(db, workspaceId, first, { store: false, current: defaultRiskModel() })
  const model = fitted.kept ? fitted.model : defaultRiskModel()
  const rates = await segmentRates(db, workspaceId, now)

  const snapshots: Snapshot[] = []
  const baseline: Snapshot[] = []
  const outcomes: ChurnOutcome[] = []
  const defaults = defaultRiskModel()
  for (const row of results) {
    // The first churn after the first cutoff is the outcome, though they came back since: a recorded one
    // or a silence of the inactivity period (not recorded when the daily pass was not running then).
    // A customer gone at a cutoff (left before it, back after it; or silent that long) is no customer to score there.
    const history = churns.get(row.pk) ?? []
    const seen = facts.get(row.pk)!
    // A cancellation dated ahead (the end of a paid period) is no churn yet, as churnedAsOf has it.
    const recorded = [history.find((h) => h.churned_at > first)?.churned_at ?? row.churned_at].find((t) => t != null && t <= now) ?? null
    const silent = firstSilenceAfter(seen, first, settings.churnInactiveDays, now)
    const churnAt = recorded == null ? silent : silent == null ? recorded : Math.min(recorded, silent)
    outcomes.push({ customerId: row.pk, churnedAt: churnAt })
    for (const at of cutoffs) {
      if (row.first_seen_at >= at || (churnAt != null && churnAt <= at) || history.some((h) => spellCovers(h, at))) continue
      if (lastSeenBy(seen, at) + inactive <= at) continue
      const known = asOf(seen, at)
      known.segmentChurnRate = rates.rateOf(row.plan)
      const features = riskFeatures(known, at)
      const { score, tier } = scoreRisk(features, model, { thresholds: settings.riskThresholds })
      snapshots.push({ customerId: row.pk, at, score, tier })
      if (fitted.kept) {
        const d = scoreRisk(features, defaults, { thresholds: settings.riskThresholds })
        baseline.push({ customerId: row.pk, at, score: d.score, tier: d.tier })
      }
    }
  }
  const options = { horizonDays: o.horizonDays, k: o.k, asOf: now }
  const report = backtest(snapshots, outcomes, options)
  // When a refit model was used, the documented defaults on the same snapshots, for comparison.
  const d = fitted.kept ? backtest(baseline, outcomes, options) : null
  return {
    ...report,
    model: { version: model.version, trainedBefore: fitted.kept ? first : null },
    defaults: d && { recall: d.recall, medianLeadDays: d.medianLeadDays, tierPrecision: d.tierPrecision, precisionAtK: d.precisionAtK },
    // Only the cutoffs anyone was scored at, as `cutoffs` counts them (none on an empty workspace).
    cutoffDates: evaluatedCutoffs(snapshots).map((t) => new Date(t).toISOString().slice(0, 10)),
    customers: results.length,
  }
}
