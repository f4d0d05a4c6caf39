import { describe, expect, it } from 'vitest'
import { churnedAsOf, firstSilenceAfter, lastSeenBy } from './churn.ts'
import { DAY_MS } from './facts.ts'

const NOW = Date.parse('2025-06-01T00:00:00Z')

describe('churnedAsOf', () => {
  it('an explicit cancellation counts from its date', () => {
    expect(churnedAsOf({ churnedAt: NOW - DAY_MS, lastSeenAt: NOW - DAY_MS }, 30, NOW)).toEqual({ at: NOW - DAY_MS, reason: 'cancelled' })
    // A cancellation dated in the future (end of the paid period) is not churn yet.
    expect(churnedAsOf({ churnedAt: NOW + DAY_MS, lastSeenAt: NOW - DAY_MS }, 30, NOW)).toBeNull()
  })

  it('N days without activity is churn, dated last seen + N days', () => {
    expect(churnedAsOf({ churnedAt: null, lastSeenAt: NOW - 30 * DAY_MS }, 30, NOW)).toEqual({ at: NOW, reason: 'inactive' })
    expect(churnedAsOf({ churnedAt: null, lastSeenAt: NOW - 29 * DAY_MS }, 30, NOW)).toBeNull()
    expect(churnedAsOf({ churnedAt: null, lastSeenAt: NOW - 50 * DAY_MS }, 45, NOW)).toEqual({ at: NOW - 5 * DAY_MS, reason: 'inactive' })
  })
})

describe('replaying silences from the activity days', () => {
  const day = (t: number) => new Date(t).toISOString().slice(0, 10)
  // Active every day for 60 days, silent for 40, back for the last 20 (today's last_seen_at is yesterday).
  const START = NOW - 120 * DAY_MS
  const active = Array.from({ length: 120 }, (_, i) => START + i * DAY_MS).filter((t) => t < START + 60 * DAY_MS || t >= START + 100 * DAY_MS)
  const facts = {
    customer: { id: 'c', revenue: 0, firstSeenAt: START, lastSeenAt: NOW - DAY_MS },
    days: active.map((t) => ({ day: day(t), sessions: 1 })),
    responses: [],
  }
  const lastActive = START + 59 * DAY_MS

  it('last seen by a past cutoff is the last sighting before it, not today’s last_seen_at', () => {
    expect(lastSeenBy(facts, START + 90 * DAY_MS)).toBe(lastActive)
    expect(lastSeenBy(facts, NOW)).toBe(NOW - DAY_MS)
    // A ticket is not a sighting.
    const withTicket = { ...facts, days: [...facts.days, { day: day(START + 80 * DAY_MS), tickets: 1 }] }
    expect(lastSeenBy(withTicket, START + 90 * DAY_MS)).toBe(lastActive)
  })

  it('the 30-day silence is a churn on its 30th day, though they came back', () => {
    expect(firstSilenceAfter(facts, START, 30, NOW)).toBe(lastActive + 30 * DAY_MS)
    expect(firstSilenceAfter(facts, START, 45, NOW)).toBeNull()
    // Only churns after `from` count.
    expect(firstSilenceAfter(facts, lastActive + 30 * DAY_MS, 30, NOW)).toBeNull()
    // Not yet 30 days at `now`: no churn.
    expect(firstSilenceAfter(facts, START, 30, lastActive + 29 * DAY_MS)).toBeNull()
  })

  it('with no activity days (a workspace that only identifies its customers), nothing is inferred', () => {
    const bare = { ...facts, days: [] }
    expect(lastSeenBy(bare, START + 90 * DAY_MS)).toBe(START + 90 * DAY_MS)
    expect(firstSilenceAfter(bare, START, 30, NOW)).toBeNull()
    // Silent now, as churnedAsOf has it.
    expect(firstSilenceAfter({ ...bare, customer: { ...bare.customer, lastSeenAt: NOW - 40 * DAY_MS } }, START, 30, NOW)).toBe(NOW - 10 * DAY_MS)
  })
})
