// /v1/keys: secret keys of the workspace. The secret is returned once, on creation.
import { Hono } from 'hono'
import * as z from 'zod'
import type { AppEnv } from '../../env.ts'
import { serverJson } from '../../lib/body.ts'
import { ApiError } from '../../lib/errors.ts'
import { createSecretKey } from '../../services/keys.ts'

const createBody = z.strictObject({ name: z.string().min(1).max(100) })

export const keys = new Hono<AppEnv>()
  .get('/', async (c) => {
    const { results } = await c.env.DB.prepare('SELECT id, name, prefix, created_at, revoked_at FROM api_keys WHERE workspace_id = ? ORDER BY created_at')
      .bind(c.get('auth').workspaceId).all<{ id: string; name: string; prefix: string; created_at: number; revoked_at: number | null }>()
    const data = results.map((k) => ({ id: k.id, name: k.name, prefix: k.prefix, createdAt: k.created_at, revokedAt: k.revoked_at }))
    return c.json({ data, nextCursor: null, total: data.length })
  })
  .post('/', async (c) => {
    const { name } = await serverJson(c, createBody)
    return c.json(await createSecretKey(c.env.DB, c.get('auth').workspaceId, name), 201)
  })
  .delete('/:id', async (c) => {
    const { workspaceId } = c.get('auth')
    const now = Date.now()
    const res = await c.env.DB.prepare('UPDATE api_keys SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ? AND workspace_id = ?').bind(now, c.req.param('id'), workspaceId).run()
    if (res.meta.changes === 0) throw new ApiError('not_found', 'Unknown key')
    await c.env.DB.prepare('UPDATE sessions SET revoked_at = COALESCE(revoked_at, ?) WHERE api_key_id = ?').bind(now, c.req.param('id')).run()
    return c.body(null, 204)
  })
