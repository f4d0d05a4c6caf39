// Every request gets an id: in the error body, the response header, and any log line.
import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../env.ts'
import { randomToken } from '../lib/ids.ts'

export function requestId() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const id = `req_${randomToken(16)}`
    c.set('requestId', id)
    await next()
    try {
      c.res.headers.set('x-request-id', id)
    } catch {
      // Responses from fetch() (static assets) have immutable headers: copy, then set.
      c.res = new Response(c.res.body, c.res)
      c.res.headers.set('x-request-id', id)
    }
  })
}
