// Words for the kinds and statuses the Alerts page shows; an unknown one reads as itself, never
// as a raw key.
import { t, type Key } from '../../i18n/index.ts'
import { dateTime, num } from '../../lib/format.ts'
import type { Delivery, DeliveryProblem } from '../../lib/types.ts'
import { ApiError } from '../../lib/api.ts'

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
    const said = t('trigExit', { r: exitReasonText(w.exitReasonId, w.exitReason) ?? t('noReason') })
    return w.exitOutcome === 'no_offer' ? said : `${said} · ${label('outcome_', w.exitOutcome)}`
  }
  if (kind === 'risk_escalated' && w.riskTier && w.previousTier) return t('trigRisk', { a: label('v_', w.previousTier), b: label('v_', w.riskTier), s: risk })
  if (kind === 'high_value_at_risk' && w.previousTier) return t('trigTopRisk', { s: risk, a: label('v_', w.previousTier) })
  return a.trigger
}

/**
 * A built-in exit reason in the reader's language; the alert stored its label in the team's
 * language of the day. A survey's own reason (no built-in id) as the team wrote it.
 */
function exitReasonText(id: string | null | undefined, stored: string | null | undefined): string | null {
  const key = ('reason_' + id) as Key
  if (id && t(key) !== key) return t(key)
  return stored ?? (id ? id.replace(/_/g, ' ') : null)
}

/**
 * A delivery problem in the reader's words, from the facts the API sends (`problem`, a
 * destination's `disabled`): a 410's date in their locale; a network error's message and a
 * receiver's answer as they came; text the server could not name (`other`) as stored.
 */
export function problemText(p: DeliveryProblem): string {
  switch (p.code) {
    case 'timeout': return t('problemTimeout', { n: num(p.timeoutMs) })
    case 'network': return t('problemNetwork', { m: p.detail })
    case 'http_status': return p.detail ? `HTTP ${p.status}: ${p.detail}` : `HTTP ${p.status}`
    case 'gone': return t('gone410', { d: dateTime(p.at) })
    case 'url_refused': return t('problemRefused', { m: p.detail })
    case 'request_unbuildable': return t('problemUnbuildable', { m: p.detail })
    // A 410's sentence already says the destination is disabled.
    case 'destination_disabled': return !p.reason ? t('problemPaused') : p.reason.code === 'gone' ? problemText(p.reason) : t('problemDisabled', { r: problemText(p.reason) })
    case 'destination_deleted': return t('problemDeleted')
    case 'other': return p.detail
    default: return ''
  }
}

/**
 * An attempt's result: "HTTP 500" once, then the rest (the receiver's answer, or the problem in
 * the reader's words). Without `problem` (an older server) the stored text, as it is.
 */
export function resultParts(status: number | null, problem: DeliveryProblem | null | undefined, error: string | null): [string, string] {
  const head = status ? `HTTP ${status}` : ''
  if (problem === undefined) return error ? ['', error] : [head, '']
  if (!problem) return [head, '']
  if (problem.code === 'http_status') return [`HTTP ${problem.status}`, problem.detail ?? '']
  // A code this dashboard does not know yet reads as the server's sentence.
  return [head, problemText(problem) || (error ?? '')]
}

/**
 * Why a replay was refused, in the reader's words: the destination's problem from the 409's details
 * (deleted, or disabled and why, with what to do); any other refusal as the server said it.
 */
export function replayRefusal(err: unknown): string {
  const details = err instanceof ApiError && Array.isArray(err.details) ? err.details as { problem?: DeliveryProblem }[] : []
  const problem = details.find((d) => d && typeof d.problem?.code === 'string')?.problem
  const said = problem && problemText(problem)
  if (!said) return err instanceof Error ? err.message : String(err)
  return problem.code === 'destination_disabled' ? t('replayEnableFirst', { r: said }) : t('replayRefused', { r: said })
}
