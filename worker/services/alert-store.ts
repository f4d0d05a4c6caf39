// Storing decided alerts and their deliveries in one D1 batch, then handing new deliveries to
// the queue. The alert insert is keyed on (workspace, dedupe key); each delivery insert only
// happens if this call's alert row exists, so a duplicate alert brings no deliveries with it.
import type { Alert, AlertKind } from '../domain/alerts/index.ts'
import { applyCooldown, matches, parseFilters } from '../domain/alerts/index.ts'
import type { Env } from '../env.ts'
import { newId } from '../lib/ids.ts'
import { enqueue } from './queue.ts'

interface RoutingRow {
  id: string
  digest: number
  filters: string
}

export interface StoredAlerts {
  alertIds: string[]
  /** Deliveries created now, pending (queued) or waiting for the daily digest. */
  pending: string[]
  digest: string[]
}

/** Drops alerts inside the customer's cool-down (per kind); anonymous answers have none. */
export async function withCooldown(db: D1Database, workspaceId: string, customerPk: string | null, alerts: Alert[], now: number, hours: number): Promise<Alert[]> {
  if (!customerPk || alerts.length === 0) return alerts
  const { results } = await db.prepare('SELECT kind, MAX(created_at) AS last FROM alerts WHERE customer_pk = ? AND workspace_id = ? GROUP BY kind')
    .bind(customerPk, workspaceId).all<{ kind: AlertKind; last: number }>()
  const last = new Map(results.map((r) => [r.kind, r.last]))
  return applyCooldown(alerts, (kind) => last.get(kind) ?? null, now, hours)
}

export async function storeAlerts(env: Env, workspaceId: string, customerPk: string | null, alerts: Alert[], now: number): Promise<StoredAlerts> {
  const out: StoredAlerts = { alertIds: [], pending: [], digest: [] }
  if (alerts.length === 0) return out
  const db = env.DB
  const { results: destinations } = await db.prepare('SELECT id, digest, filters FROM destinations WHERE workspace_id = ? AND enabled = 1')
    .bind(workspaceId).all<RoutingRow>()
  const statements: D1PreparedStatement[] = []
  const planned: { alertIndex: number; deliveryId: string; digest: boolean }[] = []
  const alertStatement: number[] = []
  for (const [i, alert] of alerts.entries()) {
    const alertId = newId('alt')
    out.alertIds.push(alertId)
    alertStatement.push(statements.length)
    statements.push(db.prepare(
      `INSERT INTO alerts (id, workspace_id, kind, severity, customer_pk, response_id, dedupe_key, data, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (workspace_id, dedupe_key) DO NOTHING`,
    ).bind(alertId, workspaceId, alert.kind, alert.severity, customerPk, alert.responseId ?? null, alert.dedupeKey, JSON.stringify(alert.data), now))
    for (const d of destinations) {
      if (!matches(filtersOf(d.filters), alert)) continue
      const deliveryId = newId('dlv')
      const digest = d.digest === 1
      planned.push({ alertIndex: i, deliveryId, digest })
      statements.push(db.prepare(
        `INSERT INTO deliveries (id, workspace_id, alert_id, destination_id, status, attempts, next_attempt_at, created_at)
         SELECT ?1, ?2, ?3, ?4, ?5, 0, ?6, ?7 WHERE EXISTS (SELECT 1 FROM alerts WHERE id = ?3)`,
      ).bind(deliveryId, workspaceId, alertId, d.id, digest ? 'digest' : 'pending', digest ? null : now, now))
    }
  }
  const results = await db.batch(statements)
  const inserted = new Set(alertStatement.flatMap((s, i) => (results[s].meta.changes > 0 ? [i] : [])))
  out.alertIds = out.alertIds.filter((_, i) => inserted.has(i))
  for (const p of planned) {
    if (!inserted.has(p.alertIndex)) continue
    ;(p.digest ? out.digest : out.pending).push(p.deliveryId)
  }
  await enqueue(env, out.pending.map((deliveryId) => ({ type: 'deliver' as const, deliveryId })))
  return out
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
