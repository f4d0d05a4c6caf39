// One message summarising a day's alerts, for destinations that would rather not be paged per alert.
import type { AlertKind, Severity, StoredAlert } from './types.ts'
import { severityRank } from './thresholds.ts'
import { topicKey, topicName } from './next-steps.ts'
import { customerUrl } from './content.ts'
import { utcDay } from './dedupe.ts'

export interface DigestItem {
  alertId: string
  kind: AlertKind
  severity: Severity
  customerId: string
  customerName: string | null
  trigger: string
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
  topTopics: { id: string; label: string; count: number }[]
  /** Most severe first, then oldest first; at most `maxItems`. */
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
  const sorted = [...alerts].sort((x, y) => severityRank(y.severity) - severityRank(x.severity) || x.createdAt - y.createdAt || x.id.localeCompare(y.id))
  const items = sorted.slice(0, maxItems).map((a) => ({
    alertId: a.id,
    kind: a.kind,
    severity: a.severity,
    customerId: a.customerId,
    customerName: a.data.customer.name ?? null,
    trigger: a.data.trigger,
    comment: a.data.response?.comment?.trim() || null,
    customerUrl: a.data.customer.anonymous ? null : customerUrl(options.dashboardUrl, a.customerId),
    createdAt: a.createdAt,
  }))
  const topTopics = [...topics.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 5)
    .map(([id, count]) => ({ id, label: names.get(id) ?? topicName(id, 'en'), count }))
  const first = alerts.reduce<number | null>((m, a) => (m === null || a.createdAt < m ? a.createdAt : m), null)
  return { day: first === null ? null : utcDay(first), total: alerts.length, byKind, bySeverity, topTopics, items, omitted: alerts.length - items.length, summary: summarise(alerts.length, byKind, bySeverity) }
}

/** The most severe alert in the digest ('low' when empty): the digest's own severity. */
export function digestSeverity(digest: Pick<Digest, 'bySeverity'>): Severity {
  return (['critical', 'high', 'medium', 'low'] as const).find((s) => digest.bySeverity[s]) ?? 'low'
}

function summarise(total: number, byKind: Digest['byKind'], bySeverity: Digest['bySeverity']): string {
  if (total === 0) return 'No alerts.'
  const kinds = Object.entries(byKind).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${n} ${k.replace(/_/g, ' ')}`)
  const sev = (['critical', 'high', 'medium', 'low'] as const).filter((s) => bySeverity[s]).map((s) => `${bySeverity[s]} ${s}`)
  return `${total} alert${total === 1 ? '' : 's'}: ${kinds.join(', ')} (${sev.join(', ')})`
}
