// Whether a customer's silence counts as a churn in this workspace (settings.churnOnSilence). One
// answer for the daily job, rescoring, the risk fit and the backtest, so the summary, at-risk lists
// and the model's figures all count the same departures.
import { DAY_MS } from '../domain/risk/index.ts'
import type { WorkspaceSettings } from '../domain/settings.ts'

/** Renewals counted in customer_days are read this far back from `at`. */
const RENEWALS_READ_DAYS = 400

/**
 * Whether the workspace tells us its churns: any churn recorded other than by the inactivity rule
 * (a cancellation signal, /churn, Stripe, an import), or any renewal (a renewal date, or one
 * counted in the days read). Then a customer's silence is no churn: a monthly user who pays but
 * logs in every five weeks has not left. Partial indexes (migration 0014) keep the reads short;
 * rescoring, which asks once per customer, caches the answer all the same (below).
 */
async function recordsSubscriptions(db: D1Database, workspaceId: string, at: number): Promise<boolean> {
  const row = await db.prepare(
    `SELECT EXISTS (SELECT 1 FROM customer_churns WHERE workspace_id = ?1 AND (reason IS NULL OR reason <> 'inactive'))
         OR EXISTS (SELECT 1 FROM customers WHERE workspace_id = ?1 AND renewal_at IS NOT NULL)
         OR EXISTS (SELECT 1 FROM customer_days WHERE workspace_id = ?1 AND day >= ?2 AND renewals > 0) AS yes`,
  ).bind(workspaceId, new Date(at - RENEWALS_READ_DAYS * DAY_MS).toISOString().slice(0, 10)).first<{ yes: number }>()
  return row?.yes === 1
}

type ChurnSettings = Pick<WorkspaceSettings, 'churnOnSilence' | 'churnInactiveDays'>

const TTL_MS = 10 * 60_000
const cache = new Map<string, { at: number; records: boolean }>()

/**
 * The silence, in days, after which a customer counts as churned as of `at`, or null when no
 * silence does: 'always' and 'never' say so; 'auto' (the default) counts silences only in a
 * workspace that records no subscriptions. `cached`: an answer up to ten minutes old will do (the
 * rescore of every customer asks once per customer).
 */
export async function silenceDays(db: D1Database, workspaceId: string, settings: ChurnSettings, at: number, { cached = false } = {}): Promise<number | null> {
  if (settings.churnOnSilence === 'never') return null
  if (settings.churnOnSilence === 'always') return settings.churnInactiveDays
  const hit = cached ? cache.get(workspaceId) : undefined
  let records = hit && at - hit.at >= 0 && at - hit.at < TTL_MS ? hit.records : undefined
  if (records === undefined) {
    records = await recordsSubscriptions(db, workspaceId, at)
    if (cache.size > 1000) cache.clear()
    cache.set(workspaceId, { at, records })
  }
  return records ? null : settings.churnInactiveDays
}

/** Tests can drop the cached answer (a first cancellation otherwise takes up to ten minutes to count). */
export function forgetChurnDefinition(workspaceId?: string) {
  if (workspaceId) cache.delete(workspaceId)
  else cache.clear()
}
