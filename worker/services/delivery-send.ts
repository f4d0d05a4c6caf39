// One HTTP attempt: a timeout, no redirects followed (a redirect could lead inside a network),
// and only the first few hundred characters of the answer read.
import type { DeliveryProblem, DestinationLike, OutboundRequest } from '../domain/alerts/index.ts'

export const DEFAULT_TIMEOUT_MS = 10_000
/**
 * Slack usually answers within a few seconds but has no idempotency key: a request given up on
 * too soon may post anyway and post again on the retry. It gets longer before it is a timeout.
 */
export const SLACK_TIMEOUT_MS = 30_000

export function timeoutFor(kind: DestinationLike['kind']): number {
  return kind === 'slack' ? SLACK_TIMEOUT_MS : DEFAULT_TIMEOUT_MS
}
/** How much of the runtime's message a network error keeps (the stored sentence stays under 500 characters). */
const NETWORK_DETAIL_MAX = 480

export interface SendResult {
  status: number | null
  /** Why it did not deliver (null for a 2xx); stored as its sentence (problemSentence). */
  problem: DeliveryProblem | null
  timedOut: boolean
  retryAfter: string | null
  /** The start of the answer's body, for the delivery log and the destination test. */
  body: string
  durationMs: number
}

/** A request to send: a delivery (POST) or a look-up before one (GET, no body). */
export type SendableRequest = OutboundRequest | { url: string; method: 'GET'; headers: Record<string, string> }

export async function send(request: SendableRequest, timeoutMs = DEFAULT_TIMEOUT_MS, readMax = 500): Promise<SendResult> {
  const started = Date.now()
  try {
    const res = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.method === 'POST' ? request.body : undefined,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    })
    const body = await readStart(res, readMax)
    const ok = res.status >= 200 && res.status < 300
    const problem: DeliveryProblem | null = ok ? null : { code: 'http_status', status: res.status, detail: body.slice(0, 200) || null }
    return { status: res.status, problem, timedOut: false, retryAfter: res.headers.get('retry-after'), body, durationMs: Date.now() - started }
  } catch (err) {
    const timedOut = err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')
    const problem: DeliveryProblem = timedOut
      ? { code: 'timeout', timeoutMs }
      : { code: 'network', detail: (err instanceof Error ? err.message : String(err)).slice(0, NETWORK_DETAIL_MAX) }
    return { status: null, problem, timedOut, retryAfter: null, body: '', durationMs: Date.now() - started }
  }
}

/** Reads at most `max` characters and lets the rest go, so a huge answer costs nothing. */
async function readStart(res: Response, max: number): Promise<string> {
  if (!res.body) return ''
  const reader = res.body.getReader()
  const decoder = new TextDecoder()
  let text = ''
  try {
    while (text.length < max) {
      const { done, value } = await reader.read()
      if (done) break
      text += decoder.decode(value, { stream: true })
    }
  } catch {
    // A body cut short is still an answer; the status is what counts.
  } finally {
    reader.cancel().catch(() => {})
  }
  return text.slice(0, max)
}
