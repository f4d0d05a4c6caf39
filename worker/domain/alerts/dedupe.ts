// Dedupe keys and the per-customer cool-down: together they make "never twice for the same thing".
// The keys go into a unique index, so a response processed ten times still yields one alert row.
import type { AlertKind, RiskTier } from './types.ts'

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

/**
 * The alerts that survive the cool-down. `lastAlertAt(kind)` is when this customer last got an
 * alert of that kind (null if never); a workspace's `alertCooldownHours` is the usual `hours`.
 */
export function applyCooldown<A extends { kind: AlertKind }>(alerts: A[], lastAlertAt: (kind: AlertKind) => number | null, now: number, hours: number): A[] {
  return alerts.filter((a) => COOLDOWN_EXEMPT.includes(a.kind) || !withinCooldown(lastAlertAt(a.kind), now, hours))
}
