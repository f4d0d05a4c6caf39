// POST /v1/import/customers and /v1/import/signals (Content-Type: text/csv): every row is
// validated first; one bad row answers 400 with every problem and writes nothing; otherwise
// everything is written in one D1 batch and the customers are rescored off the request path.
import { Hono } from 'hono'
import type { Context } from 'hono'
import type { AppEnv } from '../../env.ts'
import { readText, requireContentType } from '../../lib/body.ts'
import { ApiError } from '../../lib/errors.ts'
import { validateCustomersCsv, validateSignalsCsv, type ImportError } from '../../domain/import/index.ts'
import { upsertCustomerStatement } from '../../services/customers.ts'
import { sightingStatement } from '../../services/counters.ts'
import { cancellationStatements } from '../../services/churn-history.ts'
import { storeSignals } from '../../services/signals.ts'
import { enqueue } from '../../services/queue.ts'

const CSV_LIMIT = 5 * 1024 * 1024
const MAX_DETAILS = 1000

async function csvBody(c: Context<AppEnv>): Promise<string> {
  requireContentType(c, ['text/csv'])
  return readText(c, CSV_LIMIT)
}

function rejectRows(errors: ImportError[]): never {
  throw new ApiError('invalid_request', `${errors.length} problem(s) in the CSV; nothing imported`, { details: errors.slice(0, MAX_DETAILS) })
}

export const imports = new Hono<AppEnv>()
  .post('/customers', async (c) => {
    const { rows, errors } = validateCustomersCsv(await csvBody(c))
    if (errors.length) rejectRows(errors)
    if (rows.length === 0) rejectRows([{ line: 1, column: null, message: 'no rows to import' }])
    const { workspaceId } = c.get('auth')
    const db = c.env.DB
    const now = Date.now()
    const statements: D1PreparedStatement[] = []
    const upserts: number[] = []
    for (const row of rows) {
      upserts.push(statements.length)
      statements.push(upsertCustomerStatement(db, workspaceId, {
        id: row.externalId, traits: row.traits, email: row.email, locale: row.locale, plan: row.plan, revenue: row.revenue,
        valueTier: row.valueTier, firstSeenAt: row.firstSeenAt, renewalAt: row.renewalAt,
      }, now, row.lastSeenAt ?? now), sightingStatement(db, workspaceId, row.externalId, row.lastSeenAt ?? now))
      if (row.churnedAt !== undefined) {
        // A churn older than first seen moves first seen back, as POST /v1/customers/{id}/churn does, and
        // is kept as a cancellation signal is: once however often the file is imported.
        statements.push(db.prepare(`UPDATE customers SET first_seen_at = MIN(first_seen_at, ?1) WHERE workspace_id = ?2 AND external_id = ?3`)
          .bind(row.churnedAt, workspaceId, row.externalId), ...cancellationStatements(db, workspaceId, row.externalId, row.churnedAt, row.churnReason ?? null))
      }
    }
    const results = await db.batch(statements)
    const pks = upserts.map((i) => (results[i].results[0] as { pk: string }).pk)
    c.executionCtx.waitUntil(enqueue(c.env, pks.map((customerPk) => ({ type: 'rescore' as const, workspaceId, customerPk }))))
    return c.json({ imported: rows.length })
  })
  .post('/signals', async (c) => {
    const { rows, errors } = validateSignalsCsv(await csvBody(c))
    if (errors.length) rejectRows(errors)
    if (rows.length === 0) rejectRows([{ line: 1, column: null, message: 'no rows to import' }])
    const { workspaceId } = c.get('auth')
    const result = await storeSignals(c.env, workspaceId, rows, c.executionCtx)
    return c.json({ imported: result.accepted, customers: result.customers })
  })
