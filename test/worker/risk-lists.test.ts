import { describe, expect, it } from 'vitest'
import { env } from 'cloudflare:test'
import { api, createWorkspace, expectError, sitePost, uuid } from './helpers.ts'
import { rescoreCustomer } from '../../worker/queue/rescore.ts'
import { collapsingCustomer } from '../fixtures/risk/signals.ts'

type AtRisk = { data: { id: string; score: number; tier: string; revenue: number; reasons: unknown[] }[]; nextCursor: string | null; total: number }

async function scored(workspaceId: string, id: string, revenue: number, score: number, tier: string, churned = false) {
  const pk = `cus_${uuid()}`
  const now = Date.now()
  await env.DB.batch([
    env.DB.prepare(`INSERT INTO customers (pk, workspace_id, external_id, traits, revenue, first_seen_at, last_seen_at, churned_at, created_at, updated_at)
      VALUES (?, ?, ?, '{"company":"Acme"}', ?, ?, ?, ?, ?, ?)`).bind(pk, workspaceId, id, revenue, now - 1e10, now, churned ? now : null, now, now),
    env.DB.prepare(`INSERT INTO risk_scores (customer_pk, workspace_id, score, tier, reasons, model_version, computed_at) VALUES (?, ?, ?, ?, '[{"code":"complaints","text":"2 complaints in 30 days","impact":1.8}]', 'default-1', ?)`)
      .bind(pk, workspaceId, score, tier, now),
  ])
  return pk
}

describe('GET /v1/customers/at-risk', () => {
  it('orders by risk × value, excludes churned and low by default, pages with a cursor', async () => {
    const ws = await createWorkspace()
    await scored(ws.workspaceId, 'big-medium', 1000, 50, 'medium')   // 50 × 1001
    await scored(ws.workspaceId, 'small-high', 10, 90, 'high')       // 90 × 11
    await scored(ws.workspaceId, 'mid-high', 200, 75, 'high')        // 75 × 201
    await scored(ws.workspaceId, 'no-revenue', 0, 95, 'high')        // 95 × 1
    await scored(ws.workspaceId, 'churned', 5000, 99, 'high', true)
    await scored(ws.workspaceId, 'calm', 9000, 5, 'low')
    const all = await (await api(ws, 'GET', '/v1/customers/at-risk')).json() as AtRisk
    expect(all.data.map((d) => d.id)).toEqual(['big-medium', 'mid-high', 'small-high', 'no-revenue'])
    expect(all.total).toBe(4)
    expect(all.data[0]).toMatchObject({ plan: null, revenue: 1000, tier: 'medium', traits: { company: 'Acme' }, reasons: [{ code: 'complaints' }] })

    const first = await (await api(ws, 'GET', '/v1/customers/at-risk?limit=3')).json() as AtRisk
    expect(first.data).toHaveLength(3)
    const second = await (await api(ws, 'GET', `/v1/customers/at-risk?limit=3&cursor=${first.nextCursor}`)).json() as AtRisk
    expect(second.data.map((d) => d.id)).toEqual(['no-revenue'])
    expect(second.nextCursor).toBeNull()

    const high = await (await api(ws, 'GET', '/v1/customers/at-risk?tier=high')).json() as AtRisk
    expect(high.data.map((d) => d.id)).toEqual(['mid-high', 'small-high', 'no-revenue'])
    const low = await (await api(ws, 'GET', '/v1/customers/at-risk?tier=low')).json() as AtRisk
    expect(low.data.map((d) => d.id)).toEqual(['calm'])
    await expectError(await api(ws, 'GET', '/v1/customers/at-risk?tier=extreme'), 400, 'invalid_request')
    await expectError(await api(ws, 'GET', '/v1/customers/at-risk?cursor=nonsense'), 400, 'invalid_request')
  })

  it('takes several tiers repeated (tier=high&tier=medium) or comma-separated, alike', async () => {
    const ws = await createWorkspace()
    await scored(ws.workspaceId, 'm', 10, 50, 'medium')
    await scored(ws.workspaceId, 'h', 10, 90, 'high')
    await scored(ws.workspaceId, 'l', 10, 5, 'low')
    const ids = async (q: string) => ((await (await api(ws, 'GET', `/v1/customers/at-risk?${q}`)).json()) as AtRisk).data.map((d) => d.id).sort()
    expect(await ids('tier=high&tier=medium')).toEqual(['h', 'm'])
    expect(await ids('tier=high,medium')).toEqual(['h', 'm'])
    expect(await ids('tier=low&tier=high')).toEqual(['h', 'l'])
    await expectError(await api(ws, 'GET', '/v1/customers/at-risk?tier=high&tier=extreme'), 400, 'invalid_request')
  })

  it("another workspace's key sees none of it", async () => {
    const ws = await createWorkspace()
    const other = await createWorkspace()
    await scored(ws.workspaceId, 'mine', 100, 90, 'high')
    const theirs = await (await api(other, 'GET', '/v1/customers/at-risk')).json() as AtRisk
    expect(theirs).toEqual({ data: [], nextCursor: null, total: 0 })
    await expectError(await api(other, 'GET', '/v1/customers/mine/timeline'), 404, 'not_found')
    await expectError(await api({ secretKey: 'sk_nope' }, 'GET', '/v1/customers/at-risk'), 401, 'unauthorized')
  })
})

describe('GET /v1/customers/{id}/timeline', () => {
  it('answers risk history, daily activity and responses', async () => {
    const ws = await createWorkspace()
    const now = Date.now()
    await api(ws, 'POST', '/v1/signals', { signals: collapsingCustomer('c1', now) })
    const { pk } = (await env.DB.prepare('SELECT pk FROM customers WHERE workspace_id = ? AND external_id = ?').bind(ws.workspaceId, 'c1').first<{ pk: string }>())!
    await rescoreCustomer(env, ws.workspaceId, pk)
    const answer = uuid()
    await sitePost(ws, 'responses', { id: answer, surveyId: ws.surveys.nps, customer: 'c1', score: 2, comment: 'Too expensive', finished: true })
    const body = await (await api(ws, 'GET', '/v1/customers/c1/timeline')).json() as {
      risk: { day: string; score: number; tier: string }[]
      activity: { day: string; logins: number; complaints: number; paymentFailures: number }[]
      responses: { id: string; score: number }[]
      alerts: unknown[]
    }
    expect(body.risk).toEqual([{ day: new Date(now).toISOString().slice(0, 10), score: expect.any(Number), tier: 'high' }])
    expect(body.activity.reduce((s, d) => s + d.complaints, 0)).toBe(2)
    expect(body.activity.reduce((s, d) => s + d.logins, 0)).toBe(137)
    expect(Object.keys(body.activity[0]).sort()).toEqual(['complaints', 'day', 'featureUses', 'logins', 'pageViews', 'paymentFailures', 'purchases', 'sessions', 'tickets'])
    expect(body.responses).toEqual([expect.objectContaining({ id: answer, score: 2, customerId: 'c1' })])
    expect(Array.isArray(body.alerts)).toBe(true)
  })
})
