// Cron work for deliveries: re-enqueue those whose message was lost, and send daily digests.
import type { Env } from '../env.ts'
import { buildDigest, digestSeverity, utcDay, type StoredAlert } from '../domain/alerts/index.ts'
import { resolveSettings } from '../domain/settings.ts'
import { newId } from '../lib/ids.ts'
import { enqueue } from '../services/queue.ts'

/** A delivery's message is late by this much before the sweep sends another. */
const GRACE_MS = 60_000
const SWEEP_LIMIT = 1000
const DIGEST_LIMIT = 1000

/** Pending deliveries overdue by more than a minute: their message was lost (or delayed past 12 h). */
export async function sweepDeliveries(env: Env, now: number): Promise<number> {
  const { results } = await env.DB.prepare("SELECT id FROM deliveries WHERE status = 'pending' AND next_attempt_at < ? ORDER BY next_attempt_at LIMIT ?")
    .bind(now - GRACE_MS, SWEEP_LIMIT).all<{ id: string }>()
  await enqueue(env, results.map((r) => ({ type: 'deliver' as const, deliveryId: r.id })))
  return results.length
}

interface DigestDestination {
  id: string
  workspace_id: string
  settings: string
}

interface WaitingRow {
  delivery_id: string
  id: string
  kind: StoredAlert['kind']
  severity: StoredAlert['severity']
  response_id: string | null
  dedupe_key: string
  data: string
  created_at: number
}

/**
 * One message per digest destination per day, carrying every alert that waited for it. The digest
 * is itself an alert row (kind "digest", dedupe key per destination and day) with one delivery,
 * so it is retried, logged and replayed like any other; its waiting deliveries are marked as
 * taken (next_attempt_at) in the same batch and share its final outcome.
 */
export async function sendDigests(env: Env, now: number): Promise<number> {
  const db = env.DB
  const { results: destinations } = await db.prepare(
    'SELECT d.id, d.workspace_id, w.settings FROM destinations d JOIN workspaces w ON w.id = d.workspace_id WHERE d.digest = 1 AND d.enabled = 1',
  ).all<DigestDestination>()
  const queued: string[] = []
  for (const dest of destinations) {
    const { results: waiting } = await db.prepare(
      `SELECT l.id AS delivery_id, a.id, a.kind, a.severity, a.response_id, a.dedupe_key, a.data, a.created_at
       FROM deliveries l JOIN alerts a ON a.id = l.alert_id
       WHERE l.destination_id = ? AND l.status = 'digest' AND l.next_attempt_at IS NULL AND l.created_at <= ?
       ORDER BY l.created_at LIMIT ?`,
    ).bind(dest.id, now, DIGEST_LIMIT).all<WaitingRow>()
    if (waiting.length === 0) continue
    const alerts: StoredAlert[] = waiting.map((r) => {
      const data = JSON.parse(r.data)
      return { id: r.id, kind: r.kind, severity: r.severity, dedupeKey: r.dedupe_key, customerId: data.customer?.id ?? '', data, createdAt: r.created_at }
    })
    const digest = buildDigest(alerts, { dashboardUrl: resolveSettings(JSON.parse(dest.settings)).dashboardUrl })
    const deliveryIds = waiting.map((r) => r.delivery_id)
    const alertId = newId('alt')
    const deliveryId = newId('dlv')
    const [inserted] = await db.batch([
      db.prepare(
        `INSERT INTO alerts (id, workspace_id, kind, severity, customer_pk, response_id, dedupe_key, data, created_at)
         VALUES (?, ?, 'digest', ?, NULL, NULL, ?, ?, ?) ON CONFLICT (workspace_id, dedupe_key) DO NOTHING`,
      ).bind(alertId, dest.workspace_id, digestSeverity(digest), `digest:${dest.id}:${utcDay(now)}`, JSON.stringify({ digest, deliveryIds }), now),
      db.prepare(
        `INSERT INTO deliveries (id, workspace_id, alert_id, destination_id, status, attempts, next_attempt_at, created_at)
         SELECT ?1, ?2, ?3, ?4, 'pending', 0, ?5, ?5 WHERE EXISTS (SELECT 1 FROM alerts WHERE id = ?3)`,
      ).bind(deliveryId, dest.workspace_id, alertId, dest.id, now),
      db.prepare(
        `UPDATE deliveries SET next_attempt_at = ? WHERE status = 'digest' AND destination_id = ?
           AND id IN (SELECT value FROM json_each(?)) AND EXISTS (SELECT 1 FROM alerts WHERE id = ?)`,
      ).bind(now, dest.id, JSON.stringify(deliveryIds), alertId),
    ])
    if (inserted.meta.changes > 0) queued.push(deliveryId)
  }
  await enqueue(env, queued.map((deliveryId) => ({ type: 'deliver' as const, deliveryId })))
  return queued.length
}
