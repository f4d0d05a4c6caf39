// Daily: apply each workspace's churn definition (mark the silent as churned where silence counts,
// revive those who came back), refit its model, then enqueue a rescore for every current customer.
// Scoring 100,000 customers inline would not fit one invocation; the queue spreads it over
// consumers, and this invocation only pages ids (1,000 per query) and sends batches of 100 messages.
import type { Env } from '../env.ts'
import { DAY_MS } from '../domain/risk/index.ts'
import { resolveSettings } from '../domain/settings.ts'
import { enqueue } from '../services/queue.ts'
import { silenceDays } from '../services/churn-definition.ts'
import { fitWorkspace } from '../services/risk-fit.ts'
import { forgetSegmentRates } from '../services/risk-segments.ts'

/** 10 customers × ~3 queries × 25 messages per consumer batch stays under D1's 1,000 queries per invocation. */
const RESCORE_PER_MESSAGE = 10

const PAGE = 1000
/** Subrequests (D1 queries, queue sends) this invocation may spend; Workers Paid allows 10,000. */
const BUDGET = 9000

export interface DailyRiskReport {
  workspaces: number
  markedChurned: number
  revived: number
  refitted: number
  enqueued: number
  /** True when the budget ran out before every customer was enqueued (the rest wait a day). */
  truncated: boolean
}

export async function dailyRisk(env: Env, now: number): Promise<DailyRiskReport> {
  const db = env.DB
  const report: DailyRiskReport = { workspaces: 0, markedChurned: 0, revived: 0, refitted: 0, enqueued: 0, truncated: false }
  let spent = 0
  const { results: workspaces } = await db.prepare('SELECT id, settings FROM workspaces ORDER BY id').all<{ id: string; settings: string }>()
  for (const ws of workspaces) {
    if (spent > BUDGET) {
      report.truncated = true
      break
    }
    report.workspaces++
    const silence = await silenceDays(db, ws.id, resolveSettings(JSON.parse(ws.settings)), now)
    const { marked, revived } = await applyChurnDefinition(db, ws.id, silence, now)
    report.markedChurned += marked
    report.revived += revived
    forgetSegmentRates(ws.id)
    try {
      const fit = await fitWorkspace(db, ws.id, now, { silence })
      if (fit.kept) report.refitted++
      spent += 10 + Math.ceil((fit.trainedOn + fit.heldOut) / 100)
    } catch (err) {
      console.error(JSON.stringify({ level: 'error', msg: 'daily refit failed', workspaceId: ws.id, error: String(err) }))
    }
    // Page by the (workspace_id, external_id) index: no sort, whatever the workspace's size.
    let after = ''
    for (;;) {
      const { results } = await db.prepare(
        `SELECT pk, external_id, churned_at FROM customers WHERE workspace_id = ? AND external_id > ? ORDER BY external_id LIMIT ${PAGE}`,
      ).bind(ws.id, after).all<{ pk: string; external_id: string; churned_at: number | null }>()
      const current = results.filter((r) => r.churned_at === null || r.churned_at > now)
      const messages = []
      for (let i = 0; i < current.length; i += RESCORE_PER_MESSAGE) {
        messages.push({ type: 'rescore_many' as const, workspaceId: ws.id, customerPks: current.slice(i, i + RESCORE_PER_MESSAGE).map((r) => r.pk) })
      }
      await enqueue(env, messages)
      report.enqueued += current.length
      spent += 1 + Math.ceil(messages.length / 100)
      if (results.length < PAGE) break
      after = results[results.length - 1].external_id
      if (spent > BUDGET) {
        report.truncated = true
        break
      }
    }
  }
  if (report.truncated) console.error(JSON.stringify({ level: 'warn', msg: 'daily risk ran out of budget; the rest is rescored on arrival or tomorrow', ...report }))
  return report
}

/**
 * Marks the silent as churned and revives those seen again, where a silence of `silence` days
 * counts. Where none counts (the workspace records its cancellations, or says never), every
 * inactivity churn is undone, past ones too: they were the old definition's, and the summary and
 * cohorts count the history. Churns recorded otherwise stay.
 */
async function applyChurnDefinition(db: D1Database, workspaceId: string, silence: number | null, now: number): Promise<{ marked: number; revived: number }> {
  const forgetChurned = db.prepare(`DELETE FROM risk_scores WHERE workspace_id = ?1 AND customer_pk IN
    (SELECT pk FROM customers WHERE workspace_id = ?1 AND churned_at IS NOT NULL AND churned_at <= ?2)`).bind(workspaceId, now)
  if (silence == null) {
    const [, revived] = await db.batch([
      db.prepare(`DELETE FROM customer_churns WHERE workspace_id = ? AND reason = 'inactive'`).bind(workspaceId),
      db.prepare(`UPDATE customers SET churned_at = NULL, churn_reason = NULL, updated_at = ?2
                   WHERE workspace_id = ?1 AND churn_reason = 'inactive'`).bind(workspaceId, now),
      forgetChurned,
    ])
    return { marked: 0, revived: revived.meta.changes ?? 0 }
  }
  const inactive = silence * DAY_MS
  const [, marked, , , revived] = await db.batch([
    // The churn history first, while the customers' rows still say who is being marked or revived.
    db.prepare(`INSERT INTO customer_churns (workspace_id, customer_pk, churned_at, reason)
                 SELECT workspace_id, pk, last_seen_at + ?2, 'inactive' FROM customers
                  WHERE workspace_id = ?1 AND churned_at IS NULL AND last_seen_at + ?2 <= ?3
                 ON CONFLICT DO NOTHING`).bind(workspaceId, inactive, now),
    db.prepare(`UPDATE customers SET churned_at = last_seen_at + ?2, churn_reason = 'inactive', updated_at = ?3
                 WHERE workspace_id = ?1 AND churned_at IS NULL AND last_seen_at + ?2 <= ?3`).bind(workspaceId, inactive, now),
    // Seen again after an inactivity churn: back from when they were seen (the churn stays in the
    // history). Seen before the churn's date (activity that arrived late), they never were gone.
    db.prepare(`UPDATE customer_churns SET returned_at = c.last_seen_at FROM customers c
                 WHERE c.workspace_id = ?1 AND c.churn_reason = 'inactive' AND c.last_seen_at + ?2 > ?3
                   AND customer_churns.customer_pk = c.pk AND customer_churns.returned_at IS NULL
                   AND customer_churns.churned_at <= c.last_seen_at`).bind(workspaceId, inactive, now),
    db.prepare(`DELETE FROM customer_churns WHERE workspace_id = ?1 AND returned_at IS NULL AND customer_pk IN
                 (SELECT pk FROM customers WHERE workspace_id = ?1 AND churn_reason = 'inactive' AND last_seen_at + ?2 > ?3)`).bind(workspaceId, inactive, now),
    // A customer again (an explicit cancellation stays).
    db.prepare(`UPDATE customers SET churned_at = NULL, churn_reason = NULL, updated_at = ?3
                 WHERE workspace_id = ?1 AND churn_reason = 'inactive' AND last_seen_at + ?2 > ?3`).bind(workspaceId, inactive, now),
    forgetChurned,
  ])
  return { marked: marked.meta.changes ?? 0, revived: revived.meta.changes ?? 0 }
}
