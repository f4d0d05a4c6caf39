// POST /v1/deliveries/replay: after an outage, every delivery that gave up, queued again at once
// (oldest first, so alerts arrive in the order they were raised). Each keeps its id, so the
// webhook-id and the Zendesk Idempotency-Key stay the same and a receiver can drop repeats.
import { Hono } from 'hono'
import * as z from 'zod'
import { disabledProblem } from '../../domain/alerts/index.ts'
import type { AppEnv } from '../../env.ts'
import { serverJson } from '../../lib/body.ts'
import { ApiError } from '../../lib/errors.ts'
import { enqueue } from '../../services/queue.ts'

/** At most this many per call; `more` says whether to call again. */
export const REPLAY_BATCH = 500

const body = z.object({
  /** One destination's deliveries; all destinations without it. */
  destination: z.string().min(1).max(64).optional(),
  status: z.array(z.enum(['failed', 'dead'])).min(1).max(2).default(['failed', 'dead']),
  /** Only deliveries created at or after this time (epoch milliseconds). */
  since: z.number().int().nonnegative().optional(),
}).strict()

export const deliveryReplays = new Hono<AppEnv>()
  .post('/replay', async (c) => {
    const { workspaceId } = c.get('auth')
    const q = await serverJson(c, body)
    const db = c.env.DB
    if (q.destination) {
      const dest = await db.prepare('SELECT enabled, disabled_reason FROM destinations WHERE id = ? AND workspace_id = ?')
        .bind(q.destination, workspaceId).first<{ enabled: number; disabled_reason: string | null }>()
      if (!dest) throw new ApiError('not_found', 'Unknown destination')
      if (dest.enabled !== 1) {
        throw new ApiError('conflict', `The destination is disabled${dest.disabled_reason ? ` (${dest.disabled_reason})` : ''}; enable it, then replay`,
          { details: [{ path: 'destination', message: 'disabled', destinationId: q.destination, reason: dest.disabled_reason, problem: disabledProblem(dest.disabled_reason) }] })
      }
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
    const batch = ids.slice(0, REPLAY_BATCH)
    // Conditional, as a single replay is: a delivery replayed meanwhile is not queued twice.
    const { results: queued } = await db.prepare(
      `UPDATE deliveries SET status = 'pending', next_attempt_at = ?1, last_error = NULL, last_status = NULL
        WHERE workspace_id = ?2 AND status IN ('dead', 'failed') AND id IN (SELECT value FROM json_each(?3)) RETURNING id`,
    ).bind(Date.now(), workspaceId, JSON.stringify(batch)).all<{ id: string }>()
    await enqueue(c.env, queued.map((r) => ({ type: 'deliver' as const, deliveryId: r.id })))
    const heldRow = held.results[0] as { disabled: number | null; deleted: number | null }
    return c.json({
      queued: queued.length,
      skipped: { destinationDisabled: heldRow.disabled ?? 0, destinationDeleted: heldRow.deleted ?? 0 },
      more: ids.length > REPLAY_BATCH,
    }, 202)
  })
