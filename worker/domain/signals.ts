// Behaviour arrives as events (widget) and signals (your backend); both fold into per-customer
// daily counters on arrival, so storage grows with customers × active days, not with clicks.
export const COUNTER_COLUMNS = {
  sessions: 'sessions',
  logins: 'logins',
  pageViews: 'page_views',
  featureUses: 'feature_uses',
  emailClicks: 'email_clicks',
  purchases: 'purchases',
  revenue: 'revenue',
  tickets: 'tickets',
  complaints: 'complaints',
  paymentFailures: 'payment_failures',
  paymentLate: 'payment_late',
  renewals: 'renewals',
} as const

export type Counter = keyof typeof COUNTER_COLUMNS
export type Counters = Partial<Record<Counter, number>>

export const EVENT_TYPES = ['session', 'login', 'page_view', 'feature_used', 'purchase', 'email_clicked'] as const
export const SIGNAL_TYPES = [
  'purchase', 'login', 'session', 'feature_used', 'email_clicked', 'ticket_opened', 'complaint',
  'payment_failed', 'payment_late', 'subscription_renewed', 'subscription_cancelled',
] as const
export type SignalType = (typeof SIGNAL_TYPES)[number] | (typeof EVENT_TYPES)[number]

const COUNTER_OF: Record<SignalType, Counter | null> = {
  session: 'sessions',
  login: 'logins',
  page_view: 'pageViews',
  feature_used: 'featureUses',
  email_clicked: 'emailClicks',
  purchase: 'purchases',
  ticket_opened: 'tickets',
  complaint: 'complaints',
  payment_failed: 'paymentFailures',
  payment_late: 'paymentLate',
  subscription_renewed: 'renewals',
  // A cancellation is a churn outcome on the customer, not a counter.
  subscription_cancelled: null,
}

/** Signals that show the customer is active (and so move last_seen_at). */
export const ACTIVITY_TYPES = new Set<SignalType>(['session', 'login', 'page_view', 'feature_used', 'purchase', 'email_clicked'])

export function utcDay(at: number): string {
  return new Date(at).toISOString().slice(0, 10)
}

/** Groups signals into counter increments per UTC day. A purchase's value adds to revenue. */
export function foldSignals(signals: { type: SignalType; at: number; value?: number }[]): Map<string, Counters> {
  const days = new Map<string, Counters>()
  for (const s of signals) {
    const counter = COUNTER_OF[s.type]
    if (!counter) continue
    const day = utcDay(s.at)
    const counters = days.get(day) ?? {}
    counters[counter] = (counters[counter] ?? 0) + 1
    if (s.type === 'purchase' && typeof s.value === 'number') counters.revenue = (counters.revenue ?? 0) + s.value
    days.set(day, counters)
  }
  return days
}
