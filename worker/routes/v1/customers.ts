// /v1/customers: batch upsert, read, erase, and real churn outcomes.
import { Hono } from 'hono'
import * as z from 'zod'
import type { AppEnv } from '../../env.ts'
import { serverJson } from '../../lib/body.ts'
import { ApiError } from '../../lib/errors.ts'
import { externalId, pastTime, plannedTime, traits } from '../../lib/schemas.ts'
import { upsertCustomerStatement } from '../../services/customers.ts'
import { sightingStatement } from '../../services/counters.ts'
import { eraseCustomerStatements } from '../../services/erasure.ts'
import { cancellationStatements } from '../../services/churn-history.ts'
import { customerView, getCustomerRow } from '../../services/customer-view.ts'
import { enqueue } from '../../services/queue.ts'
import { MAX_AMOUNT } from '../../domain/amount-bounds.ts'
import { churnReasonProblem } from '../../domain/churn-reason.ts'

const customerInput = z.strictObject({
  id: externalId,
  traits: traits.optional(),
  email: z.string().max(320).nullable().optional(),
  locale: z.string().max(35).nullable().optional(),
  plan: z.string().max(100).nullable().optional(),
  revenue: z.number().finite().min(0).max(MAX_AMOUNT).nullable().optional(),
  valueTier: z.string().max(50).nullable().optional(),
  firstSeenAt: pastTime.nullable().optional(),
  renewalAt: plannedTime.nullable().optional(),
})

const upsertBody = z.strictObject({ customers: z.array(customerInput).min(1).max(500) })
const churnBody = z.strictObject({ at: pastTime, reason: z.string().superRefine((r, ctx) => { const problem = churnReasonProblem(r); if (problem) ctx.addIssue({ code: 'custom', message: problem }) }).optional() })

export const customers = new Hono<AppEnv>()
  .post('/', async (c) => {
    const { customers: list } = await serverJson(c, upsertBody)
    const ids = new Set(list.map((x) => x.id))
    if (ids.size !== list.length) throw new ApiError('invalid_request', 'customers: each id may appear once per batch')
    const { workspaceId } = c.get('auth')
    const now = Date.now()
    const db = c.env.DB
    // Being sent to us is being seen now (as the CSV import has it): a signup date is first seen
    // only, or the customer would read as silent since then and be churned by the daily job.
    const results = await db.batch(list.flatMap((x) => [upsertCustomerStatement(db, workspaceId, x, now), sightingStatement(db, workspaceId, x.id, now)]))
    const pks = results.filter((_, i) => i % 2 === 0).map((r) => (r.results[0] as { pk: string }).pk)
    c.executionCtx.waitUntil(enqueue(c.env, pks.map((customerPk) => ({ type: 'rescore' as const, workspaceId, customerPk }))))
    return c.json({ upserted: list.length }, 200)
  })
  .get('/:id', async (c) => {
    const { workspaceId } = c.get('auth')
    const row = await getCustomerRow(c.env.DB, workspaceId, c.req.param('id'))
    if (!row) throw new ApiError('not_found', 'Unknown customer')
    return c.json(await customerView(c.env.DB, row))
  })
  .delete('/:id', async (c) => {
    const { workspaceId } = c.get('auth')
    const db = c.env.DB
    const row = await getCustomerRow(db, workspaceId, c.req.param('id'))
    if (!row) throw new ApiError('not_found', 'Unknown customer')
    await db.batch(await eraseCustomerStatements(db, workspaceId, row.pk))
    return c.body(null, 204)
  })
  .post('/:id/churn', async (c) => {
    const input = await serverJson(c, churnBody)
    const { workspaceId } = c.get('auth')
    const db = c.env.DB
    const row = await getCustomerRow(db, workspaceId, c.req.param('id'))
    if (!row) throw new ApiError('not_found', 'Unknown customer')
    // Whoever churned on a date was a customer until then: a churn older than first seen (a backfill
    // of history) moves first seen back to it, or cohorts and summaries would show them joining
    // after they had left (and a churn before joining counts in no period at all).
    // Otherwise it is kept as a subscription_cancelled signal is, against the renewals and churns already
    // stored: sent again for the same moment it is one churn, and after a renewal that closed it, they stay back.
    await db.batch([
      db.prepare(`UPDATE customers SET first_seen_at = MIN(first_seen_at, ?1), updated_at = ?2 WHERE pk = ?3`).bind(input.at, Date.now(), row.pk),
      ...cancellationStatements(db, workspaceId, row.external_id, input.at, input.reason ?? null),
    ])
    // What is stored now, which need not be what was sent: a churn dated inside one a renewal already
    // closed leaves the customer back, and one inside an earlier churn keeps that churn's date and reason.
    const now = await db.prepare('SELECT churned_at, churn_reason FROM customers WHERE pk = ?').bind(row.pk).first<{ churned_at: number | null; churn_reason: string | null }>()
    return c.json({ id: row.external_id, churnedAt: now?.churned_at ?? null, churnReason: now?.churn_reason ?? null })
  })
