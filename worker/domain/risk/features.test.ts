import { describe, expect, it } from 'vitest'
import { riskFeatures } from './features.ts'
import { DAY_MS } from './facts.ts'
import { NOW, dailyRows, steadyCustomer } from './test-helpers.ts'

describe('riskFeatures', () => {
  it('compares the last 30 days with the 60 days before', () => {
    const facts = steadyCustomer()
    // Baseline: 2 logins a day for days 31-90 = 120 = 60 per 30 days; recent: 1 login on 15 days = 15.
    facts.days = dailyRows(NOW, 120, (ago) => ({ logins: ago > 30 ? 2 : ago % 2 === 0 ? 1 : 0 }))
    const f = riskFeatures(facts, NOW)
    expect(f.detail.logins).toEqual({ recent: 15, baseline: 120 })
    expect(f.values.loginsChangePct).toBeCloseTo(-75, 9)
  })

  it('counts complaints, tickets and payment problems in their windows', () => {
    const facts = steadyCustomer()
    facts.days.push(
      { day: '2025-05-20', complaints: 1, tickets: 2 },
      { day: '2025-04-20', complaints: 5, paymentFailures: 1 },
      { day: '2025-03-10', paymentFailures: 1, paymentLate: 1 },
      // Not yet known at NOW: must be ignored.
      { day: '2025-06-02', complaints: 9 },
    )
    const v = riskFeatures(facts, NOW).values
    expect(v.complaints30).toBe(1)
    expect(v.tickets30).toBe(2)
    expect(v.paymentFailures90).toBe(2)
    expect(v.paymentLate90).toBe(1)
  })

  it('reads NPS and CSAT level and change, exit intent and renewal', () => {
    const facts = steadyCustomer()
    facts.customer.renewalAt = NOW + 12 * DAY_MS
    facts.responses = [
      { at: NOW - 80 * DAY_MS, kind: 'nps', score: 9 },
      { at: NOW - 5 * DAY_MS, kind: 'nps', score: 3, topics: ['pricing'], sentiment: { label: 'negative', score: -0.7 } },
      { at: NOW - 40 * DAY_MS, kind: 'csat', score: 5 },
      { at: NOW - 3 * DAY_MS, kind: 'exit', reason: 'too expensive', finished: true, offerAccepted: false },
      { at: NOW + DAY_MS, kind: 'nps', score: 0 },
    ]
    const f = riskFeatures(facts, NOW)
    expect(f.values.npsLatest).toBe(3)
    expect(f.values.npsChange).toBe(-6)
    expect(f.detail.npsPrevious).toBe(9)
    expect(f.detail.npsTopics).toEqual(['pricing'])
    expect(f.values.csatLatest).toBe(5)
    expect(f.values.csatChange).toBeNull()
    expect(f.values.exitIntent).toBe(2)
    expect(f.detail.exitReason).toBe('too expensive')
    expect(f.values.daysToRenewal).toBe(12)
    expect(f.values.negativeComments30).toBe(1)
  })

  it('leaves unknowns null rather than guessing', () => {
    const facts = { customer: { id: 'new', revenue: 0, firstSeenAt: NOW - 3 * DAY_MS, lastSeenAt: NOW - DAY_MS }, days: [], responses: [] }
    const v = riskFeatures(facts, NOW).values
    expect(v.loginsChangePct).toBeNull()
    expect(v.npsLatest).toBeNull()
    expect(v.daysSinceLastPurchase).toBeNull()
    expect(v.tenureDays).toBe(3)
    expect(v.daysSinceLastSeen).toBe(1)
  })
})

describe('segmentChurnRate', () => {
  it('smooths a small segment toward the workspace rate', async () => {
    const { segmentChurnRate } = await import('./facts.ts')
    // Workspace 100/1,000 = 10%; segment 3/5 with strength 20: (3 + 2) / 25 = 20%.
    expect(segmentChurnRate({ start: 5, lost: 3 }, { start: 1000, lost: 100 })).toBeCloseTo(0.2, 12)
    expect(segmentChurnRate({ start: 0, lost: 0 }, { start: 1000, lost: 100 })).toBeCloseTo(0.1, 12)
    expect(segmentChurnRate({ start: 10, lost: 1 }, { start: 0, lost: 0 })).toBe(0.1)
    expect(segmentChurnRate({ start: 0, lost: 0 }, { start: 0, lost: 0 })).toBeNull()
  })
})
