// Inbound Zendesk webhooks: the X-Zendesk-Webhook-Signature check, and ticket activity as
// signals. Two payload shapes are read: Zendesk's event webhooks ("zen:event-type:ticket.*",
// requester by Zendesk user id) and the trigger JSON our README asks for (requester external id
// or email, and the satisfaction rating a trigger can send).
import { base64Bytes, bytesBase64, hmacKey, signHmac, verifyHmac, TOLERANCE_MS } from './hmac.ts'
import type { SignatureCheck } from './stripe.ts'

/** Signature = base64 HMAC-SHA256 of timestamp + body, timestamp within 5 minutes of now. */
export async function verifyZendeskSignature(signature: string | undefined, timestamp: string | undefined, body: string, secret: string, now: number): Promise<SignatureCheck> {
  if (!signature || !timestamp) return { ok: false, reason: 'missing X-Zendesk-Webhook-Signature or -Timestamp header' }
  const at = Date.parse(timestamp)
  if (!Number.isFinite(at) || Math.abs(now - at) > TOLERANCE_MS) return { ok: false, reason: 'X-Zendesk-Webhook-Signature-Timestamp outside the 5-minute tolerance' }
  const bytes = base64Bytes(signature)
  if (!bytes || bytes.length !== 32) return { ok: false, reason: 'malformed X-Zendesk-Webhook-Signature' }
  return (await verifyHmac(await hmacKey(secret), bytes, timestamp + body)) ? { ok: true } : { ok: false, reason: 'X-Zendesk-Webhook-Signature does not match' }
}

export async function zendeskSignature(body: string, timestamp: string, secret: string): Promise<string> {
  return bytesBase64(await signHmac(secret, timestamp + body))
}

export type ZendeskMapping =
  | { kind: 'ignored'; reason: string }
  | {
      kind: 'apply'
      match: { externalId: string | null; email: string | null; zendeskUserId: string | null }
      signal: { type: 'ticket_opened' | 'complaint'; at: number; meta: Record<string, string | null> }
      /** What makes a trigger's payload one event (it has no id of its own): the ticket and what happened to it. */
      key: string | null
    }

type Obj = Record<string, unknown>
const obj = (v: unknown): Obj => (v && typeof v === 'object' ? (v as Obj) : {})
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : null)

export function mapZendeskEvent(payload: unknown, now: number): ZendeskMapping {
  const p = obj(payload)
  const type = str(p.type) ?? ''
  const detail = obj(p.detail)
  const ticket = obj(p.ticket)
  const requester = obj(p.requester ?? ticket.requester)
  const match = {
    externalId: str(requester.external_id),
    email: str(requester.email),
    zendeskUserId: str(detail.requester_id) ?? str(requester.id),
  }
  const ticketId = str(detail.id) ?? str(ticket.id)
  const timeOf = (v: unknown) => {
    const t = typeof v === 'string' ? Date.parse(v) : NaN
    return Number.isFinite(t) ? t : now
  }
  const event = str(p.event) ?? ''
  const status = (str(obj(obj(p.event).current).status) ?? str(ticket.status) ?? str(detail.status) ?? '').toLowerCase()
  const rating = (str(obj(ticket.satisfaction_rating).score) ?? str(ticket.satisfaction) ?? str(p.satisfaction) ?? '').toLowerCase()

  if (!match.externalId && !match.email && !match.zendeskUserId) return { kind: 'ignored', reason: 'no requester to match (external_id, email or requester_id)' }
  // Zendesk ratings: good, bad, goodwithcomment, badwithcomment, offered, unoffered.
  if (rating.startsWith('bad')) {
    return { kind: 'apply', match, signal: { type: 'complaint', at: timeOf(p.time ?? ticket.updated_at), meta: { ticket: ticketId, source: 'zendesk satisfaction rating' } }, key: ticketId && `ticket:${ticketId}:bad_rating` }
  }
  if (type === 'zen:event-type:ticket.created' || event === 'ticket_created') {
    return { kind: 'apply', match, signal: { type: 'ticket_opened', at: timeOf(p.time ?? detail.created_at ?? ticket.created_at), meta: { ticket: ticketId, source: 'zendesk' } }, key: ticketId && `ticket:${ticketId}:created` }
  }
  // A solved ticket has no counter of its own: the open ticket already counted, and resolution
  // is not a churn signal in itself.
  if (status === 'solved' || event === 'ticket_solved') return { kind: 'ignored', reason: 'ticket solved (no signal)' }
  return { kind: 'ignored', reason: `event ${type || event || '(none)'} is not used` }
}
