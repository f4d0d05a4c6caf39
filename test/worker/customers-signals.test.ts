import { describe, expect, it } from 'vitest'
import { env } from 'cloudflare:test'
import { api, createWorkspace, expectError, sitePost, uuid, analyzed, eventually } from './helpers.ts'
import { dailyRisk } from '../../worker/queue/daily-risk.ts'

describe('/v1/customers', () => {
  it('upserts a batch, merges traits, reads one back', async () => {
    const ws = await createWorkspace()
    const res = await api(ws, 'POST', '/v1/customers', { customers: [
      { id: 'c-1', plan: 'pro', revenue: 99, traits: { company: 'Initech', seats: 5 } },
      { id: 'c-2', plan: 'starter', revenue: 29, firstSeenAt: '2026-01-05T00:00:00Z' },
    ] })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ upserted: 2 })
    await api(ws, 'POST', '/v1/customers', { customers: [{ id: 'c-1', traits: { seats: 7 } }] })
    const one = await (await api(ws, 'GET', '/v1/customers/c-1')).json() as Record<string, unknown>
    expect(one).toMatchObject({ id: 'c-1', plan: 'pro', revenue: 99, traits: { company: 'Initech', seats: 7 } })
    const two = await (await api(ws, 'GET', '/v1/customers/c-2')).json() as { firstSeenAt: number }
    expect(two.firstSeenAt).toBe(Date.parse('2026-01-05T00:00:00Z'))
  })

  it('each sighting no counter holds is kept on its day, so a backtest can replay when the customer was seen', async () => {
    const ws = await createWorkspace()
    const today = new Date().toISOString().slice(0, 10)
    await api(ws, 'POST', '/v1/customers', { customers: [{ id: 's-1' }, { id: 's-2' }] })
    await sitePost(ws, 'displays', { surveyId: ws.surveys.nps, clientId: 'd', customer: 's-1' })
    await sitePost(ws, 'responses', { id: uuid(), surveyId: ws.surveys.nps, clientId: 'd', customer: 's-1', score: 9, finished: true })
    const { results } = await env.DB.prepare(
      'SELECT c.external_id AS id, d.day, d.sightings, d.logins FROM customer_days d JOIN customers c ON c.pk = d.customer_pk WHERE c.workspace_id = ? ORDER BY c.external_id',
    ).bind(ws.workspaceId).all()
    expect(results).toEqual([{ id: 's-1', day: today, sightings: 3, logins: 0 }, { id: 's-2', day: today, sightings: 1, logins: 0 }])
  })

  it('a signup date is first seen only: the customer is seen now, scored, and not churned by the daily job', async () => {
    const ws = await createWorkspace()
    const before = Date.now()
    const res = await api(ws, 'POST', '/v1/customers', { customers: [{ id: 'c20', plan: 'business', revenue: 500, firstSeenAt: '2025-01-01T00:00:00Z' }] })
    expect(res.status).toBe(200)
    const one = await (await api(ws, 'GET', '/v1/customers/c20')).json() as { firstSeenAt: number; lastSeenAt: number }
    expect(one.firstSeenAt).toBe(Date.parse('2025-01-01T00:00:00Z'))
    expect(one.lastSeenAt).toBeGreaterThanOrEqual(before)
    // Scored like any current customer (a customer silent since 2025 would be left unscored as lost).
    await eventually(async () => ((await (await api(ws, 'GET', '/v1/customers/c20')).json()) as { risk: unknown }).risk)
    await dailyRisk(env, Date.now())
    const after = await (await api(ws, 'GET', '/v1/customers/c20')).json() as { churnedAt: number | null; risk: unknown }
    expect(after.churnedAt).toBeNull()
    expect(after.risk).not.toBeNull()
    // Sending the customer again with their signup date keeps a later last seen.
    await api(ws, 'POST', '/v1/customers', { customers: [{ id: 'c20', firstSeenAt: '2025-01-01T00:00:00Z' }] })
    expect(((await (await api(ws, 'GET', '/v1/customers/c20')).json()) as { lastSeenAt: number }).lastSeenAt).toBeGreaterThanOrEqual(one.lastSeenAt)
  })

  it('refuses bad batches without writing anything', async () => {
    const ws = await createWorkspace()
    await expectError(await api(ws, 'POST', '/v1/customers', { customers: [] }), 400, 'invalid_request')
    await expectError(await api(ws, 'POST', '/v1/customers', { customers: Array.from({ length: 501 }, (_, i) => ({ id: `c${i}` })) }), 400, 'invalid_request')
    await expectError(await api(ws, 'POST', '/v1/customers', { customers: [{ id: 'ok' }, { id: 'bad', revenue: -5 }] }), 400, 'invalid_request')
    await expectError(await api(ws, 'POST', '/v1/customers', { customers: [{ id: 'dup' }, { id: 'dup' }] }), 400, 'invalid_request')
    await expectError(await api(ws, 'POST', '/v1/customers', '{"customers": ['), 400, 'bad_request')
    const { n } = (await env.DB.prepare('SELECT COUNT(*) n FROM customers WHERE workspace_id = ?').bind(ws.workspaceId).first<{ n: number }>())!
    expect(n).toBe(0)
    await expectError(await api(ws, 'GET', '/v1/customers/nobody'), 404, 'not_found')
  })

  it('records a churn outcome', async () => {
    const ws = await createWorkspace()
    await api(ws, 'POST', '/v1/customers', { customers: [{ id: 'c-1' }] })
    const res = await api(ws, 'POST', '/v1/customers/c-1/churn', { at: '2026-11-01T00:00:00Z', reason: 'switched_competitor' })
    expect(res.status).toBe(200)
    const one = await (await api(ws, 'GET', '/v1/customers/c-1')).json() as { churnedAt: number; churnReason: string }
    expect(one).toMatchObject({ churnedAt: Date.parse('2026-11-01T00:00:00Z'), churnReason: 'switched_competitor' })
    await expectError(await api(ws, 'POST', '/v1/customers/c-1/churn', { at: 'yesterday' }), 400, 'invalid_request')
  })

  it('a churn dated before first seen (a backfill) moves first seen back, so the figures count the customer', async () => {
    const ws = await createWorkspace()
    await api(ws, 'POST', '/v1/customers', { customers: [{ id: 'c11', revenue: 100 }] })
    // The 20th of last month (the QA case: 20 November, recorded in December).
    const d = new Date()
    const lastMonth = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, 1)
    const thisMonth = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)
    const churned = lastMonth + 19 * 86_400_000 + 10 * 3_600_000
    expect((await api(ws, 'POST', '/v1/customers/c11/churn', { at: new Date(churned).toISOString() })).status).toBe(200)
    const one = await (await api(ws, 'GET', '/v1/customers/c11')).json() as { firstSeenAt: number; churnedAt: number }
    expect(one).toMatchObject({ firstSeenAt: churned, churnedAt: churned })
    type Summary = { retentionRate: { joined: number; new: number } }
    const summary = async (from: number, to: number) => (await (await api(ws, 'GET', `/v1/insights/summary?from=${from}&to=${to}`)).json() as Summary).retentionRate
    // Last month's customer, gone last month: not one who joined this month after having left.
    expect(await summary(lastMonth, thisMonth)).toMatchObject({ joined: 1, new: 0 })
    expect(await summary(thisMonth, Date.now() + 1)).toMatchObject({ joined: 0, new: 0 })
    const cohorts = await (await api(ws, 'GET', '/v1/insights/cohorts?months=3')).json() as { rows: { cohort: string; size: number }[] }
    expect(cohorts.rows).toEqual([expect.objectContaining({ cohort: new Date(lastMonth).toISOString().slice(0, 7), size: 1 })])
  })

  it('erasure leaves nothing about the customer in any table, including learned text counts', async () => {
    const ws = await createWorkspace()
    const id = uuid()
    await sitePost(ws, 'responses', { id, surveyId: ws.surveys.nps, customer: 'gone', score: 2, comment: 'Awful support, too expensive', finished: true })
    await analyzed(ws, id)
    await sitePost(ws, 'displays', { surveyId: ws.surveys.nps, clientId: 'b1', customer: 'gone' })
    await sitePost(ws, 'events', { customer: 'gone', events: [{ type: 'login' }] })
    await api(ws, 'POST', '/v1/signals', { signals: [{ customer: 'gone', type: 'complaint', at: Date.now() - 1000 }] })
    const countsBefore = (await env.DB.prepare('SELECT COALESCE(SUM(ABS(count)),0) n FROM text_model_counts WHERE workspace_id = ?').bind(ws.workspaceId).first<{ n: number }>())!.n
    expect(countsBefore).toBeGreaterThan(0)
    const pk = (await env.DB.prepare('SELECT pk FROM customers WHERE workspace_id = ? AND external_id = ?').bind(ws.workspaceId, 'gone').first<{ pk: string }>())!.pk
    expect((await api(ws, 'DELETE', '/v1/customers/gone')).status).toBe(204)
    for (const [table, column] of [['customers', 'pk'], ['responses', 'customer_pk'], ['displays', 'customer_pk'], ['customer_days', 'customer_pk'], ['risk_scores', 'customer_pk'], ['risk_history', 'customer_pk'], ['alerts', 'customer_pk']]) {
      const { n } = (await env.DB.prepare(`SELECT COUNT(*) n FROM ${table} WHERE ${column} = ?`).bind(pk).first<{ n: number }>())!
      expect(n, table).toBe(0)
    }
    const topics = (await env.DB.prepare('SELECT COUNT(*) n FROM response_topics WHERE response_id = ?').bind(id).first<{ n: number }>())!.n
    expect(topics).toBe(0)
    const countsAfter = (await env.DB.prepare('SELECT COUNT(*) n FROM text_model_counts WHERE workspace_id = ?').bind(ws.workspaceId).first<{ n: number }>())!.n
    expect(countsAfter).toBe(0)
    await expectError(await api(ws, 'GET', '/v1/customers/gone'), 404, 'not_found')
  })
})

