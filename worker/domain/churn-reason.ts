// A churn's reason as a customer's systems give it (a cancellation signal, /churn, a CSV import).
// "inactive" is the reason Stayloop gives the churns it marks after a silence, and the nightly job
// finds and undoes those by it (queue/daily-risk.ts), so a reason of the customer's own may not be it.

export const MAX_CHURN_REASON = 500
export const INACTIVE_REASON = 'inactive'

/** What is wrong with `reason` as a churn reason, or null. */
export function churnReasonProblem(reason: string): string | null {
  if (reason.length > MAX_CHURN_REASON) return `at most ${MAX_CHURN_REASON} characters`
  if (reason.trim().toLowerCase() === INACTIVE_REASON) return `"${INACTIVE_REASON}" is kept for the churns Stayloop marks after a silence; name the reason another way (e.g. "not using it")`
  return null
}
