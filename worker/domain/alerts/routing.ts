// Which destinations get which alerts, and the daily digest for destinations that ask for one.
import type { Alert, AlertKind, RiskTier, Severity, StoredAlert } from './types.ts'
import { ALERT_KINDS, SEVERITIES } from './types.ts'
import { severityRank } from './thresholds.ts'
import { topicKey } from './next-steps.ts'
import { utcDay } from './dedupe.ts'

/** Every present filter must hold; within one filter any listed value will do. Empty lists are ignored. */
export interface DestinationFilters {
  kinds?: AlertKind[]
  minSeverity?: Severity
  /** Risk tiers; alerts that carry no risk score do not match. */
  tiers?: RiskTier[]
  /** Topic ids; alerts whose response has none of them do not match. */
  topics?: string[]
  /** Customer value tiers (case-insensitive); "top" means the workspace's top value tier. */
  valueTiers?: string[]
}

export function matches(filters: DestinationFilters | null | undefined, alert: Alert): boolean {
  if (!filters) return true
  const { kinds, minSeverity, tiers, topics, valueTiers } = filters
  if (kinds?.length && !kinds.includes(alert.kind)) return false
  if (minSeverity && severityRank(alert.severity) < severityRank(minSeverity)) return false
  if (tiers?.length) {
    const tier = alert.data.risk?.tier
    if (!tier || !tiers.includes(tier)) return false
  }
  if (topics?.length) {
    const wanted = new Set(topics.map(topicKey))
    if (!(alert.data.response?.topics ?? []).some((t) => wanted.has(topicKey(t.id)))) return false
  }
  if (valueTiers?.length) {
    const c = alert.data.customer
    const names = valueTiers.map((v) => v.toLowerCase())
    const tier = c.valueTier?.toLowerCase()
    if (!(tier && names.includes(tier)) && !(c.topValue && names.includes('top'))) return false
  }
  return true
}

const TIERS: RiskTier[] = ['low', 'medium', 'high']

/** Checks stored or submitted filters; returns the cleaned filters or the first problem found. */
export function parseFilters(raw: unknown): { ok: true; filters: DestinationFilters } | { ok: false; error: string } {
  if (raw == null) return { ok: true, filters: {} }
  if (typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, error: 'filters must be an object' }
  const r = raw as Record<string, unknown>
  const known = ['kinds', 'minSeverity', 'tiers', 'topics', 'valueTiers']
  const unknown = Object.keys(r).find((k) => !known.includes(k))
  if (unknown) return { ok: false, error: `unknown filter "${unknown}"` }
  const filters: DestinationFilters = {}
  const list = (key: string, allowed?: readonly string[]): string[] | string | undefined => {
    const v = r[key]
    if (v === undefined) return undefined
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x.length === 0 || x.length > 100)) return `${key} must be a list of names`
    const bad = allowed && v.find((x) => !allowed.includes(x))
    return bad ? `${key}: unknown value "${bad}"` : (v as string[])
  }
  for (const [key, allowed] of [['kinds', ALERT_KINDS], ['tiers', TIERS], ['topics'], ['valueTiers']] as const) {
    const v = list(key, allowed)
    if (typeof v === 'string') return { ok: false, error: v }
    if (v) (filters as Record<string, string[]>)[key] = v
  }
  if (r.minSeverity !== undefined) {
    if (!SEVERITIES.includes(r.minSeverity as Severity)) return { ok: false, error: `minSeverity must be one of ${SEVERITIES.join(', ')}` }
    filters.minSeverity = r.minSeverity as Severity
  }
  return { ok: true, filters }
}

/** Alerts grouped by the UTC day they were created on: one digest per destination and day. */
export function groupByDay<A extends StoredAlert>(alerts: A[]): Map<string, A[]> {
  const days = new Map<string, A[]>()
  for (const a of alerts) {
    const day = utcDay(a.createdAt)
    days.set(day, [...(days.get(day) ?? []), a])
  }
  return days
}

export { buildDigest, type Digest, type DigestItem } from './digest.ts'
