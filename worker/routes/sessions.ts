// Dashboard sign-in: a secret key is exchanged for an HttpOnly, SameSite=Strict session cookie;
// sign-out revokes the session. The cookie authorises exactly what the key would.
import { Hono } from 'hono'
import * as z from 'zod'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import type { AppEnv } from '../env.ts'
import { serverJson } from '../lib/body.ts'
import { ApiError } from '../lib/errors.ts'
import { randomToken, sha256Hex } from '../lib/ids.ts'
import { SESSION_COOKIE } from '../middleware/secret-key.ts'

const SESSION_DAYS = 7
const body = z.strictObject({ secretKey: z.string().min(1).max(200) })

export const sessions = new Hono<AppEnv>()
  .post('/', async (c) => {
    const { secretKey } = await serverJson(c, body)
    const db = c.env.DB
    const key = await db.prepare('SELECT k.id, k.workspace_id, w.name FROM api_keys k JOIN workspaces w ON w.id = k.workspace_id WHERE k.hash = ? AND k.revoked_at IS NULL')
      .bind(await sha256Hex(secretKey)).first<{ id: string; workspace_id: string; name: string }>()
    if (!key) throw new ApiError('unauthorized', 'That secret key is unknown or revoked')
    const token = randomToken(40)
    const now = Date.now()
    await db.prepare('INSERT INTO sessions (id, workspace_id, api_key_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)')
      .bind(await sha256Hex(token), key.workspace_id, key.id, now, now + SESSION_DAYS * 86_400_000).run()
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Strict',
      secure: new URL(c.req.url).protocol === 'https:',
      path: '/',
      maxAge: SESSION_DAYS * 86_400,
    })
    return c.json({ workspace: { id: key.workspace_id, name: key.name } }, 201)
  })
  // Lets the app ask whether it is signed in without a 401 in the console.
  .get('/current', async (c) => {
    const token = getCookie(c, SESSION_COOKIE)
    const row = token
      ? await c.env.DB.prepare(
          `SELECT w.id, w.name FROM sessions s JOIN api_keys k ON k.id = s.api_key_id JOIN workspaces w ON w.id = s.workspace_id
           WHERE s.id = ? AND s.revoked_at IS NULL AND s.expires_at > ? AND k.revoked_at IS NULL`,
        ).bind(await sha256Hex(token), Date.now()).first<{ id: string; name: string }>()
      : null
    return c.json(row ? { signedIn: true, workspace: row } : { signedIn: false })
  })
  .delete('/current', async (c) => {
    const token = getCookie(c, SESSION_COOKIE)
    if (token) await c.env.DB.prepare('UPDATE sessions SET revoked_at = ? WHERE id = ?').bind(Date.now(), await sha256Hex(token)).run()
    deleteCookie(c, SESSION_COOKIE, { path: '/' })
    return c.body(null, 204)
  })
