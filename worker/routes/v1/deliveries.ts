// GET /v1/deliveries: every attempt to reach a destination (replays: deliveries-replay.ts).
import { Hono } from 'hono'
import * as z from 'zod'
import { problemOf } from '../../domain/alerts/index.ts'
import type { TriggerFacts } from '../../domain/alerts/trigger-text.ts'
import type { AppEnv } from '../../env.ts'
import { validate } from '../../lib/body.ts'
import { decodeCursor, encodeCursor, limitParam } from '../../lib/pagination.ts'

const query = z.object({
  limit: limitParam,
  cursor: z.string().max(500).optional(),
  status: z.enum(['pending', 'delivered', 'failed', 'dead', 'digest']).optional(),
  destination: z.string().min(1).max(64).optional(),
})

interface Row {
  id: string; alert_id: string; destination_id: string; destination_name: string | null; destination_kind: string | null; destination_deleted: number; kind: string; status: string; attempts: number
  last_status: number | null; last_error: string | null; next_attempt_at: number | null; created_at: number; delivered_at: number | null
  customer_id: string | null; customer_name: string | null; trigger_text: string | null; comment: string | null; why: string | null
}
/** How much of the customer's comment a delivery row carries: enough to say whom and what, not the whole answer. */
const COMMENT_EXCERPT = 200
/**
 * What the alert's trigger sentence was made of, read from the stored alert in SQL (no whole-row parse):
 * the same facts, by the same names, as `triggerFacts` (domain/alerts/trigger-text.ts) reads in code.
 */
const WHY_FIELDS: Record<keyof TriggerFacts, string> = {
  surveyKind: '$.response.surveyKind', score: '$.response.score', sentiment: '$.response.sentiment.label', confidence: '$.response.sentiment.confidence',
  exitReason: '$.exit.reasonLabel', exitReasonId: '$.exit.reason', exitOutcome: '$.exit.outcome', offerKind: '$.exit.offer',
  riskTier: '$.risk.tier', previousTier: '$.risk.previousTier', riskScore: '$.risk.score',
}
const WHY = `json_object(${Object.entries(WHY_FIELDS).map(([k, path]) => `'${k}', json_extract(a.data, '${path}')`).join(', ')})`
type Why = Partial<Record<keyof typeof WHY_FIELDS, string | number | null>>
/** Only the facts the alert has: a digest or an older alert gives fewer, or none. */
function whyOf(json: string | null): Why | null {
  const facts = Object.entries(json ? (JSON.parse(json) as Why) : {}).filter(([, v]) => v !== null)
  return facts.length ? Object.fromEntries(facts) : null
}
interface AttemptRow { delivery_id: string; at: number; status_code: number | null; error: string | null; duration_ms: number }

export const deliveries = new Hono<AppEnv>()
  .get('/', async (c) => {
    const q = validate(query, c.req.query())
    const db = c.env.DB
    const where = ['d.workspace_id = ?']
    const args: unknown[] = [c.get('auth').workspaceId]
    if (q.status) {
      where.push('d.status = ?')
      args.push(q.status)
    }
    if (q.destination) {
      where.push('d.destination_id = ?')
      args.push(q.destination)
    }
    const filter = where.join(' AND ')
    const cursor = decodeCursor(q.cursor)
    const page = cursor ? `${filter} AND (d.created_at < ? OR (d.created_at = ? AND d.id < ?))` : filter
    const pageArgs = cursor ? [...args, cursor.at, cursor.at, cursor.id] : args
    const [rows, total] = await db.batch([
      db.prepare(
        `SELECT d.id, d.alert_id, d.destination_id, COALESCE(t.name, d.destination_name) AS destination_name, COALESCE(t.kind, d.destination_kind) AS destination_kind,
           t.id IS NULL AS destination_deleted, a.kind, d.status, d.attempts, d.last_status, d.last_error,
           d.next_attempt_at, d.created_at, d.delivered_at, c.external_id AS customer_id, json_extract(a.data, '$.customer.name') AS customer_name,
           json_extract(a.data, '$.trigger') AS trigger_text, substr(json_extract(a.data, '$.response.comment'), 1, ${COMMENT_EXCERPT}) AS comment, ${WHY} AS why
         FROM deliveries d JOIN alerts a ON a.id = d.alert_id LEFT JOIN destinations t ON t.id = d.destination_id LEFT JOIN customers c ON c.pk = a.customer_pk
         WHERE ${page} ORDER BY d.created_at DESC, d.id DESC LIMIT ?`,
      ).bind(...pageArgs, q.limit + 1),
      db.prepare(`SELECT COUNT(*) AS n FROM deliveries d WHERE ${filter}`).bind(...args),
    ])
    const found = rows.results as Row[]
    const list = found.slice(0, q.limit)
    const { results: attempts } = list.length
      ? await db.prepare('SELECT delivery_id, at, status_code, error, duration_ms FROM delivery_attempts WHERE delivery_id IN (SELECT value FROM json_each(?)) ORDER BY at, id')
          .bind(JSON.stringify(list.map((d) => d.id))).all<AttemptRow>()
      : { results: [] as AttemptRow[] }
    const data = list.map((d) => ({
      id: d.id,
      alertId: d.alert_id,
      destinationId: d.destination_id,
      // Kept when the destination is deleted (null only for one deleted before this was stored).
      destinationName: d.destination_name,
      // webhook | slack | zendesk; `kind` is the alert's.
      destinationKind: d.destination_kind,
      // Its destination is gone: the history stays, but nothing can be replayed to it.
      destinationDeleted: d.destination_deleted === 1,
      kind: d.kind,
      // Whom the alert is about, so a failed delivery can be judged before it is replayed (null for a digest).
      // `why`: the trigger's facts, so a reader's language can say it (`trigger` is English).
      about: { customerId: d.customer_id, customerName: typeof d.customer_name === 'string' ? d.customer_name : null, trigger: d.trigger_text, comment: d.comment, why: whyOf(d.why) },
      status: d.status,
      attempts: d.attempts,
      lastStatus: d.last_status,
      lastError: d.last_error,
      // `lastError` as facts (domain/alerts/delivery-problem.ts), for a reader's language; null when none.
      problem: problemOf(d.last_error),
      nextAttemptAt: d.status === 'pending' ? d.next_attempt_at : null,
      createdAt: d.created_at,
      deliveredAt: d.delivered_at,
      attemptsLog: attempts.filter((a) => a.delivery_id === d.id).map((a) => ({ at: a.at, statusCode: a.status_code, error: a.error, problem: problemOf(a.error), durationMs: a.duration_ms })),
    }))
    const last = list[list.length - 1]
    const nextCursor = found.length > q.limit && last ? encodeCursor(last.created_at, last.id) : null
    return c.json({ data, nextCursor, total: (total.results[0] as { n: number }).n })
  })
