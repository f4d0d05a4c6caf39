// Inbound integrations, outside secret-key auth: each request proves itself with its provider's
// signature, checked against the secret stored in the workspace's settings.
//   POST /v1/integrations/stripe?workspace=ws_...   (Stripe-Signature, settings.stripeWebhookSecret)
//   POST /v1/integrations/zendesk?workspace=ws_...  (X-Zendesk-Webhook-Signature, settings.zendeskWebhookSecret)
// Unknown event types and unmatched customers answer 200 (so providers do not retry them).
import { Hono } from 'hono'
import type { Context } from 'hono'
import type { AppEnv } from '../../env.ts'
import { parseJson, readText } from '../../lib/body.ts'
import { ApiError } from '../../lib/errors.ts'
import { inboundProblem, mapStripeEvent, mapZendeskEvent, verifyStripeSignature, verifyZendeskSignature } from '../../domain/import/index.ts'
import { upsertCustomerStatement } from '../../services/customers.ts'
import { sightingStatement } from '../../services/counters.ts'
import { signalStatements, type SignalInput } from '../../services/signals.ts'
import { enqueue } from '../../services/queue.ts'

const BODY_LIMIT = 1024 * 1024

/** The workspace named in the query and one secret from its settings; any miss is a 401 (nothing to verify against). */
async function secretFor(c: Context<AppEnv>, name: 'stripeWebhookSecret' | 'zendeskWebhookSecret'): Promise<{ workspaceId: string; secret: string }> {
  const workspaceId = c.req.query('workspace') ?? ''
  const row = workspaceId ? await c.env.DB.prepare('SELECT settings FROM workspaces WHERE id = ?').bind(workspaceId).first<{ settings: string }>() : null
  const secret = row ? (JSON.parse(row.settings) as Record<string, unknown>)[name] : null
  if (typeof secret !== 'string' || !secret) throw new ApiError('unauthorized', `No ${name} configured for this workspace (?workspace=ws_...)`)
  return { workspaceId, secret }
}

async function externalIdBy(db: D1Database, workspaceId: string, where: string, value: string): Promise<string | null> {
  const row = await db.prepare(`SELECT external_id FROM customers WHERE workspace_id = ? AND ${where} LIMIT 1`).bind(workspaceId, value).first<{ external_id: string }>()
  return row?.external_id ?? null
}

/**
 * Writes the customer update and the signals in one batch, then rescores the customer off the
 * request path. Providers retry deliveries: an event id seen before is applied only once.
 * Returns false for a duplicate.
 */
async function apply(c: Context<AppEnv>, workspaceId: string, statements: D1PreparedStatement[], externalId: string, event?: { source: string; id: string }): Promise<boolean> {
  const db = c.env.DB
  if (event) {
    const claimed = await db.prepare('INSERT INTO inbound_events (workspace_id, source, event_id, received_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING event_id')
      .bind(workspaceId, event.source, event.id, Date.now()).first()
    if (!claimed) return false
  }
  try {
    await db.batch(statements)
  } catch (err) {
    // Not applied: release the claim so the provider's retry applies it.
    if (event) await db.prepare('DELETE FROM inbound_events WHERE workspace_id = ? AND source = ? AND event_id = ?').bind(workspaceId, event.source, event.id).run().catch(() => {})
    throw err
  }
  const pk = await externalIdPk(db, workspaceId, externalId)
  if (pk) c.executionCtx.waitUntil(enqueue(c.env, [{ type: 'rescore', workspaceId, customerPk: pk }]))
  return true
}

function eventIdOf(payload: unknown): string | null {
  const id = (payload as { id?: unknown } | null)?.id
  return typeof id === 'string' || typeof id === 'number' ? String(id).slice(0, 200) : null
}

async function externalIdPk(db: D1Database, workspaceId: string, externalId: string) {
  return (await db.prepare('SELECT pk FROM customers WHERE workspace_id = ? AND external_id = ?').bind(workspaceId, externalId).first<{ pk: string }>())?.pk ?? null
}

