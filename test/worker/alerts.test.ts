// Alerts end to end: answer → analysis → alert → delivery at a real loopback receiver, through
// the real local queue; dedupe and cool-down; risk-change alerts; the alerts list.
import { describe, expect, it } from 'vitest'
import { env } from 'cloudflare:test'
import { Webhook } from 'standardwebhooks'
import { api, analyzed, createWorkspace, eventually, expectError, sitePost, uuid } from './helpers.ts'
import { received, receiver } from '../receivers/client.ts'
import { alertsOf, createDestination, deliveriesOf, deliveryReaches } from '../receivers/alert-fixtures.ts'
import { alertsForResponse, alertsForRiskChange } from '../../worker/queue/alerts.ts'
import { handle } from '../../worker/queue/consumer.ts'

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('alerts', () => {
  it('a detractor answer reaches a webhook once, signed so standardwebhooks verifies it', async () => {
    const ws = await createWorkspace({ dashboardUrl: 'https://dash.example.com' })
    const r = receiver()
    const dest = await createDestination(ws, { url: r.url('ok') })
    await api(ws, 'POST', '/v1/customers', { customers: [{ id: 'c-42', plan: 'Pro', revenue: 120, traits: { name: 'Dana Smith' } }] })
    const id = uuid()
    const res = await sitePost(ws, 'responses', { id, surveyId: ws.surveys.nps, customer: 'c-42', score: 3, comment: 'Too expensive, and support never answers', finished: true })
    expect(res.status).toBe(201)
    const [got] = await received(r, (g) => g.length >= 1)
    const payload = new Webhook(dest.secret!).verify(got.body, got.headers) as { type: string; data: Record<string, any> }
    expect(payload.type).toBe('alert.detractor')
    expect(payload.data.customer).toMatchObject({ id: 'c-42', name: 'Dana Smith', plan: 'Pro', revenue: 120, url: 'https://dash.example.com/app/customers/c-42' })
    expect(payload.data.response).toMatchObject({ id, score: 3, comment: 'Too expensive, and support never answers' })
    // Questions come with their words, not only ids.
    expect(payload.data.response.questions[0].label).toMatch(/recommend/i)
    expect(payload.data.response.topics.map((t: { id: string }) => t.id)).toEqual(expect.arrayContaining(['pricing']))
    expect(payload.data.nextSteps.length).toBeGreaterThan(0)
    const [delivery] = await deliveriesOf(ws)
    expect(got.headers['webhook-id']).toBe(delivery.id)
    await deliveryReaches(delivery.id, 'delivered')

    const list = (await (await api(ws, 'GET', '/v1/alerts')).json()) as { data: any[]; total: number; nextCursor: string | null }
    expect(list.total).toBe(1)
    expect(list.data[0]).toMatchObject({ kind: 'detractor', severity: 'high', customerId: 'c-42', responseId: id })
    expect(list.data[0].deliveries).toEqual([{ id: delivery.id, destinationId: dest.id, status: 'delivered', attempts: 1 }])
  })

  it('the same response submitted 10 times, and its analysis run again, yields one alert and one delivery', async () => {
    const ws = await createWorkspace()
    const r = receiver()
    await createDestination(ws, { url: r.url('ok') })
    const id = uuid()
    const body = { id, surveyId: ws.surveys.nps, customer: 'c-7', score: 1, comment: 'Broken again', finished: true }
    const statuses = await Promise.all(Array.from({ length: 10 }, () => sitePost(ws, 'responses', body).then((x) => x.status)))
    expect(statuses.filter((s) => s === 201)).toHaveLength(1)
    await analyzed(ws, id)
    // Redelivered queue messages and concurrent deciders change nothing.
    await handle({ type: 'analyze', workspaceId: ws.workspaceId, responseId: id }, env)
    await Promise.all(Array.from({ length: 5 }, () => alertsForResponse(env, ws.workspaceId, id)))
    await received(r, (g) => g.length >= 1)
    await pause(1500)
    expect(await alertsOf(ws)).toHaveLength(1)
    expect(await deliveriesOf(ws)).toHaveLength(1)
    expect(await r.records()).toHaveLength(1)
  })

  it('routes by filters, holds a second alert of a kind (no worse) within the cool-down, and exempts exits', async () => {
    const ws = await createWorkspace({ alertCooldownHours: 24 })
    const r = receiver()
    const detractorsOnly = await createDestination(ws, { url: r.url('ok'), filters: { kinds: ['detractor'] } })
    const highOnly = await createDestination(ws, { url: r.url('ok'), filters: { minSeverity: 'high' } })
    const first = uuid()
    const second = uuid()
    await sitePost(ws, 'responses', { id: first, surveyId: ws.surveys.nps, customer: 'c-1', score: 5, finished: true })
    await analyzed(ws, first)
    // 4 is as bad as 5 (medium); a worse answer would go out (alerts-escalation.test.ts).
    await sitePost(ws, 'responses', { id: second, surveyId: ws.surveys.nps, customer: 'c-1', score: 4, finished: true })
    await analyzed(ws, second)
    const alerts = await alertsOf(ws)
    expect(alerts.map((a) => a.kind)).toEqual(['detractor'])
    const deliveries = await deliveriesOf(ws)
    expect(deliveries.map((d) => d.destination_id)).toEqual([detractorsOnly.id])
    expect(highOnly.id).not.toBe(detractorsOnly.id)

    const exits = [uuid(), uuid()]
    for (const id of exits) {
      await sitePost(ws, 'responses', { id, surveyId: ws.surveys.exit, customer: 'c-1', reason: 'too_expensive', offer: { kind: 'discount', accepted: false }, finished: true })
      await analyzed(ws, id)
    }
    const exitAlerts = (await alertsOf(ws)).filter((a) => a.kind === 'exit')
    expect(exitAlerts).toHaveLength(2)
    const data = JSON.parse(exitAlerts[0].data)
    expect(data.exit).toMatchObject({ reason: 'too_expensive', offer: 'discount', outcome: 'declined' })
    expect(data.exit.reasonLabel).toBeTruthy()
  })

  it('a risk tier rising alerts once a day; a top-value customer at high risk is critical', async () => {
    const ws = await createWorkspace({ highValueRevenue: 500 })
    const r = receiver()
    await createDestination(ws, { url: r.url('ok') })
    await api(ws, 'POST', '/v1/customers', { customers: [{ id: 'small', revenue: 20 }, { id: 'big', revenue: 900, plan: 'Enterprise' }] })
    const pk = async (external: string) => (await env.DB.prepare('SELECT pk FROM customers WHERE workspace_id = ? AND external_id = ?').bind(ws.workspaceId, external).first<{ pk: string }>())!.pk
    const reasons = [{ code: 'payment_failures', text: 'payment failed twice in 90 days', impact: 1.2 }]
    const change = { previous: { score: 30, tier: 'low' as const, reasons: [] }, current: { score: 74, tier: 'high' as const, reasons } }
    const small = await alertsForRiskChange(env, ws.workspaceId, await pk('small'), change)
    const again = await alertsForRiskChange(env, ws.workspaceId, await pk('small'), change)
    const big = await alertsForRiskChange(env, ws.workspaceId, await pk('big'), change)
    expect([small.alertIds.length, again.alertIds.length, big.alertIds.length]).toEqual([1, 0, 1])
    const alerts = await alertsOf(ws)
    expect(alerts.map((a) => [a.kind, a.severity])).toEqual([['risk_escalated', 'high'], ['high_value_at_risk', 'critical']])
    expect(JSON.parse(alerts[1].data).risk.reasons[0]).toMatchObject({ code: 'payment_failures', text: 'payment failed twice in 90 days' })
    const got = await received(r, (g) => g.length >= 2)
    expect(got.map((g) => JSON.parse(g.body).type).sort()).toEqual(['alert.high_value_at_risk', 'alert.risk_escalated'])
    // A tier that did not rise says nothing.
    const flat = await alertsForRiskChange(env, ws.workspaceId, await pk('small'), { previous: change.current, current: change.current })
    expect(flat.alertIds).toEqual([])
  })

  it('an unfinished answer alerts only once abandoned, and finishing it later alerts no more', async () => {
    const ws = await createWorkspace()
    const id = uuid()
    await sitePost(ws, 'responses', { id, surveyId: ws.surveys.nps, customer: 'c-3', score: 2, finished: false })
    expect((await alertsForResponse(env, ws.workspaceId, id)).alertIds).toEqual([])
    const later = Date.now() + 31 * 60_000
    expect((await alertsForResponse(env, ws.workspaceId, id, later)).alertIds).toHaveLength(1)
    await sitePost(ws, 'responses', { id, surveyId: ws.surveys.nps, customer: 'c-3', comment: 'never mind', finished: true })
    await analyzed(ws, id)
    expect((await alertsOf(ws)).map((a) => a.kind)).toEqual(['detractor'])
  })

  it('an exit answer whose reason is in is abandoned after a minute, not 30: its alert need not wait half an hour', async () => {
    const ws = await createWorkspace()
    const [exit, nps] = [uuid(), uuid()]
    await sitePost(ws, 'responses', { id: exit, surveyId: ws.surveys.exit, customer: 'c-4', reason: 'missing_features', finished: false })
    await sitePost(ws, 'responses', { id: nps, surveyId: ws.surveys.nps, customer: 'c-5', score: 2, finished: false })
    const twoMinutes = Date.now() + 2 * 60_000
    expect((await alertsForResponse(env, ws.workspaceId, exit)).alertIds).toEqual([])
    expect((await alertsForResponse(env, ws.workspaceId, exit, twoMinutes)).alertIds).toHaveLength(1)
    expect((await alertsForResponse(env, ws.workspaceId, nps, twoMinutes)).alertIds).toEqual([])
    expect((await alertsOf(ws)).map((a) => a.kind)).toEqual(['exit'])
    // Closed while its save offer was open (too expensive: a discount): they may have stayed, so no exit alert.
    const undecided = uuid()
    await sitePost(ws, 'responses', { id: undecided, surveyId: ws.surveys.exit, customer: 'c-6', reason: 'too_expensive', finished: false })
    expect((await alertsForResponse(env, ws.workspaceId, undecided, twoMinutes)).alertIds).toEqual([])
    // Read by the sweep meanwhile, then the offer declined at last: the finish is read again and alerts.
    await env.DB.prepare('UPDATE responses SET analyzed_at = ? WHERE id = ?').bind(Date.now(), undecided).run()
    await sitePost(ws, 'responses', { id: undecided, surveyId: ws.surveys.exit, offer: { kind: 'discount', accepted: false }, finished: true })
    const both = await eventually(async () => { const a = await alertsOf(ws); return a.length === 2 ? a : null })
    expect(both.map((a) => a.kind)).toEqual(['exit', 'exit'])
  })

  it('lists alerts by kind and customer, pages with a cursor, and keeps workspaces apart', async () => {
    const ws = await createWorkspace({ alertCooldownHours: 0 })
    const other = await createWorkspace()
    const ids = [uuid(), uuid(), uuid()]
    for (const [i, id] of ids.entries()) {
      await sitePost(ws, 'responses', { id, surveyId: ws.surveys.csat, customer: `c-${i % 2}`, score: 1, finished: true })
      await analyzed(ws, id)
    }
    const page1 = (await (await api(ws, 'GET', '/v1/alerts?limit=2')).json()) as { data: { id: string }[]; nextCursor: string; total: number }
    expect([page1.data.length, page1.total]).toEqual([2, 3])
    const page2 = (await (await api(ws, 'GET', `/v1/alerts?limit=2&cursor=${page1.nextCursor}`)).json()) as { data: { id: string }[]; nextCursor: string | null }
    expect(page2.data).toHaveLength(1)
    expect(page2.nextCursor).toBeNull()
    expect(new Set([...page1.data, ...page2.data].map((a) => a.id)).size).toBe(3)
    const c0 = (await (await api(ws, 'GET', '/v1/alerts?customer=c-0&kind=detractor')).json()) as { total: number }
    expect(c0.total).toBe(2)
    expect(((await (await api(other, 'GET', '/v1/alerts')).json()) as { total: number }).total).toBe(0)
    await expectError(await api(ws, 'GET', '/v1/alerts?kind=nonsense'), 400, 'invalid_request')
    await expectError(await api(ws, 'GET', '/v1/alerts?cursor=zzz'), 400, 'invalid_request')
  })
})

describe('old answers', () => {
  it('an answer last touched weeks ago (a backfill) raises no alert', async () => {
    const ws = await createWorkspace()
    const id = uuid()
    await sitePost(ws, 'responses', { id, surveyId: ws.surveys.nps, customer: 'old-c', score: 1, comment: 'terrible', finished: false })
    await env.DB.prepare('UPDATE responses SET finished = 1, updated_at = ?, created_at = ? WHERE id = ?').bind(Date.now() - 30 * 86_400_000, Date.now() - 30 * 86_400_000, id).run()
    const stored = await alertsForResponse(env, ws.workspaceId, id)
    expect(stored.alertIds).toEqual([])
  })
})
