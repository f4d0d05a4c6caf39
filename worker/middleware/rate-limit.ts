// Limits on widget routes (Workers Rate Limiting bindings; wrangler simulates them locally): per
// site and client where the request names its client id (GET /surveys does), and per site and
// caller address (Cloudflare always gives it), since a caller chooses its client id and a fresh one
// each request would otherwise pass every time. The address is only a key: it is never stored.
import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../env.ts'
import { ApiError } from '../lib/errors.ts'

export function publicRateLimit() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const site = c.get('site').id
    const address = c.req.header('cf-connecting-ip')
    const client = c.req.query('clientId')
    const checks: [RateLimit | undefined, string][] = [
      [client !== undefined ? c.env.PUBLIC_LIMITER : undefined, `${site}:${address ?? ''}:${client}`],
      // Many people behind one office address share this one (the widget's writes name no client in
      // their URL), so it is ten times the per-client limit.
      [address ? c.env.PUBLIC_ADDRESS_LIMITER : undefined, `${site}:${address}`],
    ]
    for (const [limiter, key] of checks) {
      if (limiter && !(await limiter.limit({ key })).success) throw new ApiError('rate_limited', 'Too many requests; slow down', { headers: { 'retry-after': '60' } })
    }
    await next()
  })
}
