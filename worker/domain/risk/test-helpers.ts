// Builders for hand-made customer histories in tests.
import { DAY_MS, type CustomerDay, type CustomerFacts } from './facts.ts'

export const NOW = Date.parse('2025-06-01T00:00:00Z')

export const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10)

/** One row per day for `count` days ending the day before `end`, counters from a function of days-ago. */
export function dailyRows(end: number, count: number, row: (daysAgo: number) => Partial<CustomerDay>): CustomerDay[] {
  return Array.from({ length: count }, (_, k) => {
    const daysAgo = k + 1
    return { day: isoDay(end - daysAgo * DAY_MS), ...row(daysAgo) }
  })
}

export function steadyCustomer(id = 'c1', now = NOW): CustomerFacts {
  return {
    customer: { id, revenue: 100, firstSeenAt: now - 400 * DAY_MS, lastSeenAt: now - DAY_MS },
    days: dailyRows(now, 120, () => ({ logins: 2, sessions: 3, featureUses: 5 })),
    responses: [],
  }
}
