// Zendesk ticket for an alert: POST https://{subdomain}.zendesk.com/api/v2/tickets.json with
// API-token Basic auth and our delivery id as Idempotency-Key, so a retried create is not a second ticket.
import type { Severity, StoredAlert } from './types.ts'
import { buildAlertContent, contentToText, type ContentOptions } from './content.ts'
import { bytesToBase64 } from './base64.ts'
import { topicKey } from './next-steps.ts'
import type { Digest } from './digest.ts'
import { digestLanguage, digestSummary, digestWord, itemKind, itemTrigger, itemValue, itemWho, topicsText } from './digest-text.ts'
import { WORDS } from './i18n.ts'
import { safeText } from '../safe-text.ts'

export interface ZendeskConfig {
  subdomain: string
  /** The agent the API token belongs to. */
  email: string
  token: string
}

export interface ZendeskTicket {
  subject: string
  comment: { body: string; public: boolean }
  requester?: { name: string; email: string }
  tags: string[]
  priority: 'urgent' | 'high' | 'normal' | 'low'
  external_id: string
}

export interface ZendeskRequest {
  url: string
  method: 'POST'
  headers: Record<string, string>
  body: string
}

const PRIORITY: Record<Severity, ZendeskTicket['priority']> = { critical: 'urgent', high: 'high', medium: 'normal', low: 'low' }
const SUBJECT_MAX = 150
const BODY_MAX = 60_000

export function zendeskPriority(severity: Severity): ZendeskTicket['priority'] {
  return PRIORITY[severity]
}

/** Zendesk tags: lowercase, no spaces; we keep to letters, digits, "_" and "-". */
export function zendeskTag(raw: string): string {
  return raw.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9_-]+/g, '_').replace(/_+/g, '_').replace(/^_|_$/g, '').slice(0, 80)
}

export function zendeskTags(alert: StoredAlert): string[] {
  const { response, risk, exit } = alert.data
  const raw = ['stayloop', `stayloop_${alert.kind}`, `severity_${alert.severity}`]
  for (const t of response?.topics ?? []) raw.push(`topic_${topicKey(t.id)}`)
  if (risk) raw.push(`risk_${risk.tier}`)
  if (exit?.reason) raw.push(`exit_${exit.reason}`)
  if (alert.data.customer.topValue) raw.push('top_value')
  return [...new Set(raw.map(zendeskTag).filter((t) => t.length > 0))]
}

/**
 * The ticket. The body is team-facing (risk reasons, next steps), so it is a private note:
 * a public comment would be emailed to the requester, the customer themselves.
 */
export function zendeskTicket(alert: StoredAlert, options: ContentOptions = {}): ZendeskTicket {
  const c = buildAlertContent(alert, options)
  const customer = alert.data.customer
  // A test send says so where agents and triggers look first: the subject and a tag.
  const ticket: ZendeskTicket = {
    subject: clip(`${c.test ? '[Test] ' : ''}[Stayloop] ${c.title}`, SUBJECT_MAX),
    comment: { body: clip(contentToText(c), BODY_MAX), public: false },
    tags: c.test ? [...new Set(['stayloop', 'stayloop_test', ...zendeskTags(alert)])] : zendeskTags(alert),
    priority: zendeskPriority(alert.severity),
    external_id: alert.id,
  }
  // Without an email Zendesk cannot find or create the requester; the token's agent becomes it.
  if (customer.email) ticket.requester = { name: safeText(customer.name || customer.email), email: safeText(customer.email) }
  return ticket
}

/** The day's digest as one private ticket, in the team's language (`teamLanguage`, or `language` when it names one). */
export function zendeskDigestTicket(digest: Digest, externalId: string, options: Pick<ContentOptions, 'language' | 'teamLanguage'> = {}): ZendeskTicket {
  const lang = digestLanguage(options)
  const colon = lang === 'en' ? ': ' : '：'
  const item = (i: Digest['items'][number]) => {
    const value = itemValue(i, lang)
    const parts = [safeText(itemWho(i, lang)), ...(value ? [safeText(value)] : []), safeText(itemTrigger(i, lang)), ...(i.customerUrl ? [i.customerUrl] : [])]
    return `- [${WORDS[i.severity][lang]}] ${itemKind(i, lang)}${colon}${parts.join(' · ')}`
  }
  const lines = [safeText(digestSummary(digest, lang))]
  if (digest.topTopics.length) lines.push(`${digestWord('topTopics', lang)}${colon}${safeText(topicsText(digest, lang))}`)
  lines.push('', ...digest.items.map(item))
  if (digest.omitted) lines.push(digestWord('more', lang, digest.omitted))
  const worst = (['critical', 'high', 'medium', 'low'] as const).find((s) => digest.bySeverity[s]) ?? 'low'
  return {
    subject: clip(`[Stayloop] ${digestWord('subject', lang)} ${digest.day ?? ''}`.trim(), SUBJECT_MAX),
    comment: { body: clip(lines.join('\n'), BODY_MAX), public: false },
    tags: ['stayloop', 'stayloop_digest'],
    priority: zendeskPriority(worst),
    external_id: externalId,
  }
}

/** The full create-ticket request; `deliveryId` is stable across retries, hence the idempotency key. */
export function zendeskRequest(ticket: ZendeskTicket, config: ZendeskConfig, deliveryId: string): ZendeskRequest {
  if (!isValidSubdomain(config.subdomain)) throw new Error('invalid Zendesk subdomain')
  return {
    url: zendeskTicketsUrl(config.subdomain),
    method: 'POST',
    headers: {
      authorization: basicAuth(config),
      'content-type': 'application/json',
      accept: 'application/json',
      'idempotency-key': deliveryId,
    },
    body: JSON.stringify({ ticket }),
  }
}

export function zendeskTicketsUrl(subdomain: string): string {
  return `https://${subdomain.toLowerCase()}.zendesk.com/api/v2/tickets.json`
}

export function isValidSubdomain(subdomain: string): boolean {
  return /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i.test(subdomain)
}

/** `Basic base64("{email}/token:{token}")`, UTF-8 encoded first since btoa only takes Latin-1. */
export function basicAuth(config: Pick<ZendeskConfig, 'email' | 'token'>): string {
  return `Basic ${bytesToBase64(new TextEncoder().encode(`${config.email}/token:${config.token}`))}`
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = /[\ud800-\udbff]/.test(text[max - 2] ?? '') ? max - 2 : max - 1
  return text.slice(0, cut) + '…'
}
