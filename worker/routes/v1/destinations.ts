// /v1/destinations: where alerts go (signed webhooks, Slack, Zendesk), and a test send.
// A webhook's secret is in the answer to its creation or rotation only, never again. Deleting a
// destination keeps its delivery history, under its name and kind (GET /v1/deliveries: destinationDeleted).
import { Hono } from 'hono'
import * as z from 'zod'
import type { AppEnv } from '../../env.ts'
import { checkDestinationUrl, deliveryRequest, generateSecret, problemSentence, rotateSecret, sampleAlert, type DestinationFilters } from '../../domain/alerts/index.ts'
import { topicKey } from '../../domain/alerts/next-steps.ts'
import { resolveSettings } from '../../domain/settings.ts'
import { serverJson } from '../../lib/body.ts'
import { ApiError } from '../../lib/errors.ts'
import { newId, randomToken } from '../../lib/ids.ts'
import { checkFilters, destinationView, loadDestination, targetUrl, type DestinationRow } from '../../services/alert-destinations.ts'
import { teamLanguage } from '../../services/alert-context.ts'
import { send, timeoutFor } from '../../services/delivery-send.ts'
import { loadTaxonomy } from '../../services/text-model.ts'

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

/** As many as a taxonomy may hold topics (PUT /v1/taxonomy): a longer filter list is a mistake. */
const MAX_FILTER_VALUES = 100

/**
 * The filters checked, and each topic in them checked against the workspace's taxonomy: a
 * misspelt topic would otherwise be saved and then match no alert, silently.
 */
async function workspaceFilters(db: D1Database, workspaceId: string, raw: unknown): Promise<DestinationFilters> {
  const filters = checkFilters(raw)
  for (const [key, list] of Object.entries(filters)) {
    if (Array.isArray(list) && list.length > MAX_FILTER_VALUES) throw new ApiError('invalid_request', `filters.${key}: at most ${MAX_FILTER_VALUES} values`)
  }
  if (!filters.topics?.length) return filters
  const { topics } = await loadTaxonomy(db, workspaceId)
  // Matched as routing matches them (routing.ts), so "Pricing" or an alias such as "price" is no typo.
  const known = new Set(topics.map((t) => topicKey(t.id)))
  const unknown = [...new Set(filters.topics.filter((t) => !known.has(topicKey(t))))]
  if (unknown.length) {
    throw new ApiError('invalid_request', `filters.topics: unknown topic ${unknown.map((t) => `"${t}"`).join(', ')}; the workspace's topics (GET /v1/taxonomy) are ${topics.map((t) => t.id).join(', ')}`,
      { details: unknown.map((t) => ({ path: 'filters.topics', message: `unknown topic "${t}"`, value: t })) })
  }
  return filters
}

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
      filters: JSON.stringify(await workspaceFilters(c.env.DB, c.get('auth').workspaceId, input.filters)), digest: input.digest ? 1 : 0, enabled: 1, disabled_reason: null, created_at: now, updated_at: now,
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
      filters: input.filters === undefined ? row.filters : JSON.stringify(await workspaceFilters(c.env.DB, workspaceId, input.filters)),
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
    // The delivery history stays (deliveries keep the destination's id; nothing references the row),
    // and keeps its name and kind, copied onto them in the same batch.
    // What still waited for this destination will never go: say so now rather than leave it waiting.
    await db.batch([
      db.prepare('UPDATE deliveries SET destination_name = ?, destination_kind = ? WHERE destination_id = ? AND workspace_id = ?')
        .bind(row.name, row.kind, row.id, workspaceId),
      db.prepare(
        `UPDATE deliveries SET status = 'failed', next_attempt_at = NULL, last_error = ?
         WHERE destination_id = ? AND workspace_id = ? AND status IN ('pending', 'digest')`,
      ).bind(problemSentence({ code: 'destination_deleted' }), row.id, workspaceId),
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
    const stored = await c.env.DB.prepare('SELECT settings FROM workspaces WHERE id = ?').bind(workspaceId).first<{ settings: string }>()
    const settings = resolveSettings(stored ? JSON.parse(stored.settings) : {})
    const now = Date.now()
    const dest = { kind: row.kind, url: row.url, secret: row.secret, previousSecret: row.previous_secret, previousSecretExpiresAt: row.previous_secret_expires_at, config: JSON.parse(row.config) }
    // Marked as a test everywhere (webhook type alert.test, Slack [TEST], Zendesk [Test] and a tag).
    const options = { now, dashboardUrl: settings.dashboardUrl, teamLanguage: teamLanguage(settings), test: true }
    const request = await deliveryRequest(dest, sampleAlert(now), `test_${randomToken(20)}`, options)
    const result = await send(request, timeoutFor(row.kind))
    // No answer: `error` says why in English, `problem` as facts (timeout, network).
    const unanswered = result.status === null && result.problem ? { error: problemSentence(result.problem), problem: result.problem } : {}
    return c.json({ ok: result.status !== null && result.status >= 200 && result.status < 300, status: result.status, body: result.body, ...unanswered })
  })
