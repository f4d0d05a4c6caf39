// The workspace's churn definition: an explicit cancellation, or N days without activity.
// A churned customer is lost, not at risk: they leave the at-risk lists and are not scored.
import { DAY_MS, dayStart, type CustomerDay, type CustomerFacts, type CustomerRecord } from './facts.ts'

export interface ChurnState {
  at: number
  reason: 'cancelled' | 'inactive'
}

/**
 * When (and why) the customer counts as churned as of `now`, or null while they are still a
 * customer. `inactiveDays` null: no silence counts (the workspace records its cancellations).
 */
export function churnedAsOf(customer: Pick<CustomerRecord, 'churnedAt' | 'lastSeenAt'>, inactiveDays: number | null, now: number): ChurnState | null {
  if (customer.churnedAt != null && customer.churnedAt <= now) return { at: customer.churnedAt, reason: 'cancelled' }
  if (inactiveDays == null) return null
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

/** Where a backtest's churn came from: the churn history, or a silence the definition reads as one. */
export type ChurnSource = 'recorded' | 'inactivity'

export interface BacktestChurn {
  at: number
  source: ChurnSource
}

/**
 * The backtest's one definition of "churned" after `from`, as known at `now` (the end of its last
 * horizon), so its precision counts the same departures as the summary and cohorts:
 * - a recorded churn (a cancellation, the churn history, customers.churned_at) is the truth;
 * - without one, a silence of `inactiveDays`, where one counts (null: none does, as where the
 *   workspace records subscriptions: a customer who stops logging in but still pays has not
 *   left), and only the silence after their last sighting: one that later activity ended was no
 *   churn, so monthly logins with a 31-day gap are none. Dated like churnedAsOf.
 */
export function backtestChurn(
  customer: { recordedAt: number | null; lastSeenAt: number },
  o: { from: number; now: number; inactiveDays: number | null },
): BacktestChurn | null {
  const { recordedAt } = customer
  if (recordedAt != null && recordedAt > o.from && recordedAt <= o.now) return { at: recordedAt, source: 'recorded' }
  const silent = churnedAsOf({ churnedAt: null, lastSeenAt: customer.lastSeenAt }, o.inactiveDays, o.now)
  return silent && silent.at > o.from ? { at: silent.at, source: 'inactivity' } : null
}
