// The body of an alert: who, what, and what to do next, ready for any destination to lay out.
// Team-facing words come in the chosen language; the customer's own words are quoted as written
// (line breaks kept). No text leaves with control or bidi-override characters (safe-text.ts).
import type { Alert, CustomerSnapshot, ResponseSnapshot, RiskSnapshot } from './types.ts'
import { KIND_TITLES, LABELS, WORDS, languageFor, offerKindText, type Lang } from './i18n.ts'
import { triggerFacts, triggerText } from './trigger-text.ts'
import { nextStepsFor, topicName, type NextStep } from './next-steps.ts'
import { safeText } from '../safe-text.ts'

export interface ContentOptions {
  /** 'team' (default) uses `teamLanguage`; 'customer' follows the customer's locale; or name one. */
  language?: 'team' | 'customer' | Lang
  teamLanguage?: Lang
  /** The dashboard's origin, for the link to the customer (`{dashboardUrl}/app/customers/{id}`). */
  dashboardUrl?: string | null
  /** How many traits to show, at most (default 6). */
  maxTraits?: number
  /** A test send (`POST /v1/destinations/{id}/test`): every destination marks it as one. */
  test?: boolean
  /** Sent again after an attempt that may have arrived (resend.ts): Slack, which cannot drop repeats, says so. */
  resent?: boolean
}

export interface Fact {
  label: string
  value: string
}

export interface AlertContent {
  kind: Alert['kind']
  severity: Alert['severity']
  language: Lang
  /** A test send, not a real alert. */
  test: boolean
  /** e.g. "Detractor: Dana Smith (cus_42)". */
  title: string
  /** Why it fired, e.g. "NPS 2 (detractor: 0-6)". */
  trigger: string
  who: Fact[]
  what: Fact[]
  /** The customer's comment exactly as written, with the language it was written in. */
  quote: { text: string; locale: string | null; language: Lang } | null
  reasons: string[]
  nextSteps: NextStep[]
  customerUrl: string | null
}

const SCALES: Record<string, string> = { nps: '10', csat: '5', ces: '7', custom: '10' }

export function buildAlertContent(alert: Alert, options: ContentOptions = {}): AlertContent {
  const { customer, response, risk, exit } = alert.data
  const lang = pickLanguage(options, customer, response)
  const L = (key: keyof typeof LABELS) => LABELS[key][lang]
  const who: Fact[] = [{ label: L('customer'), value: customerText(customer, lang) }]
  if (customer.email) who.push({ label: L('email'), value: customer.email })
  if (customer.plan) who.push({ label: L('plan'), value: customer.plan })
  const revenue = revenueText(customer.revenue, lang)
  if (revenue) who.push({ label: L('revenue'), value: revenue })
  const tier = [customer.valueTier, customer.topValue ? L('topValue') : null].filter(Boolean).join(', ')
  if (tier) who.push({ label: L('valueTier'), value: tier })
  for (const [key, value] of traitEntries(customer, options.maxTraits ?? 6)) who.push({ label: key, value })

  const what: Fact[] = []
  if (response?.score != null) what.push({ label: L('score'), value: scoreText(response) })
  if (response?.question?.label) what.push({ label: L('question'), value: response.question.label })
  if (exit) {
    what.push({ label: L('exitReason'), value: exit.reasonLabel ?? exit.reason ?? '-' })
    what.push({ label: L('offer'), value: exit.offer ? `${offerKindText(exit.offer, lang)}: ${WORDS[exit.outcome][lang]}` : WORDS.no_offer[lang] })
  }
  if (response?.sentiment) what.push({ label: L('sentiment'), value: sentimentText(response.sentiment, lang) })
  if (response?.topics?.length) what.push({ label: L('topics'), value: response.topics.map((x) => x.label ?? topicName(x.id, lang)).join(', ') })
  if (risk) what.push({ label: L('risk'), value: riskText(risk, lang) })

  const comment = response?.comment ? safeText(response.comment, { multiline: true }).trim() : ''
  const safeFact = (f: Fact): Fact => ({ label: safeText(f.label), value: safeText(f.value) })
  return {
    kind: alert.kind,
    severity: alert.severity,
    language: lang,
    test: options.test === true,
    title: safeText(`${KIND_TITLES[alert.kind][lang]}: ${customerText(customer, lang)}`),
    // Said from the alert's facts in this message's language; the stored English sentence only
    // when an older alert lacks them.
    trigger: safeText(triggerText(alert.kind, triggerFacts(alert.data), lang) ?? alert.data.trigger),
    who: who.map(safeFact),
    what: what.map(safeFact),
    quote: comment ? { text: comment, locale: response?.locale ?? customer.locale ?? null, language: languageFor(response?.locale ?? customer.locale) } : null,
    reasons: (risk?.reasons ?? []).map((r) => safeText((lang === 'en' ? undefined : r.i18n?.[lang]) ?? r.text)),
    nextSteps: nextStepsFor(alert, lang).map((s) => ({ ...s, text: safeText(s.text) })),
    customerUrl: customer.anonymous ? null : customerUrl(options.dashboardUrl, customer.id),
  }
}

