import { describe, expect, it } from 'vitest'
import { mapStripeEvent, stripeSignatureHeader, verifyStripeSignature } from './stripe.ts'
import { invoice, stripeEvent, subscription } from '../../../test/fixtures/integrations/stripe.ts'

const SECRET = 'whsec_test_secret'
const NOW = Date.parse('2025-06-01T00:00:00Z')

describe('verifyStripeSignature', () => {
  it('accepts a current v1 signature and rejects tampering, other secrets and old timestamps', async () => {
    const body = JSON.stringify({ id: 'evt_1', type: 'invoice.paid' })
    const header = await stripeSignatureHeader(body, SECRET, NOW / 1000)
    expect(await verifyStripeSignature(header, body, SECRET, NOW)).toEqual({ ok: true })
    expect((await verifyStripeSignature(header, body + ' ', SECRET, NOW)).ok).toBe(false)
    expect((await verifyStripeSignature(header, body, 'whsec_other', NOW)).ok).toBe(false)
    expect(await verifyStripeSignature(header, body, SECRET, NOW + 6 * 60_000)).toMatchObject({ ok: false, reason: expect.stringContaining('tolerance') })
    expect((await verifyStripeSignature(undefined, body, SECRET, NOW)).ok).toBe(false)
    expect((await verifyStripeSignature('t=abc,v1=00', body, SECRET, NOW)).ok).toBe(false)
    // During secret rotation Stripe sends several v1 signatures; any match is enough.
    const v1 = header.split('v1=')[1]
    expect(await verifyStripeSignature(`t=${NOW / 1000},v1=${'0'.repeat(64)},v1=${v1}`, body, SECRET, NOW)).toEqual({ ok: true })
  })
})

describe('mapStripeEvent', () => {
  it('invoice.payment_failed -> payment_failed; invoice.paid -> purchase in major units', () => {
    const failed = mapStripeEvent(stripeEvent('invoice.payment_failed', invoice(), 1748736000))
    expect(failed).toMatchObject({ kind: 'apply', match: { stayloopId: null, stripeCustomerId: 'cus_Stripe123' }, signals: [{ type: 'payment_failed', at: 1748736000000, meta: { amountDue: 49 } }] })
    const paid = mapStripeEvent(stripeEvent('invoice.paid', invoice({ amount_paid: 4900, status: 'paid', status_transitions: { paid_at: 1748700000 } })))
    expect(paid).toMatchObject({ kind: 'apply', signals: [{ type: 'purchase', at: 1748700000000, value: 49 }] })
    const yen = mapStripeEvent(stripeEvent('invoice.paid', invoice({ amount_paid: 5000, currency: 'jpy' })))
    expect(yen).toMatchObject({ signals: [{ value: 5000 }] })
    expect(mapStripeEvent(stripeEvent('invoice.paid', invoice({ amount_paid: 0 }))).kind).toBe('ignored')
  })

  it('finds our customer id in invoice subscription metadata or subscription metadata', () => {
    const viaParent = invoice({ parent: { type: 'subscription_details', subscription_details: { metadata: { stayloop_customer_id: 'acct-7' } } } })
    expect(mapStripeEvent(stripeEvent('invoice.payment_failed', viaParent))).toMatchObject({ match: { stayloopId: 'acct-7' } })
    expect(mapStripeEvent(stripeEvent('customer.subscription.deleted', subscription({ metadata: { stayloop_customer_id: 'acct-8' } })))).toMatchObject({ match: { stayloopId: 'acct-8' } })
  })

  it('customer.subscription.deleted -> a cancellation with its reason', () => {
    const sub = subscription({ status: 'canceled', ended_at: 1748736000, canceled_at: 1748000000, cancellation_details: { feedback: 'too_expensive', reason: 'cancellation_requested' } })
    expect(mapStripeEvent(stripeEvent('customer.subscription.deleted', sub))).toMatchObject({
      signals: [{ type: 'subscription_cancelled', at: 1748736000000, meta: { reason: 'too_expensive' } }],
    })
  })

  it('customer.subscription.updated -> plan, monthly revenue and renewal date', () => {
    // 2 seats × 1,200.00 a year = 200.00 a month; period end from the item (basil).
    expect(mapStripeEvent(stripeEvent('customer.subscription.updated', subscription()))).toMatchObject({
      kind: 'apply', signals: [], update: { plan: 'Pro', revenue: 200, renewalAt: 1742419200000 },
    })
  })

  it('ignores other event types', () => {
    expect(mapStripeEvent(stripeEvent('charge.refunded', {}))).toEqual({ kind: 'ignored', reason: 'event type charge.refunded is not used' })
  })
})
