// Per site and client limit on widget routes (Workers Rate Limiting binding; wrangler simulates
// it locally). The client is the widget's client id, else a hash-free coarse key: no raw IP kept.
import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../env.ts'
import { ApiError } from '../lib/errors.ts'

export function publicRateLimit() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const limiter = c.env.PUBLIC_LIMITER
    if (limiter) {
      const client = c.req.query('clientId') ?? c.req.header('cf-connecting-ip') ?? 'anonymous'
      const { success } = await limiter.limit({ key: `${c.get('site').id}:${client}` })
      if (!success) throw new ApiError('rate_limited', 'Too many requests; slow down', { headers: { 'retry-after': '60' } })
    }
    await next()
  })
}
