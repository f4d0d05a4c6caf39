// What the destination form edits and what it sends. The API replaces a destination's filters
// as a whole, refuses unknown filter names and values, and treats an empty list as "any": so
// the form sends every filter it shows, leaving out the ones set to "any".
import type { Destination, DestinationFilters } from './types.ts'
import { parseList } from './taxonomy.ts'

// The values worker/domain/alerts accepts (types.ts ALERT_KINDS, SEVERITIES; routing.ts tiers).
export const ALERT_KINDS = ['detractor', 'negative_feedback', 'risk_escalated', 'exit', 'high_value_at_risk'] as const
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const
export const RISK_TIERS = ['high', 'medium', 'low'] as const

export interface DestinationDraft {
  kind: Destination['kind']
  name: string
  url: string
  kinds: string[]
  /** '' means any severity. */
  minSeverity: string
  tiers: string[]
  topics: string[]
  /** As typed: names separated by commas. */
  valueTiers: string
  digest: boolean
  enabled: boolean
  zendesk: { subdomain: string; email: string; token: string }
}

export function emptyDraft(): DestinationDraft {
  return { kind: 'webhook', name: '', url: '', kinds: [], minSeverity: '', tiers: [], topics: [], valueTiers: '', digest: false, enabled: true, zendesk: { subdomain: '', email: '', token: '' } }
}

export function draftOf(d: Destination): DestinationDraft {
  const f = d.filters ?? {}
  return {
    kind: d.kind,
    name: d.name,
    url: d.url,
    kinds: [...(f.kinds ?? [])],
    minSeverity: f.minSeverity ?? '',
    tiers: [...(f.tiers ?? [])],
    topics: [...(f.topics ?? [])],
    valueTiers: (f.valueTiers ?? []).join(', '),
    digest: d.digest === true,
    enabled: d.enabled !== false,
    // The token is never shown again: empty means "keep the stored one".
    zendesk: { subdomain: d.subdomain ?? '', email: d.email ?? '', token: '' },
  }
}

export function filtersOf(draft: DestinationDraft): DestinationFilters {
  const f: DestinationFilters = {}
  if (draft.kinds.length) f.kinds = ALERT_KINDS.filter((k) => draft.kinds.includes(k))
  if (draft.minSeverity) f.minSeverity = draft.minSeverity
  if (draft.tiers.length) f.tiers = RISK_TIERS.filter((k) => draft.tiers.includes(k))
  if (draft.topics.length) f.topics = [...new Set(draft.topics)]
  const valueTiers = parseList(draft.valueTiers, 'comma')
  if (valueTiers.length) f.valueTiers = valueTiers
  return f
}

export function createBody(draft: DestinationDraft): Record<string, unknown> {
  const body: Record<string, unknown> = { kind: draft.kind, name: draft.name.trim(), filters: filtersOf(draft), digest: draft.digest }
  // A Zendesk destination's URL follows from its subdomain.
  if (draft.kind !== 'zendesk' || draft.url.trim()) body.url = draft.url.trim()
  if (draft.kind === 'zendesk') Object.assign(body, { subdomain: draft.zendesk.subdomain.trim(), email: draft.zendesk.email.trim(), token: draft.zendesk.token })
  return body
}

/** Only what changed, so an unchanged URL or Zendesk token is never re-checked or overwritten. */
export function patchBody(before: Destination, draft: DestinationDraft): Record<string, unknown> {
  const was = draftOf(before)
  const body: Record<string, unknown> = {}
  if (draft.name.trim() !== was.name) body.name = draft.name.trim()
  if (draft.url.trim() !== was.url) body.url = draft.url.trim()
  const filters = filtersOf(draft)
  if (!sameFilters(filters, filtersOf(was))) body.filters = filters
  if (draft.digest !== was.digest) body.digest = draft.digest
  if (draft.enabled !== was.enabled) body.enabled = draft.enabled
  if (draft.kind === 'zendesk') {
    if (draft.zendesk.subdomain.trim() !== was.zendesk.subdomain) body.subdomain = draft.zendesk.subdomain.trim()
    if (draft.zendesk.email.trim() !== was.zendesk.email) body.email = draft.zendesk.email.trim()
    if (draft.zendesk.token) body.token = draft.zendesk.token
  }
  return body
}

function sameFilters(a: DestinationFilters, b: DestinationFilters): boolean {
  const norm = (f: DestinationFilters) => JSON.stringify(Object.entries(f).map(([k, v]) => [k, Array.isArray(v) ? [...v].sort() : v]).sort())
  return norm(a) === norm(b)
}

export function toggle(list: string[], value: string, on: boolean): string[] {
  return on ? (list.includes(value) ? list : [...list, value]) : list.filter((x) => x !== value)
}
