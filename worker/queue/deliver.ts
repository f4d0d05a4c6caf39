// Delivering one alert (or one day's digest) to one destination: claim, send, record, and
// schedule the retry. A duplicate message finds the delivery claimed or done and does nothing.
import type { Env } from '../env.ts'
import { afterAttempt, attemptInRun, checkDestinationUrl, deliveryRequest, digestRequest, disabledProblem, problemOf, type DeliveryProblem, type NextState, type OutboundRequest, type RetryPolicy } from '../domain/alerts/index.ts'
import { mayHaveArrived } from '../domain/alerts/resend.ts'
import { LOOKUP_READ_MAX, lookupVerdict, ticketLookup, type TicketLookup } from '../domain/alerts/zendesk-lookup.ts'
import { newId } from '../lib/ids.ts'
import { claim, failWithout, loadJob, recordStatements, type DeliveryJob } from '../services/delivery-store.ts'
import { send, timeoutFor, type SendResult } from '../services/delivery-send.ts'

/** Cloudflare Queues delays a message by at most 12 hours; later retries wait for the sweep. */
export const MAX_QUEUE_DELAY_S = 43_200
// A delayed message may arrive a moment before the stored time (clocks, rounding): still due.
const EARLY_TOLERANCE_MS = 2_000

export interface DeliverOptions {
  timeoutMs?: number
  random?: () => number
  policy?: RetryPolicy
}

export type DeliverOutcome = 'missing' | 'not_pending' | 'not_due' | 'claimed_elsewhere' | NextState['status']

export async function deliver(env: Env, deliveryId: string, options: DeliverOptions = {}): Promise<void> {
  await attemptDelivery(env, deliveryId, options)
}

/** `deliver`, saying what happened (for tests and benches). */
export async function attemptDelivery(env: Env, deliveryId: string, options: DeliverOptions = {}): Promise<DeliverOutcome> {
  const db = env.DB
  const job = await loadJob(db, deliveryId)
  if (!job) return 'missing'
  if (job.status !== 'pending') return 'not_pending'
  const now = Date.now()
  if (job.nextAttemptAt !== null && job.nextAttemptAt > now + EARLY_TOLERANCE_MS) return 'not_due'
  const dest = job.destination
  if (!dest || !dest.enabled) {
    await failWithout(db, job, dest ? disabledProblem(dest.disabledReason) : { code: 'destination_deleted' }).run()
    return 'failed'
  }
  const timeoutMs = options.timeoutMs ?? timeoutFor(dest.kind)
  // Up to two requests (a Zendesk look-up, then the create) fit in the claim.
  if (!(await claim(db, job, now, now + EARLY_TOLERANCE_MS, 2 * timeoutMs + 30_000))) return 'claimed_elsewhere'
  const attempts = job.attempts + 1

  const prepared = await prepare(env, job, now)
  const result: SendResult = 'refused' in prepared
    ? { status: null, problem: prepared.refused, timedOut: false, retryAfter: null, body: '', durationMs: 0 }
    : await sendOnce(prepared, timeoutMs)
  const at = Date.now()
  // A request we refuse to make, or cannot build, will not get better by retrying.
  const state: NextState = 'refused' in prepared
    ? { status: 'failed', disableDestination: false }
    : afterAttempt({ ...result, attempts: attemptInRun(attempts, options.policy), now: at, random: options.random, policy: options.policy })
  const attempt = { at, statusCode: result.status, problem: result.problem, durationMs: result.durationMs }
  await db.batch(recordStatements(db, job, attempts, attempt, state, newId('att'), at))
  if (state.status === 'pending') {
    const delaySeconds = Math.min(MAX_QUEUE_DELAY_S, Math.max(1, Math.ceil(state.delayMs / 1000)))
    try {
      await env.QUEUE.send({ type: 'deliver', deliveryId }, { delaySeconds })
    } catch (err) {
      // next_attempt_at is stored: the sweep re-enqueues it.
      console.error(JSON.stringify({ level: 'warn', msg: 'retry enqueue failed; the sweep will retry', deliveryId, error: String(err) }))
    }
  }
  return state.status
}

interface Prepared {
  request: OutboundRequest
  /** Zendesk, after an attempt that may have created the ticket: look for it first. */
  lookup: TicketLookup | null
}

async function prepare(env: Env, job: DeliveryJob, now: number): Promise<Prepared | { refused: DeliveryProblem }> {
  const dest = job.destination!
  const check = checkDestinationUrl(dest.url, { allowLoopback: env.STAYLOOP_DEV === '1' })
  if (!check.ok) return { refused: { code: 'url_refused', detail: check.reason } }
  // Slack cannot drop a repeat itself: after a timeout, the message says it may be one. (Read
  // before the try: a storage hiccup here is retried, not taken for an unbuildable request.)
  const maybeThere = (dest.kind === 'slack' || dest.kind === 'zendesk') && job.attempts > 0 && (await earlierMayHaveArrived(env.DB, job.id))
  const resent = dest.kind === 'slack' && maybeThere
  try {
    const options = { now, dashboardUrl: job.dashboardUrl, teamLanguage: job.teamLanguage, resent }
    const request = job.digest
      ? await digestRequest(dest, job.digest.digest, job.id, options)
      : await deliveryRequest(dest, job.alert, job.id, options)
    return { request, lookup: dest.kind === 'zendesk' && maybeThere ? ticketLookup(request) : null }
  } catch (err) {
    return { refused: { code: 'request_unbuildable', detail: err instanceof Error ? err.message : String(err) } }
  }
}

/**
 * The delivery's request, once. A ticket the look-up finds counts as delivered; a Zendesk that
 * does not answer the look-up is retried later rather than risk a second ticket; a look-up it
 * refuses (401, 403, 404) leaves the Idempotency-Key as the only guard.
 */
async function sendOnce({ request, lookup }: Prepared, timeoutMs: number): Promise<SendResult> {
  if (lookup) {
    const found = await send(lookup, timeoutMs, LOOKUP_READ_MAX)
    if (found.status === null || found.status === 429 || found.status >= 500) return found
    if (found.status < 300 && lookupVerdict(found.body, lookup.externalId) === 'exists') return { ...found, body: '' }
  }
  return send(request, timeoutMs)
}

async function earlierMayHaveArrived(db: D1Database, deliveryId: string): Promise<boolean> {
  const { results } = await db.prepare('SELECT error FROM delivery_attempts WHERE delivery_id = ? AND error IS NOT NULL').bind(deliveryId).all<{ error: string }>()
  return results.some((r) => mayHaveArrived(problemOf(r.error)))
}
