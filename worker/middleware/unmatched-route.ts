// Requests no /v1 route answers: a path the API has, asked with a method it does not take, is a
// 405 naming the methods it does take (Allow); any other path is a 404. Both in the one error shape.
import type { Context, Hono } from 'hono'
import type { AppEnv } from '../env.ts'
import { errorBody } from '../lib/errors.ts'

/** A Hono route path as a regular expression: `:id` one segment, `:route{a|b}` its alternatives. */
const patternOf = (path: string) =>
  new RegExp(`^${path.replace(/\./g, '\\.').replace(/:\w+\{([^}]+)\}/g, '($1)').replace(/:\w+/g, '[^/]+')}/?$`)

export function unmatchedRoute(app: Hono<AppEnv>) {
  // Read on the first request, once every route is registered.
  let routes: { method: string; pattern: RegExp }[] | null = null
  return (c: Context<AppEnv>) => {
    routes ??= app.routes.filter((r) => r.method !== 'ALL' && r.path.startsWith('/v1/')).map((r) => ({ method: r.method, pattern: patternOf(r.path) }))
    const allowed = [...new Set(routes.filter((r) => r.pattern.test(c.req.path)).map((r) => r.method))]
    if (allowed.length === 0) return c.json(errorBody('not_found', `No route ${c.req.method} ${c.req.path}`, c.get('requestId')), 404)
    c.header('allow', allowed.join(', '))
    return c.json(errorBody('method_not_allowed', `${c.req.method} is not allowed on ${c.req.path}; it takes ${allowed.join(', ')}`, c.get('requestId')), 405)
  }
}
