import { describe, expect, it } from 'vitest'
import { SELF, env } from 'cloudflare:test'
import { BASE, api, createWorkspace, expectError } from './helpers.ts'
import { stripeSignatureHeader } from '../../worker/domain/import/stripe.ts'
import { zendeskSignature } from '../../worker/domain/import/zendesk.ts'
import { invoice, stripeEvent, subscription } from '../fixtures/integrations/stripe.ts'

const STRIPE_SECRET = 'whsec_integration_test'
const ZENDESK_SECRET = 'zendesk_integration_test'

async function setup() {
  const ws = await createWorkspace({ stripeWebhookSecret: STRIPE_SECRET, zendeskWebhookSecret: ZENDESK_SECRET } as Record<string, unknown>)
  await api(ws, 'POST', '/v1/customers', { customers: [{ id: 'acct-1', email: 'ana@example.com', traits: { stripe_customer_id: 'cus_Stripe123' } }] })
  return ws
}

async function stripePost(workspaceId: string, event: unknown, opts: { secret?: string; at?: number; header?: string } = {}) {
  const body = JSON.stringify(event)
  const header = opts.header ?? (await stripeSignatureHeader(body, opts.secret ?? STRIPE_SECRET, Math.floor((opts.at ?? Date.now()) / 1000)))
  return SELF.fetch(`${BASE}/v1/integrations/stripe?workspace=${workspaceId}`, { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': header }, body })
}

async function zendeskPost(workspaceId: string, payload: unknown, secret = ZENDESK_SECRET) {
  const body = JSON.stringify(payload)
  const ts = new Date().toISOString()
  return SELF.fetch(`${BASE}/v1/integrations/zendesk?workspace=${workspaceId}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-zendesk-webhook-signature': await zendeskSignature(body, ts, secret), 'x-zendesk-webhook-signature-timestamp': ts },
    body,
  })
}

const totals = (workspaceId: string) => env.DB.prepare(
  `SELECT COALESCE(SUM(d.payment_failures), 0) AS failures, COALESCE(SUM(d.purchases), 0) AS purchases, COALESCE(SUM(d.revenue), 0) AS revenue,
          COALESCE(SUM(d.tickets), 0) AS tickets, COALESCE(SUM(d.complaints), 0) AS complaints
     FROM customer_days d JOIN customers c ON c.pk = d.customer_pk WHERE c.workspace_id = ? AND c.external_id = 'acct-1'`,
).bind(workspaceId).first<Record<string, number>>()

describe('POST /v1/integrations/stripe', () => {
  it('rejects a bad, stale or foreign signature with 401 and writes nothing', async () => {
    const ws = await setup()
    const other = await createWorkspace({ stripeWebhookSecret: 'whsec_other' } as Record<string, unknown>)
    const event = stripeEvent('invoice.payment_failed', invoice())
    await expectError(await stripePost(ws.workspaceId, event, { secret: 'whsec_wrong' }), 401, 'unauthorized')
    await expectError(await stripePost(ws.workspaceId, event, { at: Date.now() - 10 * 60_000 }), 401, 'unauthorized')
    await expectError(await stripePost(ws.workspaceId, event, { header: 't=1,v1=zz' }), 401, 'unauthorized')
    // Signed with this workspace's secret, sent to another workspace.
    await expectError(await stripePost(other.workspaceId, event), 401, 'unauthorized')
    await expectError(await stripePost('ws_missing', event), 401, 'unauthorized')
    expect(await totals(ws.workspaceId)).toEqual({ failures: 0, purchases: 0, revenue: 0, tickets: 0, complaints: 0 })
  })

  it('maps payment failures, payments, plan changes and cancellations onto the matched customer', async () => {
    const ws = await setup()
    const failed = await stripePost(ws.workspaceId, stripeEvent('invoice.payment_failed', invoice()))
    expect(failed.status).toBe(200)
    expect(await failed.json()).toMatchObject({ received: true, customer: 'acct-1', signals: ['payment_failed'] })
    const paidAt = Math.floor(Date.now() / 1000) - 60
    await stripePost(ws.workspaceId, stripeEvent('invoice.paid', invoice({ amount_paid: 4900, status: 'paid', status_transitions: { paid_at: paidAt } })))
    expect(await totals(ws.workspaceId)).toMatchObject({ failures: 1, purchases: 1, revenue: 49 })

    await stripePost(ws.workspaceId, stripeEvent('customer.subscription.updated', subscription()))
    let customer = await (await api(ws, 'GET', '/v1/customers/acct-1')).json() as Record<string, unknown>
    expect(customer).toMatchObject({ plan: 'Pro', revenue: 200, renewalAt: 1742419200000, churnedAt: null })

    const endedAt = Math.floor(Date.now() / 1000) - 30
    await stripePost(ws.workspaceId, stripeEvent('customer.subscription.deleted', subscription({ status: 'canceled', ended_at: endedAt, cancellation_details: { feedback: 'too_expensive' } })))
    customer = await (await api(ws, 'GET', '/v1/customers/acct-1')).json() as Record<string, unknown>
    expect(customer).toMatchObject({ churnedAt: endedAt * 1000, churnReason: 'too_expensive' })
  })

  it('matches by metadata.stayloop_customer_id and remembers the Stripe id; unknown events and customers are 200 ignored', async () => {
    const ws = await setup()
    const withMeta = invoice({ customer: 'cus_New', parent: { type: 'subscription_details', subscription_details: { metadata: { stayloop_customer_id: 'acct-2' } } } })
    expect(await (await stripePost(ws.workspaceId, stripeEvent('invoice.payment_failed', withMeta))).json()).toMatchObject({ customer: 'acct-2' })
    const row = await env.DB.prepare("SELECT json_extract(traits, '$.stripe_customer_id') AS sid FROM customers WHERE workspace_id = ? AND external_id = 'acct-2'").bind(ws.workspaceId).first<{ sid: string }>()
    expect(row!.sid).toBe('cus_New')
    const unknownType = await stripePost(ws.workspaceId, stripeEvent('charge.refunded', { id: 'ch_1' }))
    expect(unknownType.status).toBe(200)
    expect(await unknownType.json()).toMatchObject({ received: true, ignored: expect.stringContaining('charge.refunded') })
    const stranger = await stripePost(ws.workspaceId, stripeEvent('invoice.payment_failed', invoice({ customer: 'cus_Nobody' })))
    expect(await stranger.json()).toMatchObject({ received: true, ignored: expect.stringContaining('cus_Nobody') })
  })
})

describe('retried webhook deliveries', () => {
  it('a Stripe event delivered three times is applied once', async () => {
    const ws = await setup()
    const event = stripeEvent('invoice.payment_failed', invoice())
    const first = await (await stripePost(ws.workspaceId, event)).json()
    expect(first).toMatchObject({ customer: 'acct-1' })
    for (let i = 0; i < 2; i++) expect(await (await stripePost(ws.workspaceId, event)).json()).toEqual({ received: true, duplicate: true })
    expect(await totals(ws.workspaceId)).toMatchObject({ failures: 1 })
  })

  it('a Zendesk trigger payload (no event id) delivered three times is applied once, by its ticket', async () => {
    const ws = await setup()
    const opened = { event: 'ticket_created', ticket: { id: 777, status: 'open', requester: { external_id: 'acct-1' } } }
    const rated = { event: 'satisfaction_rated', ticket: { id: 777, satisfaction: 'bad' }, requester: { external_id: 'acct-1' } }
    for (let i = 0; i < 3; i++) await zendeskPost(ws.workspaceId, opened)
    for (let i = 0; i < 2; i++) await zendeskPost(ws.workspaceId, rated)
    expect(await (await zendeskPost(ws.workspaceId, opened)).json()).toEqual({ received: true, duplicate: true })
    expect(await totals(ws.workspaceId)).toMatchObject({ tickets: 1, complaints: 1 })
    // Another ticket is another event.
    await zendeskPost(ws.workspaceId, { ...opened, ticket: { ...opened.ticket, id: 778 } })
    expect(await totals(ws.workspaceId)).toMatchObject({ tickets: 2 })
  })
})

describe('implausible webhook values', () => {
  it('a signed Stripe event with no time, an absurd amount or a renewal in 5138 is acknowledged, ignored and writes nothing', async () => {
    const ws = await setup()
    const before = await (await api(ws, 'GET', '/v1/customers/acct-1')).json() as Record<string, unknown>
    const cases = [
      stripeEvent('invoice.payment_failed', invoice(), undefined as unknown as number),
      stripeEvent('invoice.paid', invoice({ amount_paid: 1e300, status: 'paid', status_transitions: { paid_at: Math.floor(Date.now() / 1000) } })),
      stripeEvent('customer.subscription.updated', subscription({ current_period_end: 99999999999999 })),
    ]
    cases[0].created = undefined as unknown as number
    for (const event of cases) {
      const res = await stripePost(ws.workspaceId, event)
      expect(res.status).toBe(200)
      expect(await res.json()).toMatchObject({ received: true, ignored: expect.stringMatching(/2000|amount|2100/) })
    }
    expect(await totals(ws.workspaceId)).toEqual({ failures: 0, purchases: 0, revenue: 0, tickets: 0, complaints: 0 })
    const after = await (await api(ws, 'GET', '/v1/customers/acct-1')).json() as Record<string, unknown>
    for (const field of ['firstSeenAt', 'lastSeenAt', 'renewalAt', 'revenue', 'plan']) expect(after[field], field).toEqual(before[field])
  })
})

describe('POST /v1/integrations/zendesk', () => {
  it('ticket created -> ticket, bad rating -> complaint, solved -> nothing; bad signature 401', async () => {
    const ws = await setup()
    const created = await zendeskPost(ws.workspaceId, { event: 'ticket_created', ticket: { id: 1 }, requester: { email: 'ANA@example.com' } })
    expect(await created.json()).toMatchObject({ customer: 'acct-1', signals: ['ticket_opened'] })
    await zendeskPost(ws.workspaceId, { event: 'satisfaction_rated', ticket: { id: 1, satisfaction: 'bad' }, requester: { external_id: 'acct-1' } })
    await zendeskPost(ws.workspaceId, { event: 'ticket_solved', ticket: { id: 1, status: 'solved' }, requester: { external_id: 'acct-1' } })
    expect(await totals(ws.workspaceId)).toMatchObject({ tickets: 1, complaints: 1 })
    await expectError(await zendeskPost(ws.workspaceId, { event: 'ticket_created', ticket: { id: 2 }, requester: { external_id: 'acct-1' } }, 'wrong'), 401, 'unauthorized')
    expect(await totals(ws.workspaceId)).toMatchObject({ tickets: 1 })
  })
})
