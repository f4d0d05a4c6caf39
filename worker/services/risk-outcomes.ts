// Learning examples from a workspace's own customers, as of a point in time `now` (today for the
// fit, a past cutoff for the backtest): who churned (by the churn history, so a customer who came
// back still taught their departure) vs. who stayed, each described by features
// computed HORIZON days before the outcome, so the model learns to warn a month ahead and never
// sees the churn itself (an inactive customer's silence is the definition, not a prediction).
import { churnedAsOf, riskFeatures, DAY_MS, type Outcome } from '../domain/risk/index.ts'
import type { CustomerRow } from './customer-view.ts'
import { asOf, loadManyFacts, type FactsWindow } from './risk-facts.ts'
import { goneDuring } from './churn-history.ts'
import type { SegmentRates } from './risk-segments.ts'

export const HORIZON_DAYS = 30
/** Churners older than this are not learned from: the product and the customers have changed. */
const LOOKBACK_DAYS = 365
/** The features look back 120 days from their as-of time. */
const FEATURE_DAYS = 120
/** Per class, so 100,000-customer workspaces fit in one invocation. */
export const MAX_PER_CLASS = 1000

export interface Example extends Outcome {
  customerPk: string
  at: number
}

/** `inactiveDays`: the silence that counts as a churn, or null where none does (churn-definition.ts). */
export async function loadOutcomes(db: D1Database, workspaceId: string, now: number, inactiveDays: number | null, rates: SegmentRates): Promise<Example[]> {
  const horizon = HORIZON_DAYS * DAY_MS
  // -1: no silence is a churn, so none makes a churner and none ends a stayer.
  const silence = inactiveDays == null ? -1 : inactiveDays * DAY_MS
  const [churners, stayers] = await db.batch([
    // Churned before now, by the history (their latest churn in the lookback, whether or not they came back
    // since), or silent for the inactivity period and never marked, where silences count.
    db.prepare(
      `SELECT c.*, h.churned_at AS outcome_at FROM customers c
         JOIN (SELECT customer_pk, MAX(churned_at) AS churned_at FROM customer_churns
                WHERE workspace_id = ?1 AND churned_at <= ?2 AND churned_at > ?3 GROUP BY customer_pk) h ON h.customer_pk = c.pk
       UNION ALL
       SELECT c.*, NULL AS outcome_at FROM customers c WHERE c.workspace_id = ?1 AND c.churned_at IS NULL AND ?4 >= 0
         AND c.last_seen_at + ?4 <= ?2 AND c.last_seen_at + ?4 > ?3
         AND NOT EXISTS (SELECT 1 FROM customer_churns h WHERE h.customer_pk = c.pk AND h.churned_at <= ?2 AND h.churned_at > ?3)
       ORDER BY pk LIMIT ?5`,
    ).bind(workspaceId, now, now - LOOKBACK_DAYS * DAY_MS, silence, MAX_PER_CLASS),
    // Customers a horizon ago who were customers throughout to `now`: no churn of theirs covers any of it
    // (one who left last week and came back is no example of staying).
    db.prepare(
      `SELECT * FROM customers c WHERE c.workspace_id = ?1 AND c.first_seen_at < ?2
         AND (c.churned_at IS NULL OR c.churned_at > ?3) AND (?4 < 0 OR c.last_seen_at + ?4 > ?3)
         AND NOT ${goneDuring('c', '?2', '?3')}
       ORDER BY pk LIMIT ?5`,
    ).bind(workspaceId, now - horizon, now, silence, MAX_PER_CLASS),
  ])
  const windows: (FactsWindow & { churned: boolean })[] = []
  for (const row of churners.results as (CustomerRow & { outcome_at: number | null })[]) {
    const state = churnedAsOf({ churnedAt: row.outcome_at, lastSeenAt: row.last_seen_at }, inactiveDays, now)
    if (!state) continue
    const at = state.at - horizon
    if (row.first_seen_at >= at) continue
    windows.push({ row, from: at - FEATURE_DAYS * DAY_MS, to: at, churned: true })
  }
  for (const row of stayers.results as CustomerRow[]) {
    const at = now - horizon
    windows.push({ row, from: at - FEATURE_DAYS * DAY_MS, to: at, churned: false })
  }
  const facts = await loadManyFacts(db, windows)
  return windows.map((w) => {
    const known = asOf(facts.get(w.row.pk)!, w.to)
    known.segmentChurnRate = rates.rateOf(w.row.plan)
    return { customerPk: w.row.pk, at: w.to, churned: w.churned, features: riskFeatures(known, w.to) }
  })
}
