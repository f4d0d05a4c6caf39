// GET /v1/customers/{id}/timeline: the last 180 days of one customer, for drawing risk over
// time beside what they did, what they said and what we alerted on; and every churn and return
// (from the churn history, however old: a customer has few).
import { Hono } from 'hono'
import type { AppEnv } from '../../env.ts'
import { ApiError } from '../../lib/errors.ts'
import { getCustomerRow } from '../../services/customer-view.ts'
import { RESPONSE_COLUMNS, responseView, type ResponseRow } from '../../services/response-query.ts'
import { isoDay } from '../../services/risk-facts.ts'
import { knownTopics, loadTaxonomyState } from '../../services/taxonomy-reread.ts'

const WINDOW_DAYS = 180

export const customerTimeline = new Hono<AppEnv>().get('/', async (c) => {
  const { workspaceId } = c.get('auth')
  const db = c.env.DB
  const row = await getCustomerRow(db, workspaceId, c.req.param('id') ?? '')
  if (!row) throw new ApiError('not_found', 'Unknown customer')
  const since = Date.now() - WINDOW_DAYS * 86_400_000
  const [risk, activity, answers, alerts, churns] = await db.batch([
    db.prepare('SELECT day, score, tier FROM risk_history WHERE customer_pk = ? AND day >= ? ORDER BY day').bind(row.pk, isoDay(since)),
    db.prepare(
      `SELECT day, sessions, logins, page_views AS pageViews, feature_uses AS featureUses, purchases, tickets, complaints,
         payment_failures AS paymentFailures
       FROM customer_days WHERE customer_pk = ? AND day >= ? ORDER BY day`,
    ).bind(row.pk, isoDay(since)),
    db.prepare(
      `SELECT ${RESPONSE_COLUMNS} FROM responses r LEFT JOIN customers c ON c.pk = r.customer_pk
        WHERE r.workspace_id = ? AND r.customer_pk = ? AND r.created_at >= ? ORDER BY r.created_at DESC LIMIT 500`,
    ).bind(workspaceId, row.pk, since),
    db.prepare('SELECT id, kind, severity, created_at, data FROM alerts WHERE customer_pk = ? AND workspace_id = ? AND created_at >= ? ORDER BY created_at DESC LIMIT 500')
      .bind(row.pk, workspaceId, since),
    db.prepare('SELECT churned_at AS churnedAt, reason, returned_at AS returnedAt FROM customer_churns WHERE customer_pk = ? ORDER BY churned_at DESC LIMIT 100')
      .bind(row.pk),
  ])
  const known = knownTopics((await loadTaxonomyState(db, workspaceId)).topics)
  return c.json({
    id: row.external_id,
    risk: risk.results,
    activity: activity.results,
    responses: (answers.results as unknown as ResponseRow[]).map((r) => responseView(r, known)),
    churns: churns.results as { churnedAt: number; reason: string | null; returnedAt: number | null }[],
    alerts: (alerts.results as { id: string; kind: string; severity: string; created_at: number; data: string }[]).map((a) => ({
      id: a.id, kind: a.kind, severity: a.severity, createdAt: a.created_at, data: JSON.parse(a.data),
    })),
  })
})
