// The responses page's filters: what the URL holds (readable days, a score band) and what the
// API takes (epoch ms, minScore / maxScore).
import { DAY, parseDay } from './period.ts'

export const FILTER_KEYS = ['survey', 'kind', 'band', 'sentiment', 'topic', 'language', 'from', 'to', 'customer', 'q'] as const
export type FilterKey = (typeof FILTER_KEYS)[number]
export type Filters = Partial<Record<FilterKey, string>>

// NPS bands; CSAT and CES answers use their own scale, so the bands are only offered for NPS.
export const BANDS: Record<string, [number, number]> = {
  detractor: [0, 6],
  passive: [7, 8],
  promoter: [9, 10],
}

export function filtersFromQuery(q: URLSearchParams): Filters {
  const f: Filters = {}
  for (const k of FILTER_KEYS) {
    const v = q.get(k)?.trim()
    if (v) f[k] = v
  }
  return f
}

export function apiQuery(f: Filters): Record<string, string> {
  const out: Record<string, string> = {}
  for (const k of ['survey', 'kind', 'sentiment', 'topic', 'language', 'customer', 'q'] as const) if (f[k]) out[k] = f[k]!
  const band = f.band && Object.hasOwn(BANDS, f.band) ? BANDS[f.band] : undefined
  if (band) {
    out.minScore = String(band[0])
    out.maxScore = String(band[1])
  }
  const from = parseDay(f.from ?? null)
  const to = parseDay(f.to ?? null)
  if (from !== null) out.from = String(from)
  // "to" is the last day shown, included; the API's bound is exclusive.
  if (to !== null) out.to = String(to + DAY)
  return out
}

export function activeCount(f: Filters): number {
  return FILTER_KEYS.filter((k) => f[k]).length
}
