// "Never twice for the same thing", QA's cases: answers decided side by side share one cool-down;
// a first risk score sets a baseline; one answer makes one message, carrying the risk after it;
// alerts for a destination a 410 disabled wait as failed deliveries, replayable once it is back.
import { describe, expect, it } from 'vitest'
import { env } from 'cloudflare:test'
import { api, analyzed, createWorkspace, eventually, expectError, sitePost, uuid, type TestWorkspace } from './helpers.ts'
import { received, receiver } from '../receivers/client.ts'
import { alertsOf, createDestination, deliveriesOf, plantDelivery } from '../receivers/alert-fixtures.ts'
import { collapsingCustomer } from '../fixtures/risk/signals.ts'
import { alertsForResponse, alertsForRiskChange } from '../../worker/queue/alerts.ts'
import { handle } from '../../worker/queue/consumer.ts'
import { attemptDelivery } from '../../worker/queue/deliver.ts'
import { getSurvey } from '../../worker/services/surveys.ts'
import { storeResponse, type ResponseInput } from '../../worker/services/responses.ts'

const DAY = 86_400_000
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** An answer stored as the widget route stores it, but not enqueued: the test runs the consumer. */
async function store(ws: TestWorkspace, kind: keyof TestWorkspace['surveys'], input: Omit<ResponseInput, 'id'>): Promise<string> {
  const id = uuid()
  const survey = (await getSurvey(env.DB, ws.workspaceId, ws.surveys[kind]))!
  await storeResponse(env.DB, ws.workspaceId, survey, { id, ...input }, Date.now())
  return id
}

async function pkOf(ws: TestWorkspace, externalId: string): Promise<string> {
  return (await env.DB.prepare('SELECT pk FROM customers WHERE workspace_id = ? AND external_id = ?').bind(ws.workspaceId, externalId).first<{ pk: string }>())!.pk
}

/** Waits for the queue's rescores of this customer to land, then rescores once more so the baseline holds every signal. */
async function baseline(ws: TestWorkspace, externalId: string, tier: string) {
  const pk = await pkOf(ws, externalId)
  await eventually(() => env.DB.prepare('SELECT 1 AS y FROM risk_scores WHERE customer_pk = ?').bind(pk).first())
  await handle({ type: 'rescore', workspaceId: ws.workspaceId, customerPk: pk }, env)
  const score = await env.DB.prepare('SELECT tier, reasons FROM risk_scores WHERE customer_pk = ?').bind(pk).first<{ tier: string; reasons: string }>()
  expect(score!.tier, score!.reasons).toBe(tier)
}

describe('cool-down under concurrency', () => {
  it('four answers from one customer decided at once make one alert and one delivery per destination', async () => {
    const ws = await createWorkspace({ alertCooldownHours: 24 })
    const [a, b] = [receiver(), receiver()]
    await createDestination(ws, { url: a.url('ok') })
    await createDestination(ws, { url: b.url('ok') })
    const customer = { id: 'c-burst', traits: {} }
    const ids = [
      await store(ws, 'nps', { customer, score: 2, finished: true }),
      await store(ws, 'csat', { customer, score: 1, finished: true }),
      await store(ws, 'ces', { customer, score: 7, finished: true }),
      await store(ws, 'nps', { customer, score: 0, finished: true }),
    ]
    await Promise.all(ids.map((responseId) => handle({ type: 'analyze', workspaceId: ws.workspaceId, responseId }, env)))
    expect((await alertsOf(ws)).map((x) => x.kind)).toEqual(['detractor'])
    expect(await deliveriesOf(ws)).toHaveLength(2)
    await received(a, (g) => g.length >= 1)
    await received(b, (g) => g.length >= 1)
    await pause(1000)
    expect([(await a.records()).length, (await b.records()).length]).toEqual([1, 1])
  })
})