export const integrations = new Hono<AppEnv>()
  .post('/stripe', async (c) => {
    const { workspaceId, secret } = await secretFor(c, 'stripeWebhookSecret')
    const body = await readText(c, BODY_LIMIT)
    const check = await verifyStripeSignature(c.req.header('stripe-signature'), body, secret, Date.now())
    if (!check.ok) throw new ApiError('unauthorized', check.reason)
    const payload = parseJson(body)
    const mapping = mapStripeEvent(payload)
    if (mapping.kind === 'ignored') return c.json({ received: true, ignored: mapping.reason })
    const problem = inboundProblem(mapping, Date.now())
    if (problem) return c.json({ received: true, ignored: problem })
    const db = c.env.DB
    const { stayloopId, stripeCustomerId } = mapping.match
    const externalId = stayloopId ?? (stripeCustomerId ? await externalIdBy(db, workspaceId, "json_extract(traits, '$.stripe_customer_id') = ?", stripeCustomerId) : null)
    if (!externalId) return c.json({ received: true, ignored: `no customer with metadata.stayloop_customer_id or traits.stripe_customer_id ${stripeCustomerId ?? '(none)'}` })
    const now = Date.now()
    const statements: D1PreparedStatement[] = []
    // Remember the Stripe id, so later events without our metadata still match.
    if (mapping.update || (stayloopId && stripeCustomerId)) {
      const at = Math.min(now, mapping.signals[0]?.at ?? now)
      statements.push(upsertCustomerStatement(db, workspaceId, { id: externalId, ...mapping.update, traits: stripeCustomerId ? { stripe_customer_id: stripeCustomerId } : {} }, now, at),
        sightingStatement(db, workspaceId, externalId, at))
    }
    const signals: SignalInput[] = mapping.signals.map((s) => ({ customer: externalId, ...s }))
    statements.push(...signalStatements(db, workspaceId, signals, now))
    const id = eventIdOf(payload)
    if (!(await apply(c, workspaceId, statements, externalId, id ? { source: 'stripe', id } : undefined))) return c.json({ received: true, duplicate: true })
    return c.json({ received: true, customer: externalId, signals: signals.map((s) => s.type), updated: mapping.update ? Object.keys(mapping.update) : [] })
  })
  .post('/zendesk', async (c) => {
    const { workspaceId, secret } = await secretFor(c, 'zendeskWebhookSecret')
    const body = await readText(c, BODY_LIMIT)
    const check = await verifyZendeskSignature(c.req.header('x-zendesk-webhook-signature'), c.req.header('x-zendesk-webhook-signature-timestamp'), body, secret, Date.now())
    if (!check.ok) throw new ApiError('unauthorized', check.reason)
    const now = Date.now()
    const payload = parseJson(body)
    const mapping = mapZendeskEvent(payload, now)
    if (mapping.kind === 'ignored') return c.json({ received: true, ignored: mapping.reason })
    const problem = inboundProblem({ signals: [mapping.signal] }, now)
    if (problem) return c.json({ received: true, ignored: problem })
    const db = c.env.DB
    const { externalId: byId, email, zendeskUserId } = mapping.match
    const externalId = (byId && (await externalIdBy(db, workspaceId, 'external_id = ?', byId)))
      || (email && (await externalIdBy(db, workspaceId, 'email = ? COLLATE NOCASE', email)))
      || (zendeskUserId && (await externalIdBy(db, workspaceId, "json_extract(traits, '$.zendesk_user_id') = ?", zendeskUserId)))
      || null
    if (!externalId) return c.json({ received: true, ignored: 'no customer matches the requester (external_id, email or traits.zendesk_user_id)' })
    const signal: SignalInput = { customer: externalId, type: mapping.signal.type, at: Math.min(mapping.signal.at, now), meta: mapping.signal.meta }
    // Event webhooks carry an id; a trigger's JSON is known by its ticket and what happened to it.
    const id = eventIdOf(payload) ?? mapping.key
    if (!(await apply(c, workspaceId, signalStatements(db, workspaceId, [signal], now), externalId, id ? { source: 'zendesk', id } : undefined))) return c.json({ received: true, duplicate: true })
    return c.json({ received: true, customer: externalId, signals: [signal.type] })
  })
