// Limits on widget routes (Workers Rate Limiting bindings; wrangler simulates them locally): per
// site and client (the widget's client id, on the caller's address), and per site and address, since
// a caller chooses its client id and a fresh one each request would otherwise pass every time. The
// address is only a key: it is never stored.
import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../env.ts'
import { ApiError } from '../lib/errors.ts'

export function publicRateLimit() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const site = c.get('site').id
    const address = c.req.header('cf-connecting-ip')
    const client = c.req.query('clientId') ?? 'anonymous'
    const checks: [RateLimit | undefined, string][] = [
      [c.env.PUBLIC_LIMITER, `${site}:${address ?? ''}:${client}`],
      // Many people behind one office address share this one, so it is ten times the per-client limit.
      [address ? c.env.PUBLIC_ADDRESS_LIMITER : undefined, `${site}:${address}`],
    ]
    for (const [limiter, key] of checks) {
      if (limiter && !(await limiter.limit({ key })).success) throw new ApiError('rate_limited', 'Too many requests; slow down', { headers: { 'retry-after': '60' } })
    }
    await next()
  })
}
