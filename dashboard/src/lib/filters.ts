// The responses page's filters: what the URL holds (readable days, a score band) and what the
// API takes (epoch ms; the band by name, which the API applies to NPS answers only).
import { addDays, parseDay } from './period.ts'

export const FILTER_KEYS = ['survey', 'kind', 'band', 'sentiment', 'topic', 'language', 'from', 'to', 'customer', 'q'] as const
export type FilterKey = (typeof FILTER_KEYS)[number]
export type Filters = Partial<Record<FilterKey, string>>

// NPS bands; CSAT and CES answers use their own scale, so a band selects NPS answers only.
export const BANDS = ['detractor', 'passive', 'promoter'] as const

export function filtersFromQuery(q: URLSearchParams): Filters {
  const f: Filters = {}
  for (const k of FILTER_KEYS) {
    const v = q.get(k)?.trim()
    if (v) f[k] = v
  }
  return f
}

/** A topic the taxonomy no longer has (a saved or shared link) is left out: the API would refuse it. */
export const topicGone = (f: Filters, topics: readonly string[] | null | undefined): boolean => !!f.topic && !!topics && !topics.includes(f.topic)

export function apiQuery(f: Filters, topics?: readonly string[] | null): Record<string, string> {
  const out: Record<string, string> = {}
  for (const k of ['survey', 'kind', 'sentiment', 'topic', 'language', 'customer', 'q'] as const) if (f[k]) out[k] = f[k]!
  if (topicGone(f, topics)) delete out.topic
  if (f.band && (BANDS as readonly string[]).includes(f.band)) out.band = f.band
  const from = parseDay(f.from ?? null)
  const to = parseDay(f.to ?? null)
  if (from !== null) out.from = String(from)
  // "to" is the last day shown, included; the API's bound is exclusive.
  if (to !== null) out.to = String(addDays(to, 1))
  return out
}

export function activeCount(f: Filters): number {
  return FILTER_KEYS.filter((k) => f[k]).length
}
