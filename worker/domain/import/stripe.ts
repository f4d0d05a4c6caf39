// Inbound Stripe webhooks: the Stripe-Signature check and the mapping of the four billing events
// that matter for churn to Stayloop signals and customer updates.
import { bytesHex, hexBytes, hmacKey, signHmac, verifyHmac, TOLERANCE_MS } from './hmac.ts'

export type SignatureCheck = { ok: true } | { ok: false; reason: string }

/** `Stripe-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">[,v1=...]` within 5 minutes of now. */
export async function verifyStripeSignature(header: string | undefined, body: string, secret: string, now: number): Promise<SignatureCheck> {
  if (!header) return { ok: false, reason: 'missing Stripe-Signature header' }
  const parts = header.split(',').map((p) => p.trim().split('='))
  const t = parts.find(([k]) => k === 't')?.[1]
  const candidates = parts.filter(([k]) => k === 'v1').map(([, v]) => v ?? '')
  if (!t || !/^\d+$/.test(t) || candidates.length === 0) return { ok: false, reason: 'malformed Stripe-Signature header' }
  if (Math.abs(now - Number(t) * 1000) > TOLERANCE_MS) return { ok: false, reason: 'Stripe-Signature timestamp outside the 5-minute tolerance' }
  const key = await hmacKey(secret)
  for (const candidate of candidates) {
    const bytes = hexBytes(candidate)
    if (bytes && bytes.length === 32 && (await verifyHmac(key, bytes, `${t}.${body}`))) return { ok: true }
  }
  return { ok: false, reason: 'no Stripe-Signature v1 signature matches' }
}

/** What a Stripe client library sends, for tests and local replays. */
export async function stripeSignatureHeader(body: string, secret: string, nowSeconds: number): Promise<string> {
  return `t=${nowSeconds},v1=${bytesHex(await signHmac(secret, `${nowSeconds}.${body}`))}`
}

export interface InboundSignal {
  type: 'purchase' | 'payment_failed' | 'subscription_cancelled'
  at: number
  value?: number
  meta?: Record<string, string | number | null>
}

export interface CustomerUpdate {
  plan?: string
  revenue?: number
  renewalAt?: number
}

export type StripeMapping =
  | { kind: 'ignored'; reason: string }
  | { kind: 'apply'; match: { stayloopId: string | null; stripeCustomerId: string | null }; signals: InboundSignal[]; update: CustomerUpdate | null }

// Currencies Stripe amounts are not in hundredths of (https://docs.stripe.com/currencies#zero-decimal).
const ZERO_DECIMAL = new Set(['bif', 'clp', 'djf', 'gnf', 'jpy', 'kmf', 'krw', 'mga', 'pyg', 'rwf', 'ugx', 'vnd', 'vuv', 'xaf', 'xof', 'xpf'])
const major = (amount: number, currency: unknown) => (ZERO_DECIMAL.has(String(currency).toLowerCase()) ? amount : amount / 100)

type Obj = Record<string, unknown>
const obj = (v: unknown): Obj => (v && typeof v === 'object' ? (v as Obj) : {})
const str = (v: unknown) => (typeof v === 'string' && v ? v : null)
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null)

/** Our customer id from metadata, wherever this event type keeps it (invoices: on the invoice or its subscription details). */
function stayloopIdOf(o: Obj): string | null {
  const candidates = [o.metadata, obj(o.subscription_details).metadata, obj(obj(o.parent).subscription_details).metadata]
  for (const m of candidates) {
    const id = str(obj(m).stayloop_customer_id)
    if (id) return id
  }
  return null
}

/** Monthly recurring revenue of a subscription's items, in major units. */
function monthlyRevenue(sub: Obj): number | null {
  const items = (obj(sub.items).data as unknown[] | undefined) ?? []
  let total = 0
  let priced = false
  for (const raw of items) {
    const item = obj(raw)
    const price = obj(item.price ?? item.plan)
    const amount = num(price.unit_amount) ?? num(price.amount)
    const recurring = obj(price.recurring)
    const interval = str(recurring.interval) ?? str(price.interval)
    const count = num(recurring.interval_count) ?? num(price.interval_count) ?? 1
    if (amount === null || !interval) continue
    const perMonth = { day: 365 / 12, week: 52 / 12, month: 1, year: 1 / 12 }[interval] ?? null
    if (perMonth === null) continue
    priced = true
    total += (major(amount, price.currency ?? sub.currency) * (num(item.quantity) ?? 1) * perMonth) / count
  }
  return priced ? Math.round(total * 100) / 100 : null
}

function planOf(sub: Obj): string | null {
  const item = obj(((obj(sub.items).data as unknown[] | undefined) ?? [])[0])
  const price = obj(item.price)
  return str(price.nickname) ?? str(price.lookup_key) ?? str(obj(item.plan).nickname) ?? str(obj(sub.plan).nickname) ?? str(price.product) ?? str(price.id)
}

export function mapStripeEvent(event: unknown): StripeMapping {
  const e = obj(event)
  const type = str(e.type)
  const o = obj(obj(e.data).object)
  const created = (num(e.created) ?? 0) * 1000
  const match = { stayloopId: stayloopIdOf(o), stripeCustomerId: str(o.customer) ?? str(obj(o.customer).id) }
  switch (type) {
    case 'invoice.payment_failed':
      return { kind: 'apply', match, update: null, signals: [{ type: 'payment_failed', at: created, meta: { invoice: str(o.id), amountDue: major(num(o.amount_due) ?? 0, o.currency) } }] }
    case 'invoice.paid': {
      const paid = num(o.amount_paid) ?? 0
      if (paid <= 0) return { kind: 'ignored', reason: 'invoice.paid for nothing (trial or fully discounted)' }
      const at = (num(obj(o.status_transitions).paid_at) ?? num(e.created) ?? 0) * 1000
      return { kind: 'apply', match, update: null, signals: [{ type: 'purchase', at, value: major(paid, o.currency), meta: { invoice: str(o.id) } }] }
    }
    case 'customer.subscription.deleted': {
      const at = (num(o.ended_at) ?? num(o.canceled_at) ?? num(e.created) ?? 0) * 1000
      const details = obj(o.cancellation_details)
      const reason = str(details.feedback) ?? str(details.reason) ?? 'subscription cancelled in Stripe'
      return { kind: 'apply', match, update: null, signals: [{ type: 'subscription_cancelled', at, meta: { reason, subscription: str(o.id) } }] }
    }
    case 'customer.subscription.updated': {
      const firstItem = obj(((obj(o.items).data as unknown[] | undefined) ?? [])[0])
      const periodEnd = num(o.current_period_end) ?? num(firstItem.current_period_end)
      const update: CustomerUpdate = {}
      const plan = planOf(o)
      const revenue = monthlyRevenue(o)
      if (plan) update.plan = plan
      if (revenue !== null) update.revenue = revenue
      if (periodEnd !== null) update.renewalAt = periodEnd * 1000
      return { kind: 'apply', match, signals: [], update }
    }
    default:
      return { kind: 'ignored', reason: `event type ${type ?? '(none)'} is not used` }
  }
}
