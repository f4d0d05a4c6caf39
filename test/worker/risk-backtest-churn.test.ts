// GET /v1/risk/backtest counts as churners the customers the rest of the product says churned: on a
// workspace that sends cancellations, a 31-day gap between monthly logins is no churn.
import { describe, expect, it } from 'vitest'
import { api, createWorkspace, type TestWorkspace } from './helpers.ts'

const DAY = 86_400_000

/** Logins on the 10th of each of the last 12 months (09:00 UTC), and one two days ago. */
function monthlyLogins(customer: string, now: number, until = now) {
  const at: number[] = []
  const today = new Date(now)
  for (let back = 0; back <= 12; back++) {
    const t = Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - back, 10, 9)
    if (t < until - DAY) at.push(t)
  }
  if (until === now) at.push(now - 2 * DAY)
  return at.map((t) => ({ customer, type: 'login', at: new Date(t).toISOString() }))
}

async function send(ws: TestWorkspace, signals: unknown[]) {
  const res = await api(ws, 'POST', '/v1/signals', { signals })
  expect(res.status).toBe(202)
}

interface Report {
  churners: number
  customers: number
  churnDefinition: { rule: string; inactiveDays: number | null; churners: { recorded: number; inactivity: number } }
  tierPrecision: Record<'high' | 'medium' | 'low', { churned: number; scored: number }>
}

describe('GET /v1/risk/backtest: who churned', () => {
  it('counts the recorded cancellations as the churners, not the 31-day gaps between monthly logins', async () => {
    const ws = await createWorkspace()
    const now = Date.now()
    // Ten customers logging in monthly for a year; three cancel 60 days ago (no login after), two renew.
    const cancelledAt = now - 60 * DAY
    const signals = []
    for (let i = 0; i < 10; i++) {
      const id = `monthly-${i}`
      if (i < 3) {
        signals.push(...monthlyLogins(id, now, cancelledAt), { customer: id, type: 'subscription_cancelled', at: new Date(cancelledAt).toISOString() })
      } else {
        signals.push(...monthlyLogins(id, now))
        if (i < 5) signals.push({ customer: id, type: 'subscription_renewed', at: new Date(now - 100 * DAY).toISOString() })
      }
    }
    await send(ws, signals)

    const res = await api(ws, 'GET', '/v1/risk/backtest')
    expect(res.status).toBe(200)
    const body = await res.json() as Report
    expect(body.customers).toBe(10)
    expect(body.churners).toBe(3)
    expect(body.churnDefinition).toEqual({ rule: 'recorded', inactiveDays: null, churners: { recorded: 3, inactivity: 0 } })
    const churned = body.tierPrecision.high.churned + body.tierPrecision.medium.churned + body.tierPrecision.low.churned
    const scored = body.tierPrecision.high.scored + body.tierPrecision.medium.scored + body.tierPrecision.low.scored
    // Precision counts only the cancelled three's snapshots as right: not every one scored.
    expect(churned).toBeLessThan(scored)
  })

  it('with no subscription data, a customer who went quiet for good is a churner, monthly loggers are not', async () => {
    const ws = await createWorkspace()
    const now = Date.now()
    const quietSince = now - 100 * DAY
    const signals = []
    for (let i = 0; i < 4; i++) signals.push(...monthlyLogins(`monthly-${i}`, now))
    signals.push(...monthlyLogins('quiet', now, quietSince), { customer: 'quiet', type: 'login', at: new Date(quietSince).toISOString() })
    await send(ws, signals)

    const body = await (await api(ws, 'GET', '/v1/risk/backtest')).json() as Report
    expect(body.customers).toBe(5)
    expect(body.churners).toBe(1)
    expect(body.churnDefinition).toEqual({ rule: 'recorded_or_inactive', inactiveDays: 30, churners: { recorded: 0, inactivity: 1 } })
  })
})
