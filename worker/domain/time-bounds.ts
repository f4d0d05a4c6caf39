// Plausible times for things that happened (signals, churn, first seen). A time outside these is
// a unit mistake (seconds for milliseconds: {"at": 12} is 1970) or a placeholder (1900-01-01,
// 9999-12-31), and stored as is it would skew every figure and risk score, so it is refused.
//
// Bounds: not before 2000-01-01 UTC (older than any customer record a SaaS product holds) and
// not more than one day after now (clock skew between servers and time zones, nothing more).
// Planned dates (renewals) may lie ahead, up to 2100-01-01.

export const EARLIEST_TIME = Date.UTC(2000, 0, 1)
export const FUTURE_SLACK_MS = 86_400_000
export const LATEST_PLANNED_TIME = Date.UTC(2100, 0, 1)

/** Why `at` (epoch ms) is not a plausible time for something that happened, or null if it is. */
export function pastTimeProblem(at: number, now: number): string | null {
  if (at < EARLIEST_TIME) return 'must be on or after 2000-01-01 (epoch milliseconds or ISO-8601)'
  if (at > now + FUTURE_SLACK_MS) return 'must not be more than a day in the future'
  return null
}

/** The same for a planned date (a renewal): from 2000-01-01 to 2100-01-01. */
export function plannedTimeProblem(at: number): string | null {
  if (at < EARLIEST_TIME) return 'must be on or after 2000-01-01 (epoch milliseconds or ISO-8601)'
  if (at >= LATEST_PLANNED_TIME) return 'must be before 2100-01-01'
  return null
}