describe('risk alerts need a real rise', () => {
  it("a customer's first score sets the baseline and pages nobody, however high", async () => {
    const ws = await createWorkspace()
    await createDestination(ws, { url: receiver().url('ok') })
    const now = Date.now()
    for (const id of ['new-1', 'new-2', 'new-3']) {
      expect((await api(ws, 'POST', '/v1/signals', { signals: collapsingCustomer(id, now) })).status).toBe(202)
      await baseline(ws, id, 'high')
    }
    const imported = Array.from({ length: 20 }, (_, i) => ({ id: `imp-${i}`, plan: 'pro', revenue: 50 }))
    expect((await api(ws, 'POST', '/v1/customers', { customers: imported })).status).toBeLessThan(300)
    await eventually(async () => ((await env.DB.prepare('SELECT COUNT(*) AS n FROM risk_scores WHERE workspace_id = ?').bind(ws.workspaceId).first<{ n: number }>())!.n >= 23 ? true : null))
    await pause(500)
    expect(await alertsOf(ws)).toEqual([])
    expect(await deliveriesOf(ws)).toEqual([])
  })

  it('a rise resting only on tenure or similar customers pages nobody; one with behaviour does', async () => {
    const ws = await createWorkspace()
    await api(ws, 'POST', '/v1/customers', { customers: [{ id: 'fresh', revenue: 20 }] })
    const pk = await pkOf(ws, 'fresh')
    const previous = { score: 30, tier: 'low' as const, reasons: [] }
    const context = [{ code: 'new_customer', text: 'new customer (joined today)', impact: 0.4 }, { code: 'segment_churn', text: '25% of similar customers churn', impact: 0.6 }]
    const quiet = await alertsForRiskChange(env, ws.workspaceId, pk, { previous, current: { score: 45, tier: 'medium', reasons: context } })
    expect(quiet.alertIds).toEqual([])
    const payment = { code: 'payment_failed', text: 'payment failed twice in 90 days', impact: 1.5 }
    const real = await alertsForRiskChange(env, ws.workspaceId, pk, { previous, current: { score: 58, tier: 'medium', reasons: [...context, payment] } })
    expect(real.alertIds).toHaveLength(1)
  })

  it('a top-value customer whose behaviour takes them from low to high gets high_value_at_risk', async () => {
    const ws = await createWorkspace({ highValueRevenue: 500 })
    await api(ws, 'POST', '/v1/customers', { customers: [{ id: 'big', revenue: 900 }] })
    await baseline(ws, 'big', 'low')
    expect((await api(ws, 'POST', '/v1/signals', { signals: collapsingCustomer('big', Date.now()) })).status).toBe(202)
    const [alert] = await eventually(async () => ((await alertsOf(ws)).length ? alertsOf(ws) : null))
    expect([alert.kind, alert.severity]).toEqual(['high_value_at_risk', 'critical'])
  })
})

describe('one message per answer', () => {
  it('a detractor answer makes one alert, carrying the risk after the answer, not a second risk alert', async () => {
    const ws = await createWorkspace()
    await createDestination(ws, { url: receiver().url('ok') })
    await api(ws, 'POST', '/v1/signals', { signals: [{ customer: 'cust_dup1', type: 'complaint', at: Date.now() - DAY }] })
    await baseline(ws, 'cust_dup1', 'low')
    const id = uuid()
    await sitePost(ws, 'responses', { id, surveyId: ws.surveys.nps, customer: 'cust_dup1', score: 3, comment: 'Too expensive, and support never answers', finished: true })
    await analyzed(ws, id)
    await eventually(async () => ((await alertsOf(ws)).length ? true : null))
    await pause(1500)
    const alerts = await alertsOf(ws)
    expect(alerts.map((a) => a.kind)).toEqual(['detractor'])
    const risk = JSON.parse(alerts[0].data).risk
    expect(risk).toMatchObject({ tier: 'medium', previousTier: 'low' })
    expect(risk.reasons.map((r: { code: string }) => r.code)).toContain('nps')
  })

  it('a top-value customer saved by the exit offer gets the exit follow-up, no critical rescue alert', async () => {
    const ws = await createWorkspace({ highValueRevenue: 500 })
    await createDestination(ws, { url: receiver().url('ok') })
    const now = Date.now()
    // One request, so one queued rescore: none is left to land after the answer.
    const signals = [{ type: 'complaint' }, { type: 'payment_failed' }, { type: 'purchase', value: 900, meta: { revenue: 900 } }]
    await api(ws, 'POST', '/v1/signals', { signals: signals.map((x) => ({ customer: 'vip', at: now - DAY, ...x })) })
    await baseline(ws, 'vip', 'medium')
    const id = uuid()
    await sitePost(ws, 'responses', { id, surveyId: ws.surveys.exit, customer: 'vip', reason: 'too_expensive', offer: { kind: 'discount', accepted: true }, finished: true })
    await analyzed(ws, id)
    await eventually(async () => ((await alertsOf(ws)).length ? true : null))
    await pause(1500)
    const alerts = await alertsOf(ws)
    expect(alerts.map((a) => [a.kind, a.severity])).toEqual([['exit', 'medium']])
    const data = JSON.parse(alerts[0].data)
    expect(data.exit.outcome).toBe('saved')
    expect(data.risk).toMatchObject({ tier: 'high', previousTier: 'medium' })
  })
})

