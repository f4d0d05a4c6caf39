// The JSON body of a webhook: `{ type: "alert.<kind>", timestamp, data }`, self-describing, so a
// receiver needs no second call: questions come with their labels, topics with their names.
// A test send is `alert.test`, shaped like a real alert, so receivers that act on `type` ignore it.
import type { StoredAlert } from './types.ts'
import { customerUrl } from './content.ts'
import { nextStepsFor, topicLabel } from './next-steps.ts'
import type { Digest } from './digest.ts'
import { safeText } from '../safe-text.ts'

export interface WebhookPayload {
  type: string
  /** When the event happened (ISO 8601). */
  timestamp: string
  data: Record<string, unknown>
}

export function webhookPayload(alert: StoredAlert, options: { dashboardUrl?: string | null; test?: boolean } = {}): WebhookPayload {
  const { customer, response, risk, exit, trigger } = alert.data
  const data: Record<string, unknown> = {
    alert: { id: alert.id, kind: alert.kind, severity: alert.severity, trigger, createdAt: iso(alert.createdAt) },
    customer: {
      id: customer.id,
      name: customer.name ?? null,
      email: customer.email ?? null,
      locale: customer.locale ?? null,
      plan: customer.plan ?? null,
      revenue: customer.revenue ?? null,
      valueTier: customer.valueTier ?? null,
      topValue: customer.topValue ?? false,
      traits: customer.traits ?? {},
      url: customerUrl(options.dashboardUrl, customer.id),
    },
    nextSteps: nextStepsFor(alert, 'en').map((s) => ({ key: s.key, text: s.text })),
  }
  if (response) {
    data.response = {
      id: response.id,
      survey: { id: response.surveyId, kind: response.surveyKind, name: response.surveyName ?? null },
      questions: response.question ? [{ id: response.question.id, label: response.question.label, answer: response.score ?? null }] : [],
      score: response.score ?? null,
      comment: response.comment ?? null,
      locale: response.locale ?? null,
      reason: response.reason ? { id: response.reason, label: response.reasonLabel ?? response.reason } : null,
      offer: response.offerKind ? { kind: response.offerKind, accepted: response.offerAccepted ?? false } : null,
      sentiment: response.sentiment ?? null,
      topics: (response.topics ?? []).map((t) => ({ id: t.id, label: t.label ?? topicLabel(t.id, 'en'), confidence: t.confidence ?? null })),
      finished: response.finished,
      createdAt: iso(response.createdAt),
    }
  }
  if (risk) data.risk = { score: risk.score, tier: risk.tier, previousTier: risk.previousTier ?? null, previousScore: risk.previousScore ?? null, reasons: risk.reasons }
  if (exit) data.exit = exit
  return { type: options.test ? 'alert.test' : `alert.${alert.kind}`, timestamp: iso(alert.createdAt), data: safeStrings(data) }
}

/**
 * Every string in the payload without control or bidi characters, on one line, since receivers
 * put names and triggers in titles and subjects; a comment keeps its line breaks and tabs.
 */
function safeStrings<T>(value: T, key = ''): T {
  if (typeof value === 'string') return safeText(value, { multiline: key === 'comment' }) as T
  if (Array.isArray(value)) return value.map((v) => safeStrings(v)) as T
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [safeText(k), safeStrings(v, k)])) as T
  return value
}

/** `alert.digest`: the day's alerts for a digest destination. */
export function digestPayload(digest: Digest, nowMs: number): WebhookPayload {
  return { type: 'alert.digest', timestamp: iso(nowMs), data: safeStrings({ ...digest, items: digest.items.map((i) => ({ ...i, createdAt: iso(i.createdAt) })) }) }
}

function iso(ms: number): string {
  return new Date(ms).toISOString()
}
