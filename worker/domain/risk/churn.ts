// The workspace's churn definition: an explicit cancellation, or N days without activity.
// A churned customer is lost, not at risk: they leave the at-risk lists and are not scored.
import { DAY_MS, dayStart, type CustomerDay, type CustomerFacts, type CustomerRecord } from './facts.ts'

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

/** A day the customer did something (tickets and payment failures happen to them; they are not activity). */
export const isActiveDay = (d: CustomerDay) =>
  (d.sessions ?? 0) + (d.logins ?? 0) + (d.pageViews ?? 0) + (d.featureUses ?? 0) + (d.emailClicks ?? 0) + (d.purchases ?? 0) + (d.sightings ?? 0) > 0

/**
 * Every instant the customer is known to have been seen, ascending: first seen, each active day
 * (its start: the days are UTC dates), each answer, and last seen. The same evidence that moves
 * customers.last_seen_at as it arrives, so the past can be replayed from it.
 */
function seenTimes({ customer, days, responses }: CustomerFacts): number[] {
  const times = [customer.firstSeenAt, customer.lastSeenAt, ...days.filter(isActiveDay).map((d) => dayStart(d.day)), ...responses.map((r) => r.at)]
  return times.filter(Number.isFinite).sort((a, b) => a - b)
}

/**
 * Whether the customer's past can be replayed from their activity days. last_seen_at also moves on
 * sightings kept nowhere else (an identify call, a survey shown): a customer with no active day
 * read is one whose workspace may send only those, so their silences are not inferred.
 */
const replayable = (facts: CustomerFacts) => facts.days.some(isActiveDay)

/**
 * When the customer was last seen by `at`, as it was known then: today's last_seen_at is later
 * for anyone who came back, and cut to `at` it made a silent customer look active that day.
 */
export function lastSeenBy(facts: CustomerFacts, at: number): number {
  if (facts.customer.lastSeenAt <= at) return facts.customer.lastSeenAt
  if (!replayable(facts)) return at
  let last = -Infinity
  for (const t of seenTimes(facts)) if (t <= at) last = t
  return last
}

/**
 * The first inactivity churn dated in (from, now]: a silence of `inactiveDays` after a sighting,
 * whether or not the customer came back later (the churn history has it only if the daily pass
 * was running then; imported histories never passed through it). Null when there was none.
 */
export function firstSilenceAfter(facts: CustomerFacts, from: number, inactiveDays: number, now: number): number | null {
  const times = seenTimes(facts).filter((t) => t <= now && (replayable(facts) || t === facts.customer.lastSeenAt))
  const inactive = inactiveDays * DAY_MS
  for (let i = 0; i < times.length; i++) {
    const silentAt = times[i] + inactive
    if (silentAt > now) return null
    if (silentAt > from && (i + 1 === times.length || times[i + 1] > silentAt)) return silentAt
  }
  return null
}
