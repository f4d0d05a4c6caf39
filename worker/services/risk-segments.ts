// Each plan's churn over the last 30 days (the segment churn feature), from one GROUP BY over the
// workspace's customers. Cached in the isolate for a few minutes: the daily rescore of 100,000
// customers would otherwise repeat the same scan for every one of them.
import { DAY_MS, segmentChurnRate } from '../domain/risk/index.ts'
import { periodChurns } from './churn-history.ts'

const WINDOW_DAYS = 30
const TTL_MS = 10 * 60_000

export interface SegmentRates {
  /** Smoothed monthly churn rate of a plan (null plan = customers without one). */
  rateOf(plan: string | null | undefined): number | null
}

interface Cached {
  at: number
  rates: SegmentRates
}

const cache = new Map<string, Cached>()

export async function segmentRates(db: D1Database, workspaceId: string, now: number): Promise<SegmentRates> {
  const hit = cache.get(workspaceId)
  if (hit && now - hit.at >= 0 && now - hit.at < TTL_MS) return hit.rates
  const rates = await querySegmentRates(db, workspaceId, now)
  if (cache.size > 1000) cache.clear()
  cache.set(workspaceId, { at: now, rates })
  return rates
}

export async function querySegmentRates(db: D1Database, workspaceId: string, now: number): Promise<SegmentRates> {
  const start = now - WINDOW_DAYS * DAY_MS
  const { results } = await db.prepare(
    // From the churn history: customers at the window's start, and those of them who churned within
    // it (even if they are back now), as the summary counts a period.
    `WITH ${periodChurns('?1', '?2', '?3')}
     SELECT c.plan, COUNT(*) AS start, COALESCE(SUM(h.churned), 0) AS lost
       FROM customers c LEFT JOIN h ON h.customer_pk = c.pk
      WHERE c.workspace_id = ?1 AND c.first_seen_at < ?2 AND COALESCE(h.gone_start, 0) = 0
      GROUP BY c.plan`,
  ).bind(workspaceId, start, now).all<{ plan: string | null; start: number; lost: number }>()
  const workspace = results.reduce((t, r) => ({ start: t.start + r.start, lost: t.lost + r.lost }), { start: 0, lost: 0 })
  const byPlan = new Map(results.map((r) => [r.plan, { start: r.start, lost: r.lost }]))
  return {
    rateOf: (plan) => segmentChurnRate(byPlan.get(plan ?? null) ?? { start: 0, lost: 0 }, workspace),
  }
}

/** Tests and the fit route change churn outcomes; they can drop the cached figures. */
export function forgetSegmentRates(workspaceId?: string) {
  if (workspaceId) cache.delete(workspaceId)
  else cache.clear()
}