describe('/v1/signals and /events', () => {
  it('folds signals into daily counters and cancellations into churn', async () => {
    const ws = await createWorkspace()
    const day = Date.parse('2026-11-10T12:00:00Z')
    const res = await api(ws, 'POST', '/v1/signals', { signals: [
      { customer: 'c-1', type: 'login', at: day }, { customer: 'c-1', type: 'login', at: day + 3600_000 },
      { customer: 'c-1', type: 'purchase', at: day, value: 49.5 }, { customer: 'c-1', type: 'payment_failed', at: '2026-11-11T08:00:00Z' },
      { customer: 'c-2', type: 'subscription_cancelled', at: day, meta: { reason: 'too_expensive' } },
    ] })
    expect(res.status).toBe(202)
    expect(await res.json()).toEqual({ accepted: 5, customers: 2 })
    const rows = await env.DB.prepare("SELECT day, logins, purchases, revenue, payment_failures FROM customer_days WHERE workspace_id = ? ORDER BY day").bind(ws.workspaceId).all()
    expect(rows.results).toEqual([
      { day: '2026-11-10', logins: 2, purchases: 1, revenue: 49.5, payment_failures: 0 },
      { day: '2026-11-11', logins: 0, purchases: 0, revenue: 0, payment_failures: 1 },
    ])
    const c2 = await (await api(ws, 'GET', '/v1/customers/c-2')).json() as { churnedAt: number; churnReason: string }
    expect(c2).toMatchObject({ churnedAt: day, churnReason: 'too_expensive' })
  })

  it('a cancellation dated before an existing customer was first seen moves first seen back too', async () => {
    const ws = await createWorkspace()
    await api(ws, 'POST', '/v1/customers', { customers: [{ id: 'c-3' }] })
    const at = Date.now() - 14 * 86_400_000
    expect((await api(ws, 'POST', '/v1/signals', { signals: [{ customer: 'c-3', type: 'subscription_cancelled', at }] })).status).toBe(202)
    expect(await (await api(ws, 'GET', '/v1/customers/c-3')).json()).toMatchObject({ firstSeenAt: at, churnedAt: at })
  })

  it('refuses unknown signal types and oversized batches', async () => {
    const ws = await createWorkspace()
    await expectError(await api(ws, 'POST', '/v1/signals', { signals: [{ customer: 'c', type: 'teleported', at: Date.now() }] }), 400, 'invalid_request')
    await expectError(await api(ws, 'POST', '/v1/signals', { signals: Array.from({ length: 501 }, () => ({ customer: 'c', type: 'login', at: Date.now() })) }), 400, 'invalid_request')
  })

  it('a signal with no time happened when it arrived', async () => {
    const ws = await createWorkspace()
    const before = Date.now()
    expect((await api(ws, 'POST', '/v1/signals', { signals: [{ customer: 'c-now', type: 'login' }] })).status).toBe(202)
    const row = await env.DB.prepare("SELECT d.day, d.logins, c.last_seen_at AS seen FROM customer_days d JOIN customers c ON c.pk = d.customer_pk WHERE c.workspace_id = ? AND d.logins > 0").bind(ws.workspaceId).first<{ day: string; logins: number; seen: number }>()
    expect(row).toMatchObject({ day: new Date(before).toISOString().slice(0, 10), logins: 1 })
    expect(row!.seen).toBeGreaterThanOrEqual(before)
  })

  it('widget events land in counters, never as raw rows', async () => {
    const ws = await createWorkspace()
    const res = await sitePost(ws, 'events', { customer: { id: 'c-1', traits: { plan: 'pro' } }, events: [{ type: 'page_view' }, { type: 'page_view' }, { type: 'feature_used' }] })
    expect(res.status).toBe(202)
    const row = await env.DB.prepare('SELECT page_views, feature_uses FROM customer_days WHERE workspace_id = ?').bind(ws.workspaceId).first()
    expect(row).toEqual({ page_views: 2, feature_uses: 1 })
    await expectError(await sitePost(ws, 'events', { customer: 'c-1', events: [{ type: 'complaint' }] }), 400, 'invalid_request')
    await expectError(await sitePost(ws, 'events', { customer: 'c-1', events: [{ type: 'login', at: Date.now() - 30 * 86_400_000 }] }), 400, 'invalid_request')
  })
})
