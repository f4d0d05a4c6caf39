// /v1/destinations: where alerts go (signed webhooks, Slack, Zendesk), and a test send.
// A webhook's secret is in the answer to its creation or rotation only, never again.
import { Hono } from 'hono'
import * as z from 'zod'
import type { AppEnv } from '../../env.ts'
import { checkDestinationUrl, deliveryRequest, generateSecret, rotateSecret, sampleAlert } from '../../domain/alerts/index.ts'
import { resolveSettings } from '../../domain/settings.ts'
import { serverJson } from '../../lib/body.ts'
import { ApiError } from '../../lib/errors.ts'
import { newId, randomToken } from '../../lib/ids.ts'
import { checkFilters, destinationView, loadDestination, targetUrl, type DestinationRow } from '../../services/alert-destinations.ts'
import { send } from '../../services/delivery-send.ts'

const zendeskFields = {
  subdomain: z.string().min(1).max(63).optional(),
  email: z.email().max(254).optional(),
  token: z.string().min(1).max(200).optional(),
}
const common = {
  name: z.string().trim().min(1).max(200),
  url: z.string().min(1).max(2048).optional(),
  filters: z.record(z.string(), z.unknown()).optional(),
  digest: z.boolean().optional(),
  ...zendeskFields,
}
const createBody = z.strictObject({ kind: z.enum(['webhook', 'slack', 'zendesk']), ...common })
const patchBody = z.strictObject({ ...common, name: common.name.optional(), enabled: z.boolean().optional(), rotateSecret: z.literal(true).optional() })

const isDev = (env: { STAYLOOP_DEV?: string }) => env.STAYLOOP_DEV === '1'

