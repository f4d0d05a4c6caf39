// Words for the kinds and statuses the Alerts page shows; an unknown one reads as itself, never
// as a raw key.
import { t, type Key } from '../../i18n/index.ts'
import { dateTime } from '../../lib/format.ts'
import type { Delivery } from '../../lib/types.ts'

/** A kind's label ("Slack", "Detractor") or a status's ("Waiting for the daily digest"). */
export function label(prefix: 'dest_' | 'alert_' | 'v_' | 'kind_' | 'outcome_', kind: string): string {
  const key = (prefix + kind) as Key
  const text = t(key)
  return text === key ? kind.replace(/_/g, ' ') : text
}

/** "Ops hook (Slack)": a destination by its name and kind. */
export function destinationLabel(name: string | null | undefined, kind: string | null | undefined, id: string): string {
  return kind ? `${name ?? id} (${label('dest_', kind)})` : name ?? id
}

/**
 * Why an alert fired, in the reader's language, from the facts the API sends (`about.why`); the
 * API's English sentence when they are missing (an older server, an unknown kind).
 */
export function triggerText(kind: string, a: NonNullable<Delivery['about']>): string | null {
  const w = a.why ?? {}
  const risk = w.riskScore == null ? '' : `${Math.round(w.riskScore)}/100`
  if (kind === 'detractor' && w.surveyKind && w.score != null) return `${label('kind_', w.surveyKind)} ${w.score}`
  if (kind === 'negative_feedback' && w.sentiment && w.confidence != null) return t('trigComment', { s: label('v_', w.sentiment), c: w.confidence.toFixed(2) })
  if (kind === 'exit' && w.exitOutcome) {
    const said = t('trigExit', { r: w.exitReason ?? w.exitReasonId ?? t('noReason') })
    return w.exitOutcome === 'no_offer' ? said : `${said} · ${label('outcome_', w.exitOutcome)}`
  }
  if (kind === 'risk_escalated' && w.riskTier && w.previousTier) return t('trigRisk', { a: label('v_', w.previousTier), b: label('v_', w.riskTier), s: risk })
  if (kind === 'high_value_at_risk' && w.previousTier) return t('trigTopRisk', { s: risk, a: label('v_', w.previousTier) })
  return a.trigger
}

// Written by worker/services/delivery-store.ts when a receiver answers 410 Gone.
const GONE = /^target answered 410 Gone on (\S+)$/

/** Why a destination was disabled, its date in the reader's locale; any other reason as stored. */
export function disabledText(reason: string): string {
  const at = Date.parse(GONE.exec(reason)?.[1] ?? '')
  return Number.isNaN(at) ? reason : t('gone410', { d: dateTime(at) })
}

/** An attempt's result: "HTTP 410" once (the error starts with it too), then what else the error says. */
export function resultParts(status: number | null, error: string | null): [string, string] {
  const head = status ? `HTTP ${status}` : ''
  let rest = error ?? ''
  if (head && rest.startsWith(head)) rest = rest.slice(head.length).replace(/^:\s*/, '')
  const held = /^destination disabled: (.+)$/s.exec(rest)
  return [head, held ? disabledText(held[1]) : rest]
}
