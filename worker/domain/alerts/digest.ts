// One message summarising a day's alerts, for destinations that would rather not be paged per alert.
import type { AlertKind, Severity, StoredAlert } from './types.ts'
import { severityRank } from './thresholds.ts'
import { topicKey, topicName } from './next-steps.ts'
import { customerUrl } from './content.ts'
import { utcDay } from './dedupe.ts'
import { triggerFacts, type TriggerFacts } from './trigger-text.ts'
import { digestSummary } from './digest-text.ts'

export interface DigestItem {
  alertId: string
  kind: AlertKind
  severity: Severity
  customerId: string
  customerName: string | null
  /** An answer with no customer id ("anonymous"). */
  anonymous: boolean
  /** How valuable the customer is, when known: plan, monthly revenue, value tier, top value. */
  plan: string | null
  revenue: number | null
  valueTier: string | null
  topValue: boolean
  /** English, as stored on the alert; `why` holds its facts, for a message in another language. */
  trigger: string
  why: TriggerFacts
  comment: string | null
  customerUrl: string | null
  createdAt: number
}

export interface Digest {
  /** UTC day of the earliest alert (YYYY-MM-DD), or null when there is nothing to say. */
  day: string | null
  total: number
  byKind: Partial<Record<AlertKind, number>>
  bySeverity: Partial<Record<Severity, number>>
  /** `named`: the workspace named the topic (`label` is its name); else `label` is the default English one. */
  topTopics: { id: string; label: string; named: boolean; count: number }[]
  /** Most severe first, then most valuable customer, then oldest; at most `maxItems`. */
  items: DigestItem[]
  /** Alerts counted but not listed. */
  omitted: number
  /** A one-line summary, e.g. "7 alerts: 3 detractor, 2 exit, ... (1 critical, 4 high)". */
  summary: string
}

export interface DigestOptions {
  dashboardUrl?: string | null
  maxItems?: number
}

export function buildDigest(alerts: StoredAlert[], options: DigestOptions = {}): Digest {
  const maxItems = options.maxItems ?? 20
  const byKind: Partial<Record<AlertKind, number>> = {}
  const bySeverity: Partial<Record<Severity, number>> = {}
  const topics = new Map<string, number>()
  // A topic the workspace named or renamed goes by its name ("Page speed"); a default one by the taxonomy's.
  const names = new Map<string, string>()
  for (const a of alerts) {
    byKind[a.kind] = (byKind[a.kind] ?? 0) + 1
    bySeverity[a.severity] = (bySeverity[a.severity] ?? 0) + 1
    for (const t of a.data.response?.topics ?? []) {
      topics.set(topicKey(t.id), (topics.get(topicKey(t.id)) ?? 0) + 1)
      if (t.label) names.set(topicKey(t.id), t.label)
    }
  }
  const sorted = [...alerts].sort((x, y) => severityRank(y.severity) - severityRank(x.severity) || valueOrder(x, y) || x.createdAt - y.createdAt || x.id.localeCompare(y.id))
  const items = sorted.slice(0, maxItems).map((a): DigestItem => ({
    alertId: a.id,
    kind: a.kind,
    severity: a.severity,
    customerId: a.customerId,
    customerName: a.data.customer.name ?? null,
    anonymous: a.data.customer.anonymous === true,
    plan: a.data.customer.plan ?? null,
    revenue: a.data.customer.revenue ?? null,
    valueTier: a.data.customer.valueTier ?? null,
    topValue: a.data.customer.topValue === true,
    trigger: a.data.trigger,
    why: triggerFacts(a.data),
    comment: a.data.response?.comment?.trim() || null,
    customerUrl: a.data.customer.anonymous ? null : customerUrl(options.dashboardUrl, a.customerId),
    createdAt: a.createdAt,
  }))
  const topTopics = [...topics.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 5)
    .map(([id, count]) => ({ id, label: names.get(id) ?? topicName(id, 'en'), named: names.has(id), count }))
  const first = alerts.reduce<number | null>((m, a) => (m === null || a.createdAt < m ? a.createdAt : m), null)
  return { day: first === null ? null : utcDay(first), total: alerts.length, byKind, bySeverity, topTopics, items, omitted: alerts.length - items.length, summary: digestSummary({ total: alerts.length, byKind, bySeverity }, 'en') }
}

/** The most severe alert in the digest ('low' when empty): the digest's own severity. */
export function digestSeverity(digest: Pick<Digest, 'bySeverity'>): Severity {
  return (['critical', 'high', 'medium', 'low'] as const).find((s) => digest.bySeverity[s]) ?? 'low'
}

/**
 * Within a severity, the customers who matter most come first: the workspace's top value tier,
 * then higher monthly revenue; an unknown revenue (or the 0 stored when none was sent) last.
 */
function valueOrder(x: StoredAlert, y: StoredAlert): number {
  const top = Number(y.data.customer.topValue === true) - Number(x.data.customer.topValue === true)
  return top || (y.data.customer.revenue ?? 0) - (x.data.customer.revenue ?? 0)
}
