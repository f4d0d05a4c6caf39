// Zendesk keeps an Idempotency-Key for two hours; our retries run for a day. So after an attempt
// that may have created the ticket anyway (it timed out), the retry first asks Zendesk for a
// ticket with the alert's external_id, and creates one only if there is none.
import type { OutboundRequest } from './request.ts'

export interface TicketLookup {
  url: string
  method: 'GET'
  headers: Record<string, string>
  externalId: string
}

/** The List Tickets request (GET /api/v2/tickets.json?external_id=…) for a create-ticket request; null if it names no external_id. */
export function ticketLookup(create: OutboundRequest): TicketLookup | null {
  let externalId: unknown
  try {
    externalId = (JSON.parse(create.body) as { ticket?: { external_id?: unknown } }).ticket?.external_id
  } catch {
    return null
  }
  if (typeof externalId !== 'string' || externalId === '') return null
  const url = new URL(create.url)
  url.searchParams.set('external_id', externalId)
  return { url: url.toString(), method: 'GET', headers: { authorization: create.headers.authorization ?? '', accept: 'application/json' }, externalId }
}

export type LookupVerdict = 'exists' | 'none' | 'unknown'

/** How much of the answer is read: a ticket carries its first comment, up to 60,000 characters of ours. */
export const LOOKUP_READ_MAX = 131_072

/**
 * What Zendesk's answer (or its start) says. A whole answer is parsed; a cut one is read for the
 * field itself: each ticket opens with url, id and external_id, and a field's quotes never appear
 * unescaped inside a string.
 */
export function lookupVerdict(answer: string, externalId: string): LookupVerdict {
  try {
    const tickets = (JSON.parse(answer) as { tickets?: unknown }).tickets
    if (Array.isArray(tickets)) return tickets.some((t) => (t as { external_id?: unknown })?.external_id === externalId) ? 'exists' : 'none'
  } catch {
    // Cut short: read the start.
  }
  const field = new RegExp(`"external_id"\\s*:\\s*${escapeRegExp(JSON.stringify(externalId))}`)
  if (field.test(answer)) return 'exists'
  if (/^\s*\{\s*"tickets"\s*:\s*\[\s*\]/.test(answer)) return 'none'
  return 'unknown'
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
