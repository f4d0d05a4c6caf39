// One HTTP attempt: a timeout, no redirects followed (a redirect could lead inside a network),
// and only the first few hundred characters of the answer read.
import type { OutboundRequest } from '../domain/alerts/index.ts'

export const DEFAULT_TIMEOUT_MS = 10_000

export interface SendResult {
  status: number | null
  error: string | null
  timedOut: boolean
  retryAfter: string | null
  /** The start of the answer's body, for the delivery log and the destination test. */
  body: string
  durationMs: number
}

export async function send(request: OutboundRequest, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<SendResult> {
  const started = Date.now()
  try {
    const res = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    })
    const body = await readStart(res, 500)
    const ok = res.status >= 200 && res.status < 300
    const error = ok ? null : `HTTP ${res.status}${body ? `: ${body.slice(0, 200)}` : ''}`
    return { status: res.status, error, timedOut: false, retryAfter: res.headers.get('retry-after'), body, durationMs: Date.now() - started }
  } catch (err) {
    const timedOut = err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')
    const error = timedOut ? `timed out after ${timeoutMs} ms` : `network error: ${err instanceof Error ? err.message : String(err)}`
    return { status: null, error: error.slice(0, 500), timedOut, retryAfter: null, body: '', durationMs: Date.now() - started }
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
