// Which alerts a stored response (with its analysis) or a risk change calls for.
// Pure decisions: the caller stores the alerts (dedupe key unique) and checks the cool-down.
import type { Alert, AlertData, CustomerSnapshot, ResponseSnapshot, RiskReason, RiskSnapshot, RiskTier, Severity } from './types.ts'
import { TIER_RANK } from './types.ts'
import { responseDedupeKey, riskDedupeKey } from './dedupe.ts'
import { commentTone, detractorBand, raiseSeverity, responseSeverity } from './thresholds.ts'
import { triggerFacts, triggerText } from './trigger-text.ts'

export { withinCooldown } from './dedupe.ts'

export interface RuleOptions {
  /** Minimum confidence for `negative_feedback` (default NEGATIVE_CONFIDENCE = 0.7). */
  negativeConfidence?: number
  /** Decide on unfinished responses too (e.g. a sweep of partials abandoned after the score). */
  includePartial?: boolean
}

export interface ResponseEvent {
  response: ResponseSnapshot
  /** Missing for anonymous respondents. */
  customer?: CustomerSnapshot | null
  /** The customer's current risk, carried into the alert body for context. */
  risk?: RiskSnapshot | null
  /** Exit survey: a save offer is made for the answer's reason and its answer is not in yet. */
  offerPending?: boolean
}

export interface RiskChangeEvent {
  customer: CustomerSnapshot
  previous?: { tier: RiskTier; score?: number | null } | null
  current: { tier: RiskTier; score: number; reasons: RiskReason[] }
  /** When the new score was computed, epoch milliseconds (its UTC day goes into the dedupe key). */
  at: number
}

const ANONYMOUS: CustomerSnapshot = { id: 'anonymous', anonymous: true }

/**
 * Alerts for one response. A detractor answer gives `detractor`; a finished exit survey gives
 * `exit`, and so does one abandoned once its reason was in and no offer awaited an answer (the host
 * page moves on when `exit()` resolves, before the optional comment). A confidently negative
 * comment gives `negative_feedback` only when neither of those fired, since their bodies already
 * carry the comment and its sentiment (one event, one alert).
 */
export function decideResponseAlerts(event: ResponseEvent, options: RuleOptions = {}): Alert[] {
  const { response } = event
  if (!response.finished && !options.includePartial) return []
  const customer = event.customer ?? ANONYMOUS
  const base = { customer, response, ...(event.risk ? { risk: event.risk } : {}) }
  const alerts: Alert[] = []

  const band = detractorBand(response.surveyKind, response.score)
  // Graded by score and comment together (responseSeverity documents the rule).
  const tone = hasText(response.comment) ? commentTone(response.sentiment, options.negativeConfidence) : 'none'
  if (band) {
    const severity = bump(responseSeverity(band, tone)!, customer)
    const trigger = englishTrigger('detractor', base)
    alerts.push(responseAlert('detractor', severity, customer, response, { ...base, trigger }))
  }

  if (response.surveyKind === 'exit' && (response.finished || (!!response.reason && !event.offerPending))) {
    const outcome = response.offerKind ? (response.offerAccepted ? 'saved' : 'declined') : 'no_offer'
    const exit = { reason: response.reason ?? null, reasonLabel: response.reasonLabel ?? null, offer: response.offerKind ?? null, outcome } as const
    // A customer who took the save offer needs a follow-up, not a rescue.
    const severity = bump(outcome === 'saved' ? 'low' : 'medium', customer)
    alerts.push(responseAlert('exit', severity, customer, response, { ...base, exit, trigger: englishTrigger('exit', { ...base, exit }) }))
  }

  const s = response.sentiment
  const commentOnly = responseSeverity(null, tone)
  if (alerts.length === 0 && s && commentOnly) {
    const severity = bump(commentOnly, customer)
    const trigger = englishTrigger('negative_feedback', base)
    alerts.push(responseAlert('negative_feedback', severity, customer, response, { ...base, trigger }))
  }
  return alerts
}

