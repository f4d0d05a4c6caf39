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
    const id = c.req.param('id')
    // Revoking the last live key would lock everyone out of the workspace: refuse (one statement,
    // so two revokes at once cannot each leave the other as the last).
    const res = await c.env.DB.prepare(
      `UPDATE api_keys SET revoked_at = COALESCE(revoked_at, ?1) WHERE id = ?2 AND workspace_id = ?3
         AND (revoked_at IS NOT NULL OR EXISTS (SELECT 1 FROM api_keys o WHERE o.workspace_id = ?3 AND o.id != ?2 AND o.revoked_at IS NULL))`,
    ).bind(now, id, workspaceId).run()
    if (res.meta.changes === 0) {
      const known = await c.env.DB.prepare('SELECT 1 FROM api_keys WHERE id = ? AND workspace_id = ?').bind(id, workspaceId).first()
      if (!known) throw new ApiError('not_found', 'Unknown key')
      throw new ApiError('conflict', 'This is the last live key; create another before revoking it')
    }
    await c.env.DB.prepare('UPDATE sessions SET revoked_at = COALESCE(revoked_at, ?) WHERE api_key_id = ?').bind(now, id).run()
    return c.body(null, 204)
  })
