// The backtest as GET /v1/risk/backtest runs it: cutoffs in the past, every customer scored with
// only what was known before each cutoff, by a model trained only on outcomes known before the
// first cutoff (the documented defaults when there were too few), then compared with who churned
// (backtestChurn: recorded churns; silences where they count, churn-definition.ts).
import { backtest, backtestChurn, backtestCutoffs, evaluatedCutoffs, lastSeenBy, riskFeatures, scoreRisk, DAY_MS, type BacktestReport, type ChurnOutcome, type ChurnSource, type Snapshot } from '../domain/risk/index.ts'
import { defaultRiskModel } from '../domain/risk/index.ts'
import type { CustomerRow } from './customer-view.ts'
import { asOf, loadManyFacts } from './risk-facts.ts'
import { fitWorkspace } from './risk-fit.ts'
import { segmentRates } from './risk-segments.ts'
import { churnsSince, spellCovers } from './churn-history.ts'
import { loadSettings } from './workspaces.ts'
import { silenceDays } from './churn-definition.ts'

export interface BacktestOptions {
  k: number
  horizonDays: number
  cutoffs: number
  everyDays: number
  /** Customers replayed at most (a sample by id beyond it). */
  maxCustomers?: number
}

type Figures = Pick<BacktestReport, 'recall' | 'medianLeadDays' | 'tierPrecision' | 'precisionAtK'>

/** Which churns the figures were checked against, and how many churners each gave. */
export interface ChurnDefinition {
  /** 'recorded': cancellations and the churn history only; 'recorded_or_inactive': also a silence of inactiveDays never broken. */
  rule: 'recorded' | 'recorded_or_inactive'
  /** The silence that counts as a churn, or null when none does. */
  inactiveDays: number | null
  churners: Record<ChurnSource, number>
}

export async function runBacktest(db: D1Database, workspaceId: string, now: number, o: BacktestOptions): Promise<Omit<BacktestReport, 'churnersBy'> & { churnDefinition: ChurnDefinition; model: { version: string; trainedBefore: number | null }; defaults: Figures | null; cutoffDates: string[]; customers: number }> {
  const settings = await loadSettings(db, workspaceId)
  const cutoffs = backtestCutoffs(now, o.cutoffs, o.everyDays, o.horizonDays)
  const first = cutoffs[0]
  const last = cutoffs[cutoffs.length - 1]
  const silence = await silenceDays(db, workspaceId, settings, first)
  const countSilence = silence != null
  const inactive = (silence ?? 0) * DAY_MS
  // Anyone who was a customer at some cutoff (where silences count, not one silent since before the first).
  const { results } = await db.prepare(
    `SELECT * FROM customers WHERE workspace_id = ?1 AND first_seen_at < ?2
       AND (churned_at IS NULL OR churned_at > ?3) AND (?6 = 0 OR last_seen_at + ?4 > ?3)
     ORDER BY pk LIMIT ?5`,
  ).bind(workspaceId, last, first, inactive, o.maxCustomers ?? 2000, countSilence ? 1 : 0).all<CustomerRow>()
  const facts = await loadManyFacts(db, results.map((row) => ({ row, from: first - 120 * DAY_MS, to: now })))
  const churns = await churnsSince(db, workspaceId, first)

  // Trained on what was known before the first cutoff; not stored.
  const fitted = await fitWorkspace(db, workspaceId, first, { store: false, current: defaultRiskModel(), silence })
  const model = fitted.kept ? fitted.model : defaultRiskModel()
  const rates = await segmentRates(db, workspaceId, now)

  const snapshots: Snapshot[] = []
  const baseline: Snapshot[] = []
  const outcomes: ChurnOutcome[] = []
  const defaults = defaultRiskModel()
  for (const row of results) {
    // The first recorded churn after the first cutoff is the outcome, though they came back since;
    // without one, a silence never broken, where silences count (backtestChurn).
    // A customer gone at a cutoff (left before it, back after it; or, where silences count, silent that long) is no customer to score there.
    const history = churns.get(row.pk) ?? []
    const seen = facts.get(row.pk)!
    // A cancellation dated ahead (the end of a paid period) is no churn yet, as churnedAsOf has it.
    const recordedAt = history.find((h) => h.churned_at > first)?.churned_at ?? row.churned_at
    const churn = backtestChurn({ recordedAt, lastSeenAt: row.last_seen_at }, { from: first, now, inactiveDays: silence })
    const churnAt = churn?.at ?? null
    outcomes.push({ customerId: row.pk, churnedAt: churnAt, source: churn?.source })
    for (const at of cutoffs) {
      if (row.first_seen_at >= at || (churnAt != null && churnAt <= at) || history.some((h) => spellCovers(h, at))) continue
      if (countSilence && lastSeenBy(seen, at) + inactive <= at) continue
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
  const { churnersBy, ...report } = backtest(snapshots, outcomes, options)
  // When a refit model was used, the documented defaults on the same snapshots, for comparison.
  const d = fitted.kept ? backtest(baseline, outcomes, options) : null
  return {
    ...report,
    churnDefinition: {
      rule: countSilence ? 'recorded_or_inactive' : 'recorded',
      inactiveDays: silence,
      churners: churnersBy,
    },
    model: { version: model.version, trainedBefore: fitted.kept ? first : null },
    defaults: d && { recall: d.recall, medianLeadDays: d.medianLeadDays, tierPrecision: d.tierPrecision, precisionAtK: d.precisionAtK },
    // Only the cutoffs anyone was scored at, as `cutoffs` counts them (none on an empty workspace).
    cutoffDates: evaluatedCutoffs(snapshots).map((t) => new Date(t).toISOString().slice(0, 10)),
    customers: results.length,
  }
}
