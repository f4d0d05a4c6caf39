import { describe, expect, it } from 'vitest'
import { backtestChurn, churnedAsOf, lastSeenBy } from './churn.ts'
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

  it('where no silence counts, only a cancellation is churn', () => {
    expect(churnedAsOf({ churnedAt: null, lastSeenAt: NOW - 400 * DAY_MS }, null, NOW)).toBeNull()
    expect(churnedAsOf({ churnedAt: NOW - DAY_MS, lastSeenAt: NOW - 400 * DAY_MS }, null, NOW)).toEqual({ at: NOW - DAY_MS, reason: 'cancelled' })
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

  it('with no activity days (a workspace that only identifies its customers), last seen by a cutoff is the cutoff', () => {
    const bare = { ...facts, days: [] }
    expect(lastSeenBy(bare, START + 90 * DAY_MS)).toBe(START + 90 * DAY_MS)
  })
})

describe('backtestChurn: one definition of churned for the backtest', () => {
  const FROM = NOW - 140 * DAY_MS
  const noSubscriptions = { from: FROM, now: NOW, inactiveDays: 30 }
  const subscriptions = { ...noSubscriptions, inactiveDays: null }
  // Logins on the 10th of each month: after January and March the gap is 31 days, longer than 30.
  const logins = ['2025-01-10', '2025-02-10', '2025-03-10', '2025-04-10', '2025-05-10'].map((d) => Date.parse(`${d}T09:00:00Z`))
  const monthly = { recordedAt: null, lastSeenAt: logins[logins.length - 1] }

  it('monthly logins with 31-day gaps are no churn: the silences ended, and the last has not run 30 days', () => {
    expect(logins[1] - logins[0]).toBe(31 * DAY_MS)
    expect(backtestChurn(monthly, noSubscriptions)).toBeNull()
    expect(backtestChurn(monthly, subscriptions)).toBeNull()
  })

  it('a recorded churn is one, dated when recorded, though they log in every month', () => {
    const cancelled = { ...monthly, recordedAt: NOW - 20 * DAY_MS }
    expect(backtestChurn(cancelled, subscriptions)).toEqual({ at: NOW - 20 * DAY_MS, source: 'recorded' })
    expect(backtestChurn(cancelled, noSubscriptions)).toEqual({ at: NOW - 20 * DAY_MS, source: 'recorded' })
    // Dated ahead (the end of a paid period), or before the first cutoff: not a churn the backtest checks.
    expect(backtestChurn({ ...monthly, recordedAt: NOW + DAY_MS }, subscriptions)).toBeNull()
    expect(backtestChurn({ ...monthly, recordedAt: FROM }, subscriptions)).toBeNull()
  })

  it('a silence never broken is a churn where the workspace records no subscriptions, dated last seen + N days', () => {
    const gone = { recordedAt: null, lastSeenAt: NOW - 50 * DAY_MS }
    expect(backtestChurn(gone, noSubscriptions)).toEqual({ at: NOW - 20 * DAY_MS, source: 'inactivity' })
    // Where the workspace sends cancellations, not logging in is not leaving.
    expect(backtestChurn(gone, subscriptions)).toBeNull()
    // Silent since before the first cutoff: gone before the backtest starts.
    expect(backtestChurn({ recordedAt: null, lastSeenAt: FROM - 40 * DAY_MS }, noSubscriptions)).toBeNull()
  })
})
