// Storing decided alerts and their deliveries in one D1 batch, then handing new deliveries to
// the queue. Each alert insert is one atomic statement that checks the dedupe key and the
// customer's cool-down and inserts only if both allow it, so answers decided side by side (queue
// consumers run concurrently) cannot all slip past the cool-down. The cool-down holds back only
// repeats at the same or a lower level (dedupe.ts: cooldownBar): a customer getting worse is
// news. Each delivery insert only happens if this call's alert row exists, so an alert that lost
// brings no deliveries with it.
import type { Alert } from '../domain/alerts/index.ts'
import { COOLDOWN_EXEMPT, disabledProblem, matches, parseFilters, problemSentence } from '../domain/alerts/index.ts'
import { cooldownBar } from '../domain/alerts/dedupe.ts'
import type { Env } from '../env.ts'
import { newId } from '../lib/ids.ts'
import { enqueue } from './queue.ts'

const HOUR_MS = 3_600_000

interface RoutingRow {
  id: string
  digest: number
  filters: string
  enabled: number
  disabled_reason: string | null
}

export interface StoredAlerts {
  alertIds: string[]
  /** Deliveries created now, pending (queued) or waiting for the daily digest. */
  pending: string[]
  digest: string[]
  /** Deliveries to a destination a 410 disabled: failed at once, replayable once it is enabled. */
  held: string[]
}

export async function storeAlerts(env: Env, workspaceId: string, customerPk: string | null, alerts: Alert[], now: number, cooldownHours: number): Promise<StoredAlerts> {
  const out: StoredAlerts = { alertIds: [], pending: [], digest: [], held: [] }
  if (alerts.length === 0) return out
  const db = env.DB
  // A destination disabled by a 410 still gets a (failed) delivery per alert, so nothing is lost
  // while it is off; one a person disabled (no reason recorded) gets none: they turned it off.
  const { results: destinations } = await db.prepare(
    'SELECT id, digest, filters, enabled, disabled_reason FROM destinations WHERE workspace_id = ? AND (enabled = 1 OR disabled_reason IS NOT NULL)',
  ).bind(workspaceId).all<RoutingRow>()
  const statements: D1PreparedStatement[] = []
  const planned: { alertIndex: number; deliveryId: string; into: keyof Omit<StoredAlerts, 'alertIds'> }[] = []
  const alertStatement: number[] = []
  for (const [i, alert] of alerts.entries()) {
    const alertId = newId('alt')
    out.alertIds.push(alertId)
    alertStatement.push(statements.length)
    // Held back by an earlier alert of the kind in the window that was at least as bad (?11 its
    // severities, ?12 its risk tiers when the tier is the news).
    const bar = cooldownBar(alert)
    statements.push(db.prepare(
      `INSERT INTO alerts (id, workspace_id, kind, severity, customer_pk, response_id, dedupe_key, data, created_at)
       SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9
       WHERE ?10 IS NULL OR NOT EXISTS (
         SELECT 1 FROM alerts WHERE customer_pk = ?5 AND workspace_id = ?2 AND kind = ?3 AND created_at > ?10
           AND severity IN (SELECT value FROM json_each(?11))
           AND (?12 IS NULL OR json_extract(data, '$.risk.tier') IN (SELECT value FROM json_each(?12))))
       ON CONFLICT (workspace_id, dedupe_key) DO NOTHING`,
    ).bind(alertId, workspaceId, alert.kind, alert.severity, customerPk, alert.responseId ?? null, alert.dedupeKey, JSON.stringify(alert.data), now,
      cooldownSince(alert, customerPk, now, cooldownHours), JSON.stringify(bar.severities), bar.tiers ? JSON.stringify(bar.tiers) : null))
    for (const d of destinations) {
      if (!matches(filtersOf(d.filters), alert)) continue
      const deliveryId = newId('dlv')
      const into = d.enabled !== 1 ? 'held' : d.digest === 1 ? 'digest' : 'pending'
      planned.push({ alertIndex: i, deliveryId, into })
      statements.push(db.prepare(
        `INSERT INTO deliveries (id, workspace_id, alert_id, destination_id, status, attempts, next_attempt_at, last_error, created_at)
         SELECT ?1, ?2, ?3, ?4, ?5, 0, ?6, ?7, ?8 WHERE EXISTS (SELECT 1 FROM alerts WHERE id = ?3)`,
      ).bind(deliveryId, workspaceId, alertId, d.id, into === 'held' ? 'failed' : into, into === 'pending' ? now : null,
        into === 'held' ? problemSentence(disabledProblem(d.disabled_reason)) : null, now))
    }
  }
  const results = await db.batch(statements)
  const inserted = new Set(alertStatement.flatMap((s, i) => (results[s].meta.changes > 0 ? [i] : [])))
  out.alertIds = out.alertIds.filter((_, i) => inserted.has(i))
  for (const p of planned) {
    if (inserted.has(p.alertIndex)) out[p.into].push(p.deliveryId)
  }
  await enqueue(env, out.pending.map((deliveryId) => ({ type: 'deliver' as const, deliveryId })))
  return out
}

/**
 * The moment after which an alert of the same kind for this customer (at least as bad) holds this
 * one back, or null when nothing can: anonymous answers, exempt kinds, no cool-down. A later
 * stored alert (a clock step backwards) holds it back too, as `withinCooldown` says.
 */
function cooldownSince(alert: Alert, customerPk: string | null, now: number, hours: number): number | null {
  if (!customerPk || COOLDOWN_EXEMPT.includes(alert.kind) || !(hours > 0)) return null
  return now - hours * HOUR_MS
}

function filtersOf(json: string) {
  try {
    const parsed = parseFilters(JSON.parse(json))
    // Filters are checked when saved; an unreadable row routes everything rather than losing alerts.
    return parsed.ok ? parsed.filters : null
  } catch {
    return null
  }
}
