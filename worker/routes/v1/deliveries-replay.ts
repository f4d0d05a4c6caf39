// Replaying deliveries that gave up: one (POST /v1/deliveries/{id}/replay) or, after an outage,
// every one at once (POST /v1/deliveries/replay, oldest first, so alerts arrive in the order they
// were raised). Each keeps its id, so the webhook-id and the Zendesk Idempotency-Key stay the same
// and a receiver can drop repeats.
import { Hono } from 'hono'
import * as z from 'zod'
import { disabledProblem } from '../../domain/alerts/index.ts'
import type { AppEnv } from '../../env.ts'
import { serverJson } from '../../lib/body.ts'
import { ApiError } from '../../lib/errors.ts'
import { enqueue } from '../../services/queue.ts'

/** At most this many per call; `more` says whether to call again. */
export const REPLAY_BATCH = 500

const bulkBody = z.object({
  /** One destination's deliveries; all destinations without it. */
  destination: z.string().min(1).max(64).optional(),
  status: z.array(z.enum(['failed', 'dead'])).min(1).max(2).default(['failed', 'dead']),
  /** Only deliveries created at or after this time (epoch milliseconds). */
  since: z.number().int().nonnegative().optional(),
}).strict()

/** A replay to a paused destination would only fail again without an attempt: say so, and how to fix it. */
function disabledRefusal(destinationId: string, reason: string | null): ApiError {
  return new ApiError('conflict', `The destination is disabled${reason ? ` (${reason})` : ''}; enable it, then replay`,
    { details: [{ path: 'destination', message: 'disabled', destinationId, reason, problem: disabledProblem(reason) }] })
}

/**
 * Pending again, due now, and on the queue; the ids it changed. Conditional, so two replays at once
 * enqueue one delivery run, not two. `attempts` keeps counting every attempt ever made; the retry
 * schedule starts a new run (retry.ts: attemptInRun).
 */
async function requeue(env: AppEnv['Bindings'], workspaceId: string, ids: string[]): Promise<string[]> {
  const { results } = await env.DB.prepare(
    `UPDATE deliveries SET status = 'pending', next_attempt_at = ?1, last_error = NULL, last_status = NULL
      WHERE workspace_id = ?2 AND status IN ('dead', 'failed') AND id IN (SELECT value FROM json_each(?3)) RETURNING id`,
  ).bind(Date.now(), workspaceId, JSON.stringify(ids)).all<{ id: string }>()
  await enqueue(env, results.map((r) => ({ type: 'deliver' as const, deliveryId: r.id })))
  return results.map((r) => r.id)
}

export const deliveryReplays = new Hono<AppEnv>()
  .post('/replay', async (c) => {
    const { workspaceId } = c.get('auth')
    const q = await serverJson(c, bulkBody)
    const db = c.env.DB
    if (q.destination) {
      const dest = await db.prepare('SELECT enabled, disabled_reason FROM destinations WHERE id = ? AND workspace_id = ?')
        .bind(q.destination, workspaceId).first<{ enabled: number; disabled_reason: string | null }>()
      if (!dest) throw new ApiError('not_found', 'Unknown destination')
      if (dest.enabled !== 1) throw disabledRefusal(q.destination, dest.disabled_reason)
    }
    const where = 'd.workspace_id = ?1 AND d.status IN (SELECT value FROM json_each(?2)) AND (?3 IS NULL OR d.destination_id = ?3) AND (?4 IS NULL OR d.created_at >= ?4)'
    const args = [workspaceId, JSON.stringify(q.status), q.destination ?? null, q.since ?? null]
    // Deliveries whose destination is paused or deleted stay as they are: replayed, they would only fail again.
    const [candidates, held] = await db.batch([
      db.prepare(`SELECT d.id FROM deliveries d JOIN destinations t ON t.id = d.destination_id AND t.enabled = 1
                   WHERE ${where} ORDER BY d.created_at, d.id LIMIT ${REPLAY_BATCH + 1}`).bind(...args),
      db.prepare(`SELECT SUM(t.id IS NOT NULL) AS disabled, SUM(t.id IS NULL) AS deleted FROM deliveries d
                   LEFT JOIN destinations t ON t.id = d.destination_id WHERE ${where} AND (t.id IS NULL OR t.enabled != 1)`).bind(...args),
    ])
    const ids = (candidates.results as { id: string }[]).map((r) => r.id)
    const queued = await requeue(c.env, workspaceId, ids.slice(0, REPLAY_BATCH))
    const heldRow = held.results[0] as { disabled: number | null; deleted: number | null }
    return c.json({
      queued: queued.length,
      skipped: { destinationDisabled: heldRow.disabled ?? 0, destinationDeleted: heldRow.deleted ?? 0 },
      more: ids.length > REPLAY_BATCH,
    }, 202)
  })
  .post('/:id/replay', async (c) => {
    const { workspaceId } = c.get('auth')
    const id = c.req.param('id')
    const row = await c.env.DB.prepare(
      `SELECT d.status, d.destination_id, t.id AS found, t.enabled, t.disabled_reason FROM deliveries d
         LEFT JOIN destinations t ON t.id = d.destination_id WHERE d.id = ? AND d.workspace_id = ?`,
    ).bind(id, workspaceId).first<{ status: string; destination_id: string; found: string | null; enabled: number | null; disabled_reason: string | null }>()
    if (!row) throw new ApiError('not_found', 'Unknown delivery')
    if (row.status !== 'dead' && row.status !== 'failed') throw new ApiError('conflict', `Only dead or failed deliveries can be replayed; this one is ${row.status}`)
    if (!row.found) throw new ApiError('conflict', 'The destination of this delivery was deleted', { details: [{ path: 'destination', message: 'deleted', problem: { code: 'destination_deleted' } }] })
    if (row.enabled !== 1) throw disabledRefusal(row.destination_id, row.disabled_reason)
    if ((await requeue(c.env, workspaceId, [id])).length === 0) throw new ApiError('conflict', 'The delivery changed meanwhile; read it again')
    return c.json({ id, status: 'pending' }, 202)
  })