/**
 * Reason codes (see domain/risk/reasons.ts) that say who a customer is, not what they did:
 * tenure ("new customer"), the churn of similar customers, a renewal date. They weigh in the
 * score, but a rise resting on them alone pages nobody: every new customer, every import and
 * every renewal would. Behaviour (usage falling, complaints, tickets, payment trouble, low
 * scores, exit intent) is what makes a rise worth a person's time.
 */
export const CONTEXT_ONLY_REASONS: readonly string[] = ['new_customer', 'segment_churn', 'renewal_soon']

/**
 * Whether a new score is a rise worth an alert: the tier went up from a previous score (a first
 * score only sets the baseline) and at least one reason is behaviour. A reason without a code
 * (an older score) counts, since nothing says it is context only.
 */
export function isAlertableRise(previous: { tier: RiskTier } | null | undefined, current: { tier: RiskTier; reasons: { code?: string }[] }): boolean {
  if (!previous || TIER_RANK[current.tier] <= TIER_RANK[previous.tier]) return false
  return current.reasons.some((r) => !r.code || !CONTEXT_ONLY_REASONS.includes(r.code))
}

/**
 * Alerts for a new risk score. `risk_escalated` when the tier rises to medium or high (as
 * `isAlertableRise` says); `high_value_at_risk` instead when a top-value customer enters high,
 * because that one goes to the most experienced people and a second alert would be noise.
 */
export function decideRiskAlerts(event: RiskChangeEvent): Alert[] {
  const { customer, previous, current, at } = event
  if (!previous || !isAlertableRise(previous, current)) return []
  const before = previous.tier
  const risk: RiskSnapshot = {
    score: current.score,
    tier: current.tier,
    previousTier: before,
    previousScore: previous.score ?? null,
    reasons: current.reasons,
  }
  if (current.tier === 'high' && customer.topValue) {
    const data: AlertData = { customer, risk, trigger: englishTrigger('high_value_at_risk', { risk }) }
    return [{ kind: 'high_value_at_risk', severity: 'critical', dedupeKey: riskDedupeKey('high_value_at_risk', customer.id, 'high', at), customerId: customer.id, data }]
  }
  const severity: Severity = bump(current.tier === 'high' ? 'high' : 'medium', customer)
  const data: AlertData = { customer, risk, trigger: englishTrigger('risk_escalated', { risk }) }
  return [{ kind: 'risk_escalated', severity, dedupeKey: riskDedupeKey('risk_escalated', customer.id, current.tier, at), customerId: customer.id, data }]
}

export interface ValuePolicy {
  /** Value-tier names that mean "top" (default: high, top, vip, enterprise, strategic). */
  topValueTiers?: string[]
  /** Monthly revenue at or above which a customer is top value (the workspace's `highValueRevenue`). */
  highValueRevenue?: number
}

const TOP_TIER_NAMES = ['high', 'top', 'vip', 'enterprise', 'strategic']

/** Whether a customer is in the workspace's top value tier: by its named tier, or by revenue. */
export function isTopValueTier(customer: Pick<CustomerSnapshot, 'valueTier' | 'revenue'>, policy: ValuePolicy = {}): boolean {
  const names = (policy.topValueTiers ?? TOP_TIER_NAMES).map((n) => n.toLowerCase())
  if (customer.valueTier && names.includes(customer.valueTier.toLowerCase())) return true
  const min = policy.highValueRevenue
  return min != null && min > 0 && customer.revenue != null && customer.revenue >= min
}

function responseAlert(kind: Alert['kind'], severity: Severity, customer: CustomerSnapshot, response: ResponseSnapshot, data: AlertData): Alert {
  return { kind, severity, dedupeKey: responseDedupeKey(kind, customer.id, response.id), customerId: customer.id, responseId: response.id, data }
}

function bump(severity: Severity, customer: CustomerSnapshot): Severity {
  return customer.topValue ? raiseSeverity(severity) : severity
}

// The stored `trigger` is English whatever the team reads (API compatibility); messages say it
// again in the team's language from the same facts (trigger-text.ts).
function englishTrigger(kind: Alert['kind'], data: Pick<AlertData, 'response' | 'exit' | 'risk'>): string {
  return triggerText(kind, triggerFacts(data), 'en') ?? kind.replace(/_/g, ' ')
}

function hasText(s: string | null | undefined): boolean {
  return !!s && s.trim().length > 0
}
