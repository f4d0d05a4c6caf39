// Server routes: `Authorization: Bearer sk_...`, or the dashboard's session cookie (which stands
// for the secret key it was exchanged for, and dies with it).
import { createMiddleware } from 'hono/factory'
import { getCookie } from 'hono/cookie'
import type { AppEnv } from '../env.ts'
import { ApiError } from '../lib/errors.ts'
import { sha256Hex } from '../lib/ids.ts'

export const SESSION_COOKIE = 'stayloop_session'

export function secretKeyAuth() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const header = c.req.header('authorization')
    if (header) {
      const match = /^Bearer\s+(\S+)$/i.exec(header)
      if (!match) throw new ApiError('unauthorized', 'Authorization must be "Bearer sk_..."')
      const key = match[1]
      if (key.startsWith('pk_')) throw new ApiError('forbidden', 'A site key cannot call server routes; use a secret key')
      if (!key.startsWith('sk_')) throw new ApiError('unauthorized', 'Unknown API key')
      const row = await c.env.DB.prepare('SELECT id, workspace_id, revoked_at FROM api_keys WHERE hash = ?')
        .bind(await sha256Hex(key))
        .first<{ id: string; workspace_id: string; revoked_at: number | null }>()
      if (!row || row.revoked_at !== null) throw new ApiError('unauthorized', row ? 'This API key was revoked' : 'Unknown API key')
      c.set('auth', { workspaceId: row.workspace_id, apiKeyId: row.id })
      return next()
    }
    const session = getCookie(c, SESSION_COOKIE)
    if (session) {
      const row = await c.env.DB.prepare(
        `SELECT s.workspace_id, s.api_key_id FROM sessions s JOIN api_keys k ON k.id = s.api_key_id
         WHERE s.id = ? AND s.revoked_at IS NULL AND s.expires_at > ? AND k.revoked_at IS NULL`,
      )
        .bind(await sha256Hex(session), Date.now())
        .first<{ workspace_id: string; api_key_id: string }>()
      if (!row) throw new ApiError('unauthorized', 'Session expired or signed out')
      c.set('auth', { workspaceId: row.workspace_id, apiKeyId: row.api_key_id })
      return next()
    }
    throw new ApiError('unauthorized', 'Missing API key: send "Authorization: Bearer sk_..."')
  })
}
