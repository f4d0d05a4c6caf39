import { describe, expect, it } from 'vitest'
import { churnedAsOf } from './churn.ts'
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
