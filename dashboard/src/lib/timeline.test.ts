import { describe, expect, it } from 'vitest'
import { buildTimeline, riskLine } from './timeline.ts'
import type { ResponseItem } from './types.ts'

const answer = (id: string, at: number): ResponseItem => ({
  id, surveyId: 's', surveyKind: 'nps', customerId: 'c', score: 3, comment: null, reason: null, offer: null, locale: 'en', finished: true, createdAt: at, analysis: null,
})

describe('customer timeline', () => {
  it('merges answers, alerts, tier changes and churn, newest first', () => {
    const events = buildTimeline(
      { firstSeenAt: Date.UTC(2026, 0, 1), churnedAt: Date.UTC(2026, 5, 1), churnReason: 'price' },
      {
        responses: [answer('r1', Date.UTC(2026, 2, 1, 12))],
        alerts: [{ id: 'a1', kind: 'detractor', severity: 'warning', customerId: 'c', responseId: 'r1', createdAt: Date.UTC(2026, 2, 1, 12, 1) }],
        risk: [
          { day: '2026-03-03', score: 72, tier: 'high' },
          { day: '2026-03-01', score: 20, tier: 'low' },
          { day: '2026-03-02', score: 25, tier: 'low' },
        ],
      },
    )
    expect(events.map((e) => e.type)).toEqual(['churn', 'tier', 'alert', 'response', 'tier', 'first_seen'])
    const tiers = events.filter((e) => e.type === 'tier')
    // Only changes count: low → low on the second day is not an event.
    expect(tiers).toHaveLength(2)
    expect(tiers[0]).toMatchObject({ from: 'low', to: 'high', score: 72 })
    expect(tiers[1]).toMatchObject({ from: null, to: 'low' })
  })

  it('shows every churn and every return from the churn history, not only the current churn', () => {
    const events = buildTimeline(
      { firstSeenAt: Date.UTC(2026, 0, 1), churnedAt: null, churnReason: null },
      { churns: [{ churnedAt: Date.UTC(2026, 10, 20), reason: 'price', returnedAt: Date.UTC(2026, 11, 3) }] },
    )
    expect(events).toEqual([
      { at: Date.UTC(2026, 11, 3), type: 'return' },
      { at: Date.UTC(2026, 10, 20), type: 'churn', reason: 'price' },
      { at: Date.UTC(2026, 0, 1), type: 'first_seen' },
    ])
  })

  it('is empty for a customer with no history', () => {
    expect(buildTimeline({ firstSeenAt: null, churnedAt: null, churnReason: null }, {})).toEqual([])
  })
})

describe('riskLine', () => {
  it('holds the last score until today, since points are stored only on change', () => {
    const risk = [{ day: '2026-11-20', score: 70, tier: 'high' }, { day: '2026-11-01', score: 40, tier: 'medium' }]
    expect(riskLine(risk, '2026-11-23')).toEqual([{ day: '2026-11-01', score: 40 }, { day: '2026-11-20', score: 70 }, { day: '2026-11-23', score: 70 }])
    expect(riskLine([{ day: '2026-11-23', score: 98, tier: 'high' }], '2026-11-23')).toEqual([{ day: '2026-11-23', score: 98 }])
    expect(riskLine([], '2026-11-23')).toEqual([])
  })
})