export const destinations = new Hono<AppEnv>()
  .get('/', async (c) => {
    const { results } = await c.env.DB.prepare('SELECT * FROM destinations WHERE workspace_id = ? ORDER BY created_at, id').bind(c.get('auth').workspaceId).all<DestinationRow>()
    return c.json({ data: results.map(destinationView), nextCursor: null, total: results.length })
  })
  .post('/', async (c) => {
    const input = await serverJson(c, createBody)
    const now = Date.now()
    const zendesk = { subdomain: input.subdomain, email: input.email, token: input.token }
    const url = targetUrl({ kind: input.kind, url: input.url, zendesk }, isDev(c.env))
    const secret = input.kind === 'webhook' ? generateSecret() : null
    const row: DestinationRow = {
      id: newId('dst'), workspace_id: c.get('auth').workspaceId, kind: input.kind, name: input.name, url, secret,
      previous_secret: null, previous_secret_expires_at: null,
      config: JSON.stringify(input.kind === 'zendesk' ? { subdomain: input.subdomain!.toLowerCase(), email: input.email, token: input.token } : {}),
      filters: JSON.stringify(checkFilters(input.filters)), digest: input.digest ? 1 : 0, enabled: 1, disabled_reason: null, created_at: now, updated_at: now,
    }
    await c.env.DB.prepare(
      `INSERT INTO destinations (id, workspace_id, kind, name, url, secret, config, filters, digest, enabled, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
    ).bind(row.id, row.workspace_id, row.kind, row.name, row.url, row.secret, row.config, row.filters, row.digest, now, now).run()
    return c.json({ ...destinationView(row), ...(secret ? { secret } : {}) }, 201)
  })
  .get('/:id', async (c) => c.json(destinationView(await loadDestination(c.env.DB, c.get('auth').workspaceId, c.req.param('id')))))
  .patch('/:id', async (c) => {
    const input = await serverJson(c, patchBody)
    const { workspaceId } = c.get('auth')
    const row = await loadDestination(c.env.DB, workspaceId, c.req.param('id'))
    const now = Date.now()
    const config = JSON.parse(row.config) as { subdomain?: string; email?: string; token?: string }
    const zendesk = row.kind === 'zendesk'
      ? { subdomain: input.subdomain ?? config.subdomain, email: input.email ?? config.email, token: input.token ?? config.token }
      : { subdomain: input.subdomain, email: input.email, token: input.token }
    // A Zendesk destination whose subdomain changes follows it, unless a URL is given too.
    const keepUrl = row.kind === 'zendesk' && input.subdomain !== undefined ? undefined : row.url
    const url = targetUrl({ kind: row.kind, url: input.url ?? keepUrl, zendesk }, isDev(c.env))
    if (input.rotateSecret && row.kind !== 'webhook') throw new ApiError('invalid_request', 'rotateSecret: only webhooks have a secret')
    const rotated = input.rotateSecret && row.secret ? rotateSecret(row.secret, now) : null
    const next: DestinationRow = {
      ...row,
      name: input.name ?? row.name,
      url,
      config: row.kind === 'zendesk' ? JSON.stringify({ ...zendesk, subdomain: zendesk.subdomain?.toLowerCase() }) : row.config,
      filters: input.filters === undefined ? row.filters : JSON.stringify(checkFilters(input.filters)),
      digest: input.digest === undefined ? row.digest : input.digest ? 1 : 0,
      enabled: input.enabled === undefined ? row.enabled : input.enabled ? 1 : 0,
      disabled_reason: input.enabled === true ? null : row.disabled_reason,
      ...(rotated ? { secret: rotated.secret, previous_secret: rotated.previousSecret, previous_secret_expires_at: rotated.previousSecretExpiresAt } : {}),
      updated_at: now,
    }
    await c.env.DB.prepare(
      `UPDATE destinations SET name = ?, url = ?, config = ?, filters = ?, digest = ?, enabled = ?, disabled_reason = ?, secret = ?,
         previous_secret = ?, previous_secret_expires_at = ?, updated_at = ? WHERE id = ? AND workspace_id = ?`,
    ).bind(next.name, next.url, next.config, next.filters, next.digest, next.enabled, next.disabled_reason, next.secret,
      next.previous_secret, next.previous_secret_expires_at, now, row.id, workspaceId).run()
    return c.json({ ...destinationView(next), ...(rotated ? { secret: rotated.secret } : {}) })
  })
  .delete('/:id', async (c) => {
    const { workspaceId } = c.get('auth')
    const row = await loadDestination(c.env.DB, workspaceId, c.req.param('id'))
    const db = c.env.DB
    await db.batch([
      db.prepare('DELETE FROM delivery_attempts WHERE delivery_id IN (SELECT id FROM deliveries WHERE destination_id = ? AND workspace_id = ?)').bind(row.id, workspaceId),
      db.prepare('DELETE FROM deliveries WHERE destination_id = ? AND workspace_id = ?').bind(row.id, workspaceId),
      db.prepare('DELETE FROM destinations WHERE id = ? AND workspace_id = ?').bind(row.id, workspaceId),
    ])
    return c.body(null, 204)
  })
  .post('/:id/test', async (c) => {
    const { workspaceId } = c.get('auth')
    const row = await loadDestination(c.env.DB, workspaceId, c.req.param('id'))
    // Stored while local development allowed it, perhaps: checked again now.
    const check = checkDestinationUrl(row.url, { allowLoopback: isDev(c.env) })
    if (!check.ok) throw new ApiError('invalid_request', `url: ${check.reason}`)
    const settings = await c.env.DB.prepare('SELECT settings FROM workspaces WHERE id = ?').bind(workspaceId).first<{ settings: string }>()
    const now = Date.now()
    const dest = { kind: row.kind, url: row.url, secret: row.secret, previousSecret: row.previous_secret, previousSecretExpiresAt: row.previous_secret_expires_at, config: JSON.parse(row.config) }
    const request = await deliveryRequest(dest, sampleAlert(now), `test_${randomToken(20)}`, { now, dashboardUrl: resolveSettings(settings ? JSON.parse(settings.settings) : {}).dashboardUrl })
    const result = await send(request)
    return c.json({ ok: result.status !== null && result.status >= 200 && result.status < 300, status: result.status, body: result.body, ...(result.status === null ? { error: result.error } : {}) })
  })
