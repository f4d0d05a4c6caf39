// Storing a batch of signals in one D1 batch: customers upserted, counters added, churn outcomes set
// (and kept in the churn history).
import type { Env } from '../env.ts'
import { ACTIVITY_TYPES, foldSignals, type SignalType } from '../domain/signals.ts'
import { upsertCustomerStatement } from './customers.ts'
import { counterStatements } from './counters.ts'
import { cancellationStatements, renewalStatements } from './churn-history.ts'
import { enqueue } from './queue.ts'
import { parseIsoTime } from '../domain/iso-time.ts'

export interface SignalInput {
  customer: string
  type: SignalType
  at: number
  value?: number
  meta?: Record<string, unknown>
}

export function signalStatements(db: D1Database, workspaceId: string, list: SignalInput[], now: number): D1PreparedStatement[] {
  const byCustomer = new Map<string, SignalInput[]>()
  // Appended in place: copying the list at each signal made a 50,000-row import of one customer quadratic (4 minutes).
  for (const s of list) {
    const items = byCustomer.get(s.customer)
    if (items) items.push(s)
    else byCustomer.set(s.customer, [s])
  }
  const statements: D1PreparedStatement[] = []
  for (const [customer, items] of byCustomer) {
    const active = items.filter((s) => ACTIVITY_TYPES.has(s.type)).map((s) => Math.min(s.at, now))
    const firstAt = Math.min(...items.map((s) => s.at))
    // Unknown customers are created; first seen is their earliest signal, last seen their latest activity.
    statements.push(upsertCustomerStatement(db, workspaceId, { id: customer, firstSeenAt: firstAt }, now, active.length ? Math.max(...active) : firstAt))
    // In time order, whatever order they were sent in, so a renewal closes the cancellation it follows.
    for (const s of [...items].sort((a, b) => a.at - b.at)) {
      if (s.type === 'subscription_cancelled') {
        statements.push(...cancellationStatements(db, workspaceId, customer, s.at, typeof s.meta?.reason === 'string' ? s.meta.reason : null))
      }
      if (s.type === 'subscription_renewed') {
        // Read as the edge checked it (plannedTime in routes/v1/signals.ts).
        const renewal = typeof s.meta?.renewalAt === 'string' ? parseIsoTime(s.meta.renewalAt) : typeof s.meta?.renewalAt === 'number' ? s.meta.renewalAt : null
        // They are back from the renewal on: the churn stays in the history, closed.
        statements.push(...renewalStatements(db, workspaceId, customer, s.at, Number.isFinite(renewal) ? renewal : null))
      }
      if (s.type === 'purchase' && typeof s.meta?.revenue === 'number') {
        statements.push(db.prepare('UPDATE customers SET revenue = ? WHERE workspace_id = ? AND external_id = ?').bind(s.meta.revenue, workspaceId, customer))
      }
    }
    // After the churns: a cancellation reads the renewals stored by earlier requests from these counters.
    statements.push(...counterStatements(db, workspaceId, { externalId: customer }, foldSignals(items)))
  }
  return statements
}

export async function storeSignals(env: Env, workspaceId: string, list: SignalInput[], ctx: { waitUntil(p: Promise<unknown>): void }) {
  const now = Date.now()
  const db = env.DB
  await db.batch(signalStatements(db, workspaceId, list, now))
  const customers = [...new Set(list.map((s) => s.customer))]
  const { results } = await db.prepare(`SELECT pk FROM customers WHERE workspace_id = ? AND external_id IN (SELECT value FROM json_each(?))`)
    .bind(workspaceId, JSON.stringify(customers)).all<{ pk: string }>()
  ctx.waitUntil(enqueue(env, results.map((r) => ({ type: 'rescore' as const, workspaceId, customerPk: r.pk }))))
  return { accepted: list.length, customers: customers.length }
}
