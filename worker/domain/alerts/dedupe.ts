// Dedupe keys and the per-customer cool-down: together they make "never twice for the same thing".
// The keys go into a unique index, so a response processed ten times still yields one alert row.
import type { AlertKind, RiskTier, Severity } from './types.ts'
import { SEVERITIES, TIER_RANK } from './types.ts'

const HOUR_MS = 3_600_000

/** Key for alerts caused by one response: kind + customer + response. */
export function responseDedupeKey(kind: AlertKind, customerId: string, responseId: string): string {
  return `${kind}:${encodePart(customerId)}:${encodePart(responseId)}`
}

/** Key for alerts caused by a risk change: kind + customer + tier + UTC day, so a tier alerts at most once a day. */
export function riskDedupeKey(kind: AlertKind, customerId: string, tier: RiskTier, at: number): string {
  return `${kind}:${encodePart(customerId)}:${tier}:${utcDay(at)}`
}

export function utcDay(at: number): string {
  return new Date(at).toISOString().slice(0, 10)
}

/**
 * True while `now` is less than `hours` after the customer's last alert (of the same kind, if the
 * caller looks it up that way). A missing last alert or a non-positive window never blocks.
 */
export function withinCooldown(lastAlertAt: number | Date | null | undefined, now: number | Date, hours: number): boolean {
  if (lastAlertAt == null || !(hours > 0)) return false
  const last = typeof lastAlertAt === 'number' ? lastAlertAt : lastAlertAt.getTime()
  const at = typeof now === 'number' ? now : now.getTime()
  const elapsed = at - last
  // A clock step backwards (elapsed < 0) still counts as "just alerted".
  return elapsed < hours * HOUR_MS
}

// Ids come from customers' systems; keep ':' unambiguous as the separator.
function encodePart(part: string): string {
  return part.replace(/%/g, '%25').replace(/:/g, '%3A')
}

/** Kinds that are never held back: a customer leaving, or a top account in danger, is always news. */
export const COOLDOWN_EXEMPT: readonly AlertKind[] = ['exit', 'high_value_at_risk']

/** Kinds whose risk tier is the news (the dedupe key holds it), so a higher tier is an escalation too. */
const TIER_KINDS: readonly AlertKind[] = ['risk_escalated', 'high_value_at_risk']

/** How bad an alert is, as the cool-down compares them. */
export interface AlertLevel {
  severity: Severity
  /** The risk tier, for the kinds where the tier is the news; null otherwise. */
  tier?: RiskTier | null
}

type Levelled = { kind: AlertKind; severity: Severity; data?: { risk?: { tier: RiskTier } | null } }

export function alertLevel(alert: Levelled): AlertLevel {
  return { severity: alert.severity, tier: TIER_KINDS.includes(alert.kind) ? alert.data?.risk?.tier ?? null : null }
}

/**
 * The earlier alerts (of the same kind, for the same customer, within the cool-down) that hold
 * `alert` back: those at one of `severities` and, when `tiers` is set, at one of `tiers`, as lists
 * the store's insert matches stored rows against (services/alert-store.ts). So the cool-down holds
 * back repeats at the same or a lower level only: a customer who gets worse (medium then high
 * risk, a medium detractor then a critical one) is always reported.
 */
export function cooldownBar(alert: Levelled): { severities: Severity[]; tiers: RiskTier[] | null } {
  const { severity, tier } = alertLevel(alert)
  return {
    severities: SEVERITIES.slice(rank(SEVERITIES, severity)),
    tiers: tier ? (Object.keys(TIER_RANK) as RiskTier[]).filter((t) => TIER_RANK[t] >= TIER_RANK[tier]) : null,
  }
}

// An unknown value (not one of the stored names) ranks lowest.
function rank<T>(order: readonly T[], value: T): number {
  return Math.max(0, order.indexOf(value))
}