describe('alerts while a destination is disabled', () => {
  it('a destination a 410 disabled keeps failed deliveries, listed and replayable once it is enabled again', async () => {
    const ws = await createWorkspace()
    const r = receiver()
    const dest = await createDestination(ws, { url: r.url('gone') })
    expect(await attemptDelivery(env, await plantDelivery(ws, dest.id))).toBe('failed')
    const byHand = await createDestination(ws, { url: receiver().url('ok') })
    await api(ws, 'PATCH', `/v1/destinations/${byHand.id}`, { enabled: false })

    const id = await store(ws, 'nps', { customer: { id: 'c-away', traits: {} }, score: 1, finished: true })
    const [alertId] = (await alertsForResponse(env, ws.workspaceId, id)).alertIds
    const list = (await (await api(ws, 'GET', `/v1/deliveries?status=failed&destination=${dest.id}`)).json()) as { data: { id: string; alertId: string; attempts: number; lastError: string }[] }
    const held = list.data.find((d) => d.alertId === alertId)
    expect(held).toMatchObject({ attempts: 0, lastError: expect.stringMatching(/destination disabled.*410/) })
    // The one a person turned off gets nothing, as the README says.
    expect((await deliveriesOf(ws)).filter((d) => d.destination_id === byHand.id)).toEqual([])

    await expectError(await api(ws, 'POST', `/v1/deliveries/${held!.id}/replay`), 409, 'conflict')
    expect((await api(ws, 'PATCH', `/v1/destinations/${dest.id}`, { url: r.url('ok'), enabled: true })).status).toBe(200)
    expect((await api(ws, 'POST', `/v1/deliveries/${held!.id}/replay`)).status).toBe(202)
    const got = await received(r, (g) => g.some((x) => x.path.endsWith('/ok')))
    expect(JSON.parse(got.find((x) => x.path.endsWith('/ok'))!.body).type).toBe('alert.detractor')
  })
})

describe('an answer not analysed yet', () => {
  it('is not read by a rescore, so a signal in the seconds before its analysis cannot page its risk first', async () => {
    const { oneCustomerStatements, answersOf } = await import('../../worker/services/risk-facts.ts')
    const ws = await createWorkspace()
    expect((await api(ws, 'POST', '/v1/customers', { customers: [{ id: 'cust_gap', revenue: 100 }] })).status).toBe(200)
    const { pk } = (await env.DB.prepare('SELECT pk FROM customers WHERE workspace_id = ? AND external_id = ?').bind(ws.workspaceId, 'cust_gap').first<{ pk: string }>())!
    const now = Date.now()
    const insert = (id: string, analyzedAt: number | null) => env.DB.prepare(
      `INSERT INTO responses (id, workspace_id, survey_id, survey_kind, survey_version, customer_pk, score, finished, created_at, updated_at, analyzed_at)
       VALUES (?, ?, ?, 'nps', 1, ?, 1, 1, ?, ?, ?)`,
    ).bind(id, ws.workspaceId, ws.surveys.nps, pk, now - 1000, now - 1000, analyzedAt).run()
    await insert('r-analysed', now - 500)
    await insert('r-waiting', null)
    const [, answers] = await env.DB.batch(oneCustomerStatements(env.DB, pk, now))
    expect(answersOf(answers.results as never)).toHaveLength(1)
  })
})
