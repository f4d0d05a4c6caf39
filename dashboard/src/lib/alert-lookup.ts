// Who a delivery is about. GET /v1/deliveries gives each delivery's alertId but not the alert's
// customer or trigger, so the alerts behind a list of deliveries are read from /v1/alerts a page
// of 500 at a time (newest first, like the deliveries), never one request per row, until every
// one asked for is found or MAX_PAGES were read.
import { useEffect, useRef, useState } from 'preact/hooks'
import { get, qs } from './api.ts'
import type { Alert, List } from './types.ts'

const PAGE = 500
const MAX_PAGES = 10
const EXCERPT = 90

export interface AlertSummary {
  customerId: string | null
  customerName: string | null
  /** Why the alert fired, as the server wrote it ("NPS 3 (detractor: 0-6)"). */
  trigger: string | null
  /** The start of the customer's comment, cut at a word. */
  excerpt: string | null
}

export function summarize(alert: Alert): AlertSummary {
  const data = (alert.data ?? {}) as { customer?: { id?: unknown; name?: unknown }; trigger?: unknown; response?: { comment?: unknown } }
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null)
  return {
    customerId: alert.customerId ?? str(data.customer?.id),
    customerName: str(data.customer?.name),
    trigger: str(data.trigger),
    excerpt: excerpt(str(data.response?.comment)),
  }
}

export function excerpt(text: string | null, max = EXCERPT): string | null {
  if (!text) return null
  const flat = text.replace(/\s+/g, ' ')
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return (space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:!?，。；：！？]+$/, '') + '…'
}

export interface AlertLookup {
  found: Map<string, AlertSummary>
  /** Still reading: rows not found yet may be found. */
  looking: boolean
}

/** A new `generation` (a refresh, another filter) reads again from the newest alert. */
export function useAlertLookup(alertIds: string[], generation: string): AlertLookup {
  const found = useRef(new Map<string, AlertSummary>())
  const cursor = useRef<string | null | undefined>(undefined) // undefined: from the newest; null: no more
  const pages = useRef(0)
  const busy = useRef(false)
  const gen = useRef(generation)
  if (gen.current !== generation) {
    // Alerts made since the last read are newer than its first page. What was found stays.
    gen.current = generation
    cursor.current = undefined
    pages.current = 0
  }
  const mounted = useRef(true)
  useEffect(() => () => void (mounted.current = false), [])
  const [version, setVersion] = useState(0)
  const missing = alertIds.filter((id) => !found.current.has(id))
  const canRead = missing.length > 0 && cursor.current !== null && pages.current < MAX_PAGES
  useEffect(() => {
    // One read at a time; when it lands, the next render asks again for what is still missing.
    if (!canRead || busy.current) return
    busy.current = true
    const readGen = gen.current
    get<List<Alert>>('/v1/alerts' + qs({ limit: PAGE, cursor: cursor.current })).then(
      (page) => {
        for (const a of page.data) found.current.set(a.id, summarize(a))
        if (gen.current !== readGen) return
        cursor.current = page.nextCursor ?? null
        pages.current++
      },
      () => {
        // Show what is known: the rows not found say nothing, rather than retry forever.
        if (gen.current === readGen) cursor.current = null
      },
    ).finally(() => {
      busy.current = false
      if (mounted.current) setVersion((v) => v + 1)
    })
  }, [missing.join(','), canRead, generation, version])
  return { found: found.current, looking: canRead }
}
