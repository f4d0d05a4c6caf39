// The workspace's churn definition: an explicit cancellation, or N days without activity.
// A churned customer is lost, not at risk: they leave the at-risk lists and are not scored.
import { DAY_MS, type CustomerRecord } from './facts.ts'

export interface ChurnState {
  at: number
  reason: 'cancelled' | 'inactive'
}

/** When (and why) the customer counts as churned as of `now`, or null while they are still a customer. */
export function churnedAsOf(customer: Pick<CustomerRecord, 'churnedAt' | 'lastSeenAt'>, inactiveDays: number, now: number): ChurnState | null {
  if (customer.churnedAt != null && customer.churnedAt <= now) return { at: customer.churnedAt, reason: 'cancelled' }
  const silentUntil = customer.lastSeenAt + inactiveDays * DAY_MS
  return silentUntil <= now ? { at: silentUntil, reason: 'inactive' } : null
}
