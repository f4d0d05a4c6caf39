// What the risk model reads about one customer: the rows the lead loads from D1.

export interface CustomerRecord {
  id: string
  plan?: string | null
  /** Monthly revenue. */
  revenue: number
  valueTier?: string | null
  traits?: Record<string, unknown>
  firstSeenAt: number
  lastSeenAt: number
  churnedAt?: number | null
  churnReason?: string | null
  renewalAt?: number | null
}

/** One customer_day row; `day` is the UTC day 'YYYY-MM-DD'. Missing counters count as 0. */
export interface CustomerDay {
  day: string
  sessions?: number
  logins?: number
  pageViews?: number
  featureUses?: number
  emailClicks?: number
  purchases?: number
  revenue?: number
  tickets?: number
  complaints?: number
  paymentFailures?: number
  paymentLate?: number
  /** Seen that day by something no counter holds (an identify call, a survey shown or answered). */
  sightings?: number
}

export interface SurveyAnswer {
  at: number
  kind: 'nps' | 'csat' | 'ces' | 'exit'
  score?: number | null
  sentiment?: { label: string; score: number } | null
  topics?: string[] | null
  reason?: string | null
  offerAccepted?: boolean | null
  /** Exit flows: false while started but not finished. Defaults to true. */
  finished?: boolean | null
}

export interface CustomerFacts {
  customer: CustomerRecord
  days: CustomerDay[]
  responses: SurveyAnswer[]
  /** Churn rate (0..1) of the customer's segment over a recent period; see segmentChurnRate(). */
  segmentChurnRate?: number | null
}

export const DAY_MS = 86_400_000

/** Epoch ms of the start of a 'YYYY-MM-DD' UTC day. */
export function dayStart(day: string): number {
  return Date.parse(`${day}T00:00:00Z`)
}

/**
 * Base churn rate of a segment from counts (customers at the start of the window, lost in it),
 * Laplace-smoothed toward the workspace rate so a segment of 3 customers does not read 0% or 100%.
 */
export function segmentChurnRate(segment: { start: number; lost: number }, workspace: { start: number; lost: number }, strength = 20): number | null {
  const prior = workspace.start > 0 ? workspace.lost / workspace.start : null
  if (prior === null) return segment.start > 0 ? segment.lost / segment.start : null
  return (segment.lost + strength * prior) / (segment.start + strength)
}
