// Fixtures for the alert and delivery tests (workerd side): destinations made through the API,
// deliveries planted straight in D1 (so a test drives `deliver` itself, without the queue), and
// reads of delivery state.
import { env } from 'cloudflare:test'
import { sampleAlert } from '../../worker/domain/alerts/index.ts'
import { newId } from '../../worker/lib/ids.ts'
import { api, eventually, type TestWorkspace } from '../worker/helpers.ts'

export interface CreatedDestination {
  id: string
  secret?: string
  [key: string]: unknown
}

export async function createDestination(ws: TestWorkspace, body: Record<string, unknown>): Promise<CreatedDestination> {
  const res = await api(ws, 'POST', '/v1/destinations', { name: 'Test target', kind: 'webhook', ...body })
  if (res.status !== 201) throw new Error(`destination not created: ${res.status} ${await res.text()}`)
  return res.json() as Promise<CreatedDestination>
}

/** A pending delivery of the sample alert, not enqueued: the test calls `attemptDelivery` itself. */
export async function plantDelivery(ws: TestWorkspace, destinationId: string, init: { nextAttemptAt?: number | null } = {}): Promise<string> {
  const now = Date.now()
  const alert = sampleAlert(now)
  const alertId = newId('alt')
  const deliveryId = newId('dlv')
  await env.DB.batch([
    env.DB.prepare('INSERT INTO alerts (id, workspace_id, kind, severity, customer_pk, response_id, dedupe_key, data, created_at) VALUES (?, ?, ?, ?, NULL, NULL, ?, ?, ?)')
      .bind(alertId, ws.workspaceId, alert.kind, alert.severity, `planted:${alertId}`, JSON.stringify(alert.data), now),
    env.DB.prepare("INSERT INTO deliveries (id, workspace_id, alert_id, destination_id, status, attempts, next_attempt_at, created_at) VALUES (?, ?, ?, ?, 'pending', 0, ?, ?)")
      .bind(deliveryId, ws.workspaceId, alertId, destinationId, init.nextAttemptAt === undefined ? now : init.nextAttemptAt, now),
  ])
  return deliveryId
}

export interface DeliveryState {
  status: string
  attempts: number
  next_attempt_at: number | null
  last_status: number | null
  last_error: string | null
  delivered_at: number | null
}

export function deliveryState(id: string): Promise<DeliveryState> {
  return env.DB.prepare('SELECT status, attempts, next_attempt_at, last_status, last_error, delivered_at FROM deliveries WHERE id = ?').bind(id).first<DeliveryState>() as Promise<DeliveryState>
}

export function deliveryReaches(id: string, status: string, ms = 15_000): Promise<DeliveryState> {
  return eventually(async () => {
    const s = await deliveryState(id)
    return s?.status === status ? s : null
  }, ms)
}

/** Makes a pending delivery due now (as if its retry delay had passed). */
export async function makeDue(id: string): Promise<void> {
  await env.DB.prepare("UPDATE deliveries SET next_attempt_at = 0 WHERE id = ? AND status = 'pending'").bind(id).run()
}

export async function deliveriesOf(ws: TestWorkspace): Promise<{ id: string; status: string; destination_id: string; alert_id: string }[]> {
  const { results } = await env.DB.prepare('SELECT id, status, destination_id, alert_id FROM deliveries WHERE workspace_id = ? ORDER BY created_at, id').bind(ws.workspaceId)
    .all<{ id: string; status: string; destination_id: string; alert_id: string }>()
  return results
}

export async function alertsOf(ws: TestWorkspace): Promise<{ id: string; kind: string; severity: string; data: string }[]> {
  const { results } = await env.DB.prepare("SELECT id, kind, severity, data FROM alerts WHERE workspace_id = ? AND kind != 'digest' ORDER BY created_at, id").bind(ws.workspaceId)
    .all<{ id: string; kind: string; severity: string; data: string }>()
  return results
}
