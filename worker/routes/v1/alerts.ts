// /v1/alerts: what was decided, newest first, each with where it went and how that went.
import { Hono } from 'hono'
import * as z from 'zod'
import type { AppEnv } from '../../env.ts'
import { ALERT_KINDS } from '../../domain/alerts/index.ts'
import { validate } from '../../lib/body.ts'
import { decodeCursor, encodeCursor, limitParam } from '../../lib/pagination.ts'

const query = z.object({
  limit: limitParam,
  cursor: z.string().max(500).optional(),
  kind: z.enum(ALERT_KINDS as [string, ...string[]]).optional(),
  customer: z.string().min(1).max(200).optional(),
})

interface AlertRow { id: string; kind: string; severity: string; response_id: string | null; data: string; created_at: number }
interface DeliveryRow { id: string; alert_id: string; destination_id: string; status: string; attempts: number }

export const alerts = new Hono<AppEnv>().get('/', async (c) => {
  const q = validate(query, c.req.query())
  const db = c.env.DB
  // Digests are deliveries of many alerts, not alerts about a customer: listed under /v1/deliveries.
  const where = ["workspace_id = ?", "kind != 'digest'"]
  const args: unknown[] = [c.get('auth').workspaceId]
  if (q.kind) {
    where.push('kind = ?')
    args.push(q.kind)
  }
  if (q.customer) {
    where.push('customer_pk = (SELECT pk FROM customers WHERE workspace_id = alerts.workspace_id AND external_id = ?)')
    args.push(q.customer)
  }
  const filter = where.join(' AND ')
  const cursor = decodeCursor(q.cursor)
  const page = cursor ? `${filter} AND (created_at < ? OR (created_at = ? AND id < ?))` : filter
  const pageArgs = cursor ? [...args, cursor.at, cursor.at, cursor.id] : args
  const [rows, total] = await db.batch([
    db.prepare(`SELECT id, kind, severity, response_id, data, created_at FROM alerts WHERE ${page} ORDER BY created_at DESC, id DESC LIMIT ?`).bind(...pageArgs, q.limit + 1),
    db.prepare(`SELECT COUNT(*) AS n FROM alerts WHERE ${filter}`).bind(...args),
  ])
  const found = rows.results as AlertRow[]
  const list = found.slice(0, q.limit)
  const { results: deliveries } = list.length
    ? await db.prepare('SELECT id, alert_id, destination_id, status, attempts FROM deliveries WHERE alert_id IN (SELECT value FROM json_each(?)) ORDER BY created_at, id')
        .bind(JSON.stringify(list.map((a) => a.id))).all<DeliveryRow>()
    : { results: [] as DeliveryRow[] }
  const data = list.map((a) => {
    const body = JSON.parse(a.data) as { customer?: { id?: string } }
    return {
      id: a.id,
      kind: a.kind,
      severity: a.severity,
      customerId: body.customer?.id ?? null,
      responseId: a.response_id,
      createdAt: a.created_at,
      data: body,
      deliveries: deliveries.filter((d) => d.alert_id === a.id).map((d) => ({ id: d.id, destinationId: d.destination_id, status: d.status, attempts: d.attempts })),
    }
  })
  const last = list[list.length - 1]
  const nextCursor = found.length > q.limit && last ? encodeCursor(last.created_at, last.id) : null
  return c.json({ data, nextCursor, total: (total.results[0] as { n: number }).n })
})
