import { describe, expect, it } from 'vitest'
import { inboundProblem } from './inbound-bounds.ts'
import { mapStripeEvent } from './stripe.ts'
import { mapZendeskEvent } from './zendesk.ts'

const NOW = Date.parse('2026-06-01T00:00:00Z')
const apply = <T extends { kind: string }>(m: T) => m as Extract<T, { kind: 'apply' }>
const invoice = (type: string, o: Record<string, unknown>, created?: number) =>
  apply(mapStripeEvent({ id: 'evt_1', type, created, data: { object: { id: 'in_1', customer: 'cus_1', currency: 'usd', ...o } } }))

describe('inbound webhook values', () => {
  it('passes a genuine Stripe event', () => {
    const failed = invoice('invoice.payment_failed', { amount_due: 4900 }, NOW / 1000 - 60)
    expect(inboundProblem(failed, NOW)).toBeNull()
  })

  it('refuses a Stripe event with no time (1970), an absurd amount, or a renewal in 5138', () => {
    expect(inboundProblem(invoice('invoice.payment_failed', { amount_due: 4900 }), NOW)).toMatch(/event time must be on or after 2000/)
    expect(inboundProblem(invoice('invoice.paid', { amount_paid: 1e300, status_transitions: { paid_at: NOW / 1000 } }), NOW)).toMatch(/amount/)
    const renewal = apply(mapStripeEvent({ type: 'customer.subscription.updated', created: NOW / 1000, data: { object: { customer: 'cus_1', current_period_end: 99999999999999 } } }))
    expect(inboundProblem(renewal, NOW)).toMatch(/renewal date must be before 2100/)
  })

  it('refuses a Zendesk ticket dated in 1970 or next year', () => {
    const ticket = (at: string) => apply(mapZendeskEvent({ event: 'ticket_created', ticket: { id: 7, created_at: at, requester: { external_id: 'c1' } } }, NOW))
    expect(inboundProblem({ signals: [ticket('2026-05-31T10:00:00Z').signal] }, NOW)).toBeNull()
    expect(inboundProblem({ signals: [ticket('1970-01-01T00:00:00Z').signal] }, NOW)).toMatch(/2000/)
    expect(inboundProblem({ signals: [ticket('2027-06-01T00:00:00Z').signal] }, NOW)).toMatch(/future/)
  })
})