/** Plain text rendering: the Zendesk ticket body, Slack's fallback text, digest details. */
export function contentToText(c: AlertContent): string {
  const L = (key: keyof typeof LABELS) => LABELS[key][c.language]
  const lines = [...(c.test ? [L('testNotice'), ''] : []), c.title, `${L('severity')}: ${WORDS[c.severity][c.language]} · ${c.trigger}`, '']
  for (const f of [...c.who, ...c.what]) lines.push(`${f.label}: ${f.value}`)
  if (c.quote) lines.push('', `${L('comment')}:`, ...c.quote.text.split('\n').map((l) => `> ${l}`))
  if (c.reasons.length) lines.push('', `${L('reasons')}:`, ...c.reasons.map((r) => `- ${r}`))
  if (c.nextSteps.length) lines.push('', `${L('nextSteps')}:`, ...c.nextSteps.map((s) => `- ${s.text}`))
  if (c.customerUrl) lines.push('', `${L('openCustomer')}: ${c.customerUrl}`)
  return lines.join('\n')
}

/** "Dana Smith (cus_42)", "cus_42", or an anonymous respondent in words. */
export function customerText(customer: Pick<CustomerSnapshot, 'id' | 'name' | 'anonymous'>, lang: Lang): string {
  if (customer.anonymous) return LABELS.anonymous[lang]
  return customer.name ? `${customer.name} (${customer.id})` : customer.id
}

/** "2,400/mo"; null when unknown. Revenue defaults to 0 when never sent: "0/mo" would read as a free customer. */
export function revenueText(revenue: number | null | undefined, lang: Lang): string | null {
  return revenue != null && revenue > 0 ? `${formatNumber(revenue, lang)}${LABELS.perMonth[lang]}` : null
}

export function customerUrl(dashboardUrl: string | null | undefined, customerId: string): string | null {
  if (!dashboardUrl) return null
  return `${dashboardUrl.replace(/\/+$/, '')}/app/customers/${encodeURIComponent(customerId)}`
}

function pickLanguage(options: ContentOptions, customer: CustomerSnapshot, response?: ResponseSnapshot): Lang {
  const choice = options.language ?? 'team'
  if (choice === 'team') return options.teamLanguage ?? 'en'
  if (choice === 'customer') return languageFor(response?.locale ?? customer.locale)
  return choice
}

function scoreText(r: ResponseSnapshot): string {
  const scale = SCALES[r.surveyKind]
  return `${r.surveyKind.toUpperCase()} ${r.score}${scale ? `/${scale}` : ''}`
}

function sentimentText(s: NonNullable<ResponseSnapshot['sentiment']>, lang: Lang): string {
  const key = s.label === 'neg' ? 'negative' : s.label === 'pos' ? 'positive' : s.label
  const word = key === 'negative' || key === 'positive' || key === 'neutral' || key === 'mixed' ? WORDS[key][lang] : key
  return `${word} (${s.confidence.toFixed(2)})`
}

function riskText(r: RiskSnapshot, lang: Lang): string {
  const tier = WORDS[r.tier][lang]
  const before = r.previousTier ? WORDS[r.previousTier][lang] : null
  const was = !before ? '' : lang === 'en' ? `, was ${before}` : lang === 'zh-Hans' ? `，之前为${before}` : `，之前為${before}`
  return `${Math.round(r.score)}/100, ${tier}${was}`
}

// Building an Intl.NumberFormat costs far more than using one: keep one per language.
const numberFormats = new Map<Lang, Intl.NumberFormat>()

function formatNumber(n: number, lang: Lang): string {
  let f = numberFormats.get(lang)
  if (!f) numberFormats.set(lang, (f = new Intl.NumberFormat(lang === 'en' ? 'en-US' : lang === 'zh-Hant' ? 'zh-TW' : 'zh-CN', { maximumFractionDigits: 2 })))
  return f.format(n)
}

// Traits that repeat a field shown above ("plan" next to Plan, "Email" next to Email) are left out.
const SHOWN_FIELDS = new Set(['name', 'email', 'plan', 'revenue', 'mrr', 'valuetier', 'tier', 'locale'])
const fieldKey = (key: string) => key.toLowerCase().replace(/[\s_-]/g, '')

// Only simple values: nested objects would not read well in a chat message or a ticket. Each key
// once, whatever its case.
function traitEntries(customer: CustomerSnapshot, max: number): [string, string][] {
  const out: [string, string][] = []
  const seen = new Set(SHOWN_FIELDS)
  for (const [key, value] of Object.entries(customer.traits ?? {})) {
    if (out.length >= max) break
    if (seen.has(fieldKey(key))) continue
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      seen.add(fieldKey(key))
      out.push([key, String(value)])
    }
  }
  return out
}
