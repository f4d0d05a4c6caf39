// When to try a delivery again, and what an attempt's answer means.
// Full-jitter exponential backoff (AWS Architecture Blog, "Exponential Backoff and Jitter"):
// delay = random(0, cap_n), cap_n = min(maxDelay, firstRetryMax * factor^(n-1)). With the
// defaults (12 attempts, 10 s, x2.5, 24 h) the first retry comes within 10 s and the 11 retries
// span about 21 h on average, 42 h at the very most: "about a day", then dead letter.

export interface RetryPolicy {
  /** Attempts in all, the first included; after the last failure the delivery is dead-lettered. */
  maxAttempts: number
  /** The first retry happens within this long. */
  firstRetryMaxMs: number
  factor: number
  maxDelayMs: number
  /** No retry sooner than this, so a zero draw never hammers the target. */
  minDelayMs: number
  /** A target's Retry-After is honoured up to this long. */
  maxRetryAfterMs: number
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 12,
  firstRetryMaxMs: 10_000,
  factor: 2.5,
  maxDelayMs: 24 * 3_600_000,
  minDelayMs: 1_000,
  maxRetryAfterMs: 6 * 3_600_000,
}

export type Outcome = 'delivered' | 'retry' | 'disable' | 'failed'

export interface AttemptResult {
  status?: number | null
  error?: string | null
  timedOut?: boolean
}

/**
 * 2xx delivered; 410 Gone disables the destination; 408, 425, 429, 5xx, timeouts and network
 * errors are worth retrying; any other answer (3xx, 4xx) is permanent and fails the delivery.
 * Redirects count as permanent because following one could lead to a private address.
 */
export function classifyOutcome(r: AttemptResult): Outcome {
  if (r.timedOut) return 'retry'
  const s = r.status
  if (s == null || s === 0) return 'retry'
  if (s >= 200 && s < 300) return 'delivered'
  if (s === 410) return 'disable'
  if (s === 408 || s === 425 || s === 429 || s >= 500) return 'retry'
  return 'failed'
}

/** The largest delay before retry number `retry` (1 = the first retry). */
export function retryCap(retry: number, policy: RetryPolicy = DEFAULT_RETRY_POLICY): number {
  return Math.min(policy.maxDelayMs, policy.firstRetryMaxMs * policy.factor ** Math.max(0, retry - 1))
}

/** Full-jitter delay before retry number `retry`; `random` returns [0, 1), injectable for tests. */
export function retryDelay(retry: number, random: () => number = Math.random, policy: RetryPolicy = DEFAULT_RETRY_POLICY): number {
  const cap = retryCap(retry, policy)
  // Floor, not round: a cap like 6103515.625 ms must never be exceeded.
  return Math.floor(Math.max(Math.min(policy.minDelayMs, cap), random() * cap))
}

/** `Retry-After` as milliseconds from `now`: delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | null {
  if (value == null) return null
  const v = value.trim()
  if (/^\d+$/.test(v)) return Number(v) * 1000
  if (!/[a-z]/i.test(v)) return null
  const at = Date.parse(v)
  return Number.isNaN(at) ? null : Math.max(0, at - now)
}

export type NextState =
  | { status: 'delivered' }
  | { status: 'pending'; nextAttemptAt: number; delayMs: number }
  | { status: 'dead' }
  | { status: 'failed'; disableDestination: boolean }

export interface AttemptInput extends AttemptResult {
  /** Attempts made so far in this run of the schedule, this one included (1 after the first; see attemptInRun). */
  attempts: number
  retryAfter?: string | null
  now: number
  random?: () => number
  policy?: RetryPolicy
}

/**
 * Where attempt number `attempts` (every attempt ever made, this one included) stands in its run of
 * the schedule. A replay starts a new run without forgetting earlier attempts: a dead-lettered
 * delivery has used whole runs of `maxAttempts`, so its next attempt is the first of a new run (a
 * delivery that failed for good part-way through a run resumes that run where it stopped).
 */
export function attemptInRun(attempts: number, policy: RetryPolicy = DEFAULT_RETRY_POLICY): number {
  return ((attempts - 1) % policy.maxAttempts) + 1
}

/** What the delivery row becomes after an attempt. */
export function afterAttempt(input: AttemptInput): NextState {
  const policy = input.policy ?? DEFAULT_RETRY_POLICY
  const outcome = classifyOutcome(input)
  if (outcome === 'delivered') return { status: 'delivered' }
  if (outcome === 'disable') return { status: 'failed', disableDestination: true }
  if (outcome === 'failed') return { status: 'failed', disableDestination: false }
  if (input.attempts >= policy.maxAttempts) return { status: 'dead' }
  const jittered = retryDelay(input.attempts, input.random, policy)
  const asked = parseRetryAfter(input.retryAfter, input.now)
  // The target knows best when it can take more, within reason.
  const delayMs = asked == null ? jittered : Math.max(jittered, Math.min(asked, policy.maxRetryAfterMs))
  return { status: 'pending', nextAttemptAt: input.now + delayMs, delayMs }
}
