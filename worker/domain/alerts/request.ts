// The HTTP request for one delivery attempt, whatever the destination kind: the queue consumer
// fetches it (with a timeout and `redirect: 'manual'`) and feeds the answer to `afterAttempt`.
import type { StoredAlert } from './types.ts'
import type { Digest } from './digest.ts'
import { activeSecrets, signedRequest } from './webhook.ts'
import { digestPayload, webhookPayload } from './webhook-payload.ts'
import { slackDigestMessage, slackMessage } from './slack.ts'
import { zendeskDigestTicket, zendeskRequest, zendeskTicket, type ZendeskConfig } from './zendesk.ts'
import type { ContentOptions } from './content.ts'

export interface DestinationLike {
  kind: 'webhook' | 'slack' | 'zendesk'
  url: string
  secret?: string | null
  previousSecret?: string | null
  previousSecretExpiresAt?: number | null
  /** Zendesk: { subdomain, email, token }. */
  config?: Record<string, unknown> | null
}

export interface OutboundRequest {
  url: string
  method: 'POST'
  headers: Record<string, string>
  body: string
}

export interface RequestOptions extends ContentOptions {
  /** Epoch milliseconds of this attempt (the webhook timestamp). */
  now: number
}

/** `deliveryId` is stable across retries: the webhook-id and the Zendesk Idempotency-Key. */
export async function deliveryRequest(dest: DestinationLike, alert: StoredAlert, deliveryId: string, options: RequestOptions): Promise<OutboundRequest> {
  switch (dest.kind) {
    case 'webhook':
      return webhookRequest(dest, deliveryId, JSON.stringify(webhookPayload(alert, options)), options.now)
    case 'slack':
      return json(dest.url, slackMessage(alert, options))
    case 'zendesk':
      return atUrl(zendeskRequest(zendeskTicket(alert, options), zendeskConfig(dest), deliveryId), dest.url)
  }
}

/** One request carrying a day's digest for a `digest: true` destination. */
export async function digestRequest(dest: DestinationLike, digest: Digest, deliveryId: string, options: RequestOptions): Promise<OutboundRequest> {
  switch (dest.kind) {
    case 'webhook':
      return webhookRequest(dest, deliveryId, JSON.stringify(digestPayload(digest, options.now)), options.now)
    case 'slack':
      return json(dest.url, slackDigestMessage(digest, options))
    case 'zendesk':
      return atUrl(zendeskRequest(zendeskDigestTicket(digest, deliveryId, options), zendeskConfig(dest), deliveryId), dest.url)
  }
}

// A Zendesk destination stores its tickets endpoint (derived from the subdomain, or a local
// stand-in in development); an empty url means the derived one.
function atUrl(r: OutboundRequest, url: string): OutboundRequest {
  return url ? { ...r, url } : r
}

async function webhookRequest(dest: DestinationLike, deliveryId: string, body: string, now: number): Promise<OutboundRequest> {
  const secrets = activeSecrets({ secret: dest.secret ?? null, previousSecret: dest.previousSecret, previousSecretExpiresAt: dest.previousSecretExpiresAt }, now)
  return { url: dest.url, ...(await signedRequest(secrets, deliveryId, body, now)) }
}

function json(url: string, payload: unknown): OutboundRequest {
  return { url, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) }
}

export function zendeskConfig(dest: DestinationLike): ZendeskConfig {
  const c = dest.config ?? {}
  const { subdomain, email, token } = c as Record<string, unknown>
  if (typeof subdomain !== 'string' || typeof email !== 'string' || typeof token !== 'string') throw new Error('Zendesk destination needs subdomain, email and token')
  return { subdomain, email, token }
}
