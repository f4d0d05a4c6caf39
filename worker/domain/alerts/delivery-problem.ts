// Why a delivery failed, or why a destination was switched off, as facts: a code and what goes
// with it. The stored text (deliveries.last_error, delivery_attempts.error,
// destinations.disabled_reason) stays an English sentence, for whoever reads the rows and for
// older clients; this module alone writes those sentences and reads them back, so the API can
// send the facts beside them and the dashboard can say them in the reader's language.

export type DeliveryProblem =
  /** No answer within the time allowed. */
  | { code: 'timeout'; timeoutMs: number }
  /** No answer at all; `detail` is the runtime's message, as it gave it. */
  | { code: 'network'; detail: string }
  /** An answer other than 2xx; `detail` is the start of its body, if it had one. */
  | { code: 'http_status'; status: number; detail: string | null }
  /** The target answered 410 Gone, which disabled the destination at `at` (epoch ms). */
  | { code: 'gone'; at: number }
  /** Not sent: the destination's URL may not be called (a private address outside local development). */
  | { code: 'url_refused'; detail: string }
  /** Not sent: no request could be made from the destination's settings. */
  | { code: 'request_unbuildable'; detail: string }
  /** Not sent: the destination is disabled; `reason` is why (null when a person paused it). */
  | { code: 'destination_disabled'; reason: DeliveryProblem | null }
  /** Not sent: the destination was deleted. */
  | { code: 'destination_deleted' }
  /** Text these codes do not describe (written by an older release): `detail` is it, as stored. */
  | { code: 'other'; detail: string }

export type DeliveryProblemCode = DeliveryProblem['code']

/** The stored English sentence for a problem. `readProblem` gives the problem back. */
export function problemSentence(p: DeliveryProblem): string {
  switch (p.code) {
    case 'timeout': return `timed out after ${p.timeoutMs} ms`
    case 'network': return `network error: ${p.detail}`
    case 'http_status': return `HTTP ${p.status}${p.detail ? `: ${p.detail}` : ''}`
    case 'gone': return `target answered 410 Gone on ${new Date(p.at).toISOString()}`
    case 'url_refused': return `refused: ${p.detail}`
    case 'request_unbuildable': return `cannot build the request: ${p.detail}`
    case 'destination_disabled': return `destination disabled${p.reason ? `: ${problemSentence(p.reason)}` : ''}`
    case 'destination_deleted': return 'destination deleted'
    case 'other': return p.detail
  }
}

// Each sentence's reader. Every pattern matches only what problemSentence writes, so any stored
// text reads back to a problem whose sentence is that very text.
const TIMEOUT = /^timed out after (0|[1-9]\d{0,14}) ms$/
const NETWORK = /^network error: ([\s\S]*)$/
const HTTP = /^HTTP ([1-9]\d{2})(?:: ([\s\S]+))?$/
const GONE = /^target answered 410 Gone on (\S+)$/
const REFUSED = /^refused: ([\s\S]*)$/
const UNBUILDABLE = /^cannot build the request: ([\s\S]*)$/
const DISABLED = /^destination disabled(?:: ([\s\S]+))?$/

/** A stored sentence read back into its problem; text it does not know is `other`. */
export function readProblem(text: string): DeliveryProblem {
  let m: RegExpExecArray | null
  if ((m = TIMEOUT.exec(text))) return { code: 'timeout', timeoutMs: Number(m[1]) }
  if ((m = NETWORK.exec(text))) return { code: 'network', detail: m[1] }
  if ((m = HTTP.exec(text))) return { code: 'http_status', status: Number(m[1]), detail: m[2] ?? null }
  if ((m = GONE.exec(text))) {
    const at = Date.parse(m[1])
    // Only the form we write (toISOString), so the sentence reads back unchanged.
    if (!Number.isNaN(at) && new Date(at).toISOString() === m[1]) return { code: 'gone', at }
  }
  if ((m = REFUSED.exec(text))) return { code: 'url_refused', detail: m[1] }
  if ((m = UNBUILDABLE.exec(text))) return { code: 'request_unbuildable', detail: m[1] }
  if ((m = DISABLED.exec(text))) return { code: 'destination_disabled', reason: m[1] === undefined ? null : readProblem(m[1]) }
  if (text === 'destination deleted') return { code: 'destination_deleted' }
  return { code: 'other', detail: text }
}

/** `readProblem` for a column that may be empty: no text, no problem. */
export function problemOf(text: string | null | undefined): DeliveryProblem | null {
  return text ? readProblem(text) : null
}

/** A delivery not sent because its destination is disabled, with the destination's stored reason. */
export function disabledProblem(storedReason: string | null): DeliveryProblem {
  return { code: 'destination_disabled', reason: problemOf(storedReason) }
}
