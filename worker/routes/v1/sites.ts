// /v1/sites: the places a widget runs, each with its public key and allowed origins.
import { Hono } from 'hono'
import * as z from 'zod'
import type { AppEnv } from '../../env.ts'
import { serverJson } from '../../lib/body.ts'
import { ApiError } from '../../lib/errors.ts'
import { newId, randomToken } from '../../lib/ids.ts'
import { distinct } from '../../lib/schemas.ts'
import { forgetSites } from '../../middleware/site-key.ts'

const origin = z.string().max(200).refine((o) => o === '*' || /^https?:\/\/[^/\s]+$/.test(o), 'must be an origin like https://app.example.com')
const createBody = z.strictObject({ name: z.string().min(1).max(200), allowedOrigins: distinct(origin, 50, 1) })
const patchBody = createBody.partial()

interface SiteRow { id: string; name: string; public_key: string; allowed_origins: string; created_at: number }
const view = (r: SiteRow) => ({ id: r.id, name: r.name, siteKey: r.public_key, allowedOrigins: JSON.parse(r.allowed_origins), createdAt: r.created_at })

export const sites = new Hono<AppEnv>()
  .get('/', async (c) => {
    const { results } = await c.env.DB.prepare('SELECT * FROM sites WHERE workspace_id = ? ORDER BY created_at').bind(c.get('auth').workspaceId).all<SiteRow>()
    return c.json({ data: results.map(view), nextCursor: null, total: results.length })
  })
  .post('/', async (c) => {
    const input = await serverJson(c, createBody)
    const row: SiteRow = { id: newId('site'), name: input.name, public_key: `pk_${randomToken(24)}`, allowed_origins: JSON.stringify(input.allowedOrigins), created_at: Date.now() }
    await c.env.DB.prepare('INSERT INTO sites (id, workspace_id, name, public_key, allowed_origins, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .bind(row.id, c.get('auth').workspaceId, row.name, row.public_key, row.allowed_origins, row.created_at).run()
    return c.json(view(row), 201)
  })
  .get('/:id', async (c) => c.json(view(await load(c.env.DB, c.get('auth').workspaceId, c.req.param('id')))))
  .patch('/:id', async (c) => {
    const input = await serverJson(c, patchBody)
    const { workspaceId } = c.get('auth')
    const row = await load(c.env.DB, workspaceId, c.req.param('id'))
    const next = { ...row, name: input.name ?? row.name, allowed_origins: input.allowedOrigins ? JSON.stringify(input.allowedOrigins) : row.allowed_origins }
    await c.env.DB.prepare('UPDATE sites SET name = ?, allowed_origins = ? WHERE id = ? AND workspace_id = ?').bind(next.name, next.allowed_origins, row.id, workspaceId).run()
    forgetSites()
    return c.json(view(next))
  })
  .delete('/:id', async (c) => {
    const { workspaceId } = c.get('auth')
    const row = await load(c.env.DB, workspaceId, c.req.param('id'))
    await c.env.DB.prepare('DELETE FROM sites WHERE id = ? AND workspace_id = ?').bind(row.id, workspaceId).run()
    forgetSites()
    return c.body(null, 204)
  })

async function load(db: D1Database, workspaceId: string, id: string): Promise<SiteRow> {
  const row = await db.prepare('SELECT * FROM sites WHERE id = ? AND workspace_id = ?').bind(id, workspaceId).first<SiteRow>()
  if (!row) throw new ApiError('not_found', 'Unknown site')
  return row
}
