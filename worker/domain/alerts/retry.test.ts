import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { DEFAULT_RETRY_POLICY, afterAttempt, attemptInRun, classifyOutcome, parseRetryAfter, retryCap, retryDelay } from './retry.ts'

const NOW = Date.UTC(2026, 2, 14, 12, 0, 0)
const HOUR = 3_600_000

describe('classifyOutcome', () => {
  it('maps answers to delivered, retry, disable or failed', () => {
    const table: [Parameters<typeof classifyOutcome>[0], string][] = [
      [{ status: 200 }, 'delivered'], [{ status: 204 }, 'delivered'], [{ status: 299 }, 'delivered'],
      [{ status: 410 }, 'disable'],
      [{ status: 429 }, 'retry'], [{ status: 500 }, 'retry'], [{ status: 503 }, 'retry'], [{ status: 408 }, 'retry'], [{ status: 425 }, 'retry'],
      [{ timedOut: true }, 'retry'], [{ error: 'ECONNREFUSED' }, 'retry'], [{}, 'retry'], [{ status: 200, timedOut: true }, 'retry'],
      [{ status: 400 }, 'failed'], [{ status: 401 }, 'failed'], [{ status: 404 }, 'failed'], [{ status: 422 }, 'failed'], [{ status: 301 }, 'failed'],
    ]
    for (const [input, out] of table) expect(classifyOutcome(input), JSON.stringify(input)).toBe(out)
  })
})

describe('retry schedule', () => {
  it('puts the first retry within 10 s and grows the cap exponentially to a day', () => {
    expect(retryCap(1)).toBe(10_000)
    expect(retryCap(2)).toBe(25_000)
    for (let n = 2; n < 12; n++) expect(retryCap(n)).toBeGreaterThanOrEqual(retryCap(n - 1))
    expect(retryCap(11)).toBe(24 * HOUR)
    expect(retryDelay(1, () => 0.999999)).toBeLessThanOrEqual(10_000)
  })
  it('stays within [1 s, cap] for any random draw (full jitter)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 11 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (n, r) => {
      const d = retryDelay(n, () => r)
      return d >= 1000 && d <= retryCap(n)
    }))
  })
  it('spreads 11 retries over about a day: 21 h on average, 42 h at most', () => {
    const caps = Array.from({ length: DEFAULT_RETRY_POLICY.maxAttempts - 1 }, (_, i) => retryCap(i + 1))
    const worst = caps.reduce((a, b) => a + b, 0)
    expect(worst / HOUR).toBeGreaterThan(36)
    expect(worst / HOUR).toBeLessThan(48)
    expect(worst / 2 / HOUR).toBeGreaterThan(18)
    expect(worst / 2 / HOUR).toBeLessThan(24)
  })
  it('is deterministic with an injected random source', () => {
    expect(retryDelay(5, () => 0.5)).toBe(Math.floor(0.5 * retryCap(5)))
    expect(retryDelay(5, () => 0)).toBe(1000)
  })
})

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP dates', () => {
    expect(parseRetryAfter('120', NOW)).toBe(120_000)
    expect(parseRetryAfter(' 0 ', NOW)).toBe(0)
    expect(parseRetryAfter(new Date(NOW + 90_000).toUTCString(), NOW)).toBe(90_000)
    expect(parseRetryAfter(new Date(NOW - 90_000).toUTCString(), NOW)).toBe(0)
  })
  it('ignores what it cannot read', () => {
    for (const v of [null, undefined, '', '-5', '1.5', 'soon', '12abc']) expect(parseRetryAfter(v, NOW), String(v)).toBeNull()
  })
})

describe('afterAttempt', () => {
  const mid = () => 0.5
  it('acknowledges 2xx', () => {
    expect(afterAttempt({ attempts: 1, status: 201, now: NOW })).toEqual({ status: 'delivered' })
  })
  it('schedules a retry on 500 and honours Retry-After, capped at 6 h', () => {
    const r = afterAttempt({ attempts: 1, status: 500, now: NOW, random: mid })
    expect(r).toEqual({ status: 'pending', delayMs: 5000, nextAttemptAt: NOW + 5000 })
    expect(afterAttempt({ attempts: 1, status: 429, retryAfter: '30', now: NOW, random: mid })).toMatchObject({ delayMs: 30_000 })
    expect(afterAttempt({ attempts: 1, status: 429, retryAfter: '999999', now: NOW, random: mid })).toMatchObject({ delayMs: 6 * HOUR })
    // A Retry-After shorter than our own backoff does not make us retry sooner.
    expect(afterAttempt({ attempts: 6, status: 503, retryAfter: '1', now: NOW, random: mid })).toMatchObject({ delayMs: Math.floor(retryCap(6) / 2) })
  })
  it('retries timeouts, dead-letters after the last attempt', () => {
    expect(afterAttempt({ attempts: 11, timedOut: true, now: NOW, random: mid }).status).toBe('pending')
    expect(afterAttempt({ attempts: 12, timedOut: true, now: NOW, random: mid })).toEqual({ status: 'dead' })
  })
  it('disables the destination on 410 and fails other 4xx for good', () => {
    expect(afterAttempt({ attempts: 1, status: 410, now: NOW })).toEqual({ status: 'failed', disableDestination: true })
    expect(afterAttempt({ attempts: 1, status: 400, now: NOW })).toEqual({ status: 'failed', disableDestination: false })
  })
})

describe('attemptInRun', () => {
  it('a replayed dead letter starts a new run of the schedule while its attempts keep counting', () => {
    const max = DEFAULT_RETRY_POLICY.maxAttempts
    expect([1, 2, max].map((n) => attemptInRun(n))).toEqual([1, 2, max])
    expect([max + 1, max + 2, 2 * max, 2 * max + 1].map((n) => attemptInRun(n))).toEqual([1, 2, max, 1])
    // The 13th attempt ever, failing with a 503, is the first of its run: retried within 10 s, not dead.
    const next = afterAttempt({ status: 503, attempts: attemptInRun(max + 1), now: NOW, random: () => 0.999 })
    expect(next).toMatchObject({ status: 'pending' })
    expect((next as { delayMs: number }).delayMs).toBeLessThanOrEqual(10_000)
    expect(afterAttempt({ status: 503, attempts: attemptInRun(2 * max), now: NOW })).toEqual({ status: 'dead' })
    expect(attemptInRun(4, { ...DEFAULT_RETRY_POLICY, maxAttempts: 3 })).toBe(1)
  })
})
