// Widget routes: the site key is in the path and the page's Origin must be one the site allows.
// CORS answers accordingly; bodies come as text/plain so browsers send no preflight.
import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../env.ts'
import { ApiError } from '../lib/errors.ts'
import { TtlCache } from '../lib/ttl-cache.ts'
import { identitySecrets } from '../lib/identity.ts'

type SiteRow = { id: string; workspace_id: string; allowed_origins: string; identity_secret: string | null; identity_previous: string | null; identity_previous_until: number | null } | null
const siteCache = new TtlCache<SiteRow>(10_000)

/** Site routes call this after a change so this isolate sees it at once. */
export function forgetSites(): void {
  siteCache.clear()
}

export function siteKeyAuth() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const key = c.req.param('siteKey') ?? ''
    const origin = requestOrigin(c.req.raw)
    if (!key.startsWith('pk_')) throw new ApiError('unauthorized', 'Unknown site key')
    const row = await siteCache.get(key, () =>
      c.env.DB.prepare(
        `SELECT s.id, s.workspace_id, s.allowed_origins, w.identity_secret, w.identity_previous, w.identity_previous_until
         FROM sites s JOIN workspaces w ON w.id = s.workspace_id WHERE s.public_key = ?`,
      ).bind(key).first<NonNullable<SiteRow>>())
    if (!row) throw new ApiError('unauthorized', 'Unknown site key')
    const allowedOrigins = JSON.parse(row.allowed_origins) as string[]
    if (!origin) throw new ApiError('forbidden', 'Origin header required for site routes')
    if (!originAllowed(origin, allowedOrigins)) throw new ApiError('forbidden', `Origin ${origin} is not allowed for this site`)
    c.set('site', { id: row.id, workspaceId: row.workspace_id, allowedOrigins, identitySecrets: identitySecrets(row) })
    if (c.req.method === 'OPTIONS') {
      return new Response(null, { status: 204, headers: corsHeaders(origin, true) })
    }
    await next()
    for (const [k, v] of Object.entries(corsHeaders(origin, false))) c.res.headers.set(k, v)
  })
}

/** The page origin: Origin, or for same-origin GETs (which carry none) the request's own origin. */
export function requestOrigin(req: Request): string | null {
  const origin = req.headers.get('origin')
  if (origin && origin !== 'null') return origin
  if (req.headers.get('sec-fetch-site') === 'same-origin') return new URL(req.url).origin
  return null
}

export function originAllowed(origin: string, allowed: string[]): boolean {
  return allowed.some((a) => a === '*' || a.replace(/\/$/, '') === origin)
}

function corsHeaders(origin: string, preflight: boolean): Record<string, string> {
  const headers: Record<string, string> = { 'access-control-allow-origin': origin, vary: 'Origin' }
  if (preflight) {
    headers['access-control-allow-methods'] = 'GET, POST, OPTIONS'
    headers['access-control-allow-headers'] = 'content-type'
    headers['access-control-max-age'] = '86400'
  }
  return headers
}
