// The cool-down holds back repeats, never a customer getting worse (QA: a rise from medium to
// high risk within a day, or a medium detractor then a severe one, reported nothing).
import { describe, expect, it } from 'vitest'
import { env } from 'cloudflare:test'
import { api, createWorkspace, uuid, type TestWorkspace } from './helpers.ts'
import { alertsOf } from '../receivers/alert-fixtures.ts'
import { alertsForResponse, alertsForRiskChange } from '../../worker/queue/alerts.ts'
import { getSurvey } from '../../worker/services/surveys.ts'
import { storeResponse } from '../../worker/services/responses.ts'

const HOUR = 3_600_000
const DAY = 24 * HOUR
const reasons = [{ code: 'payment_failures', text: 'payment failed 3 times in 90 days', impact: 1.4 }, { code: 'complaints', text: '3 complaints in 30 days', impact: 1.1 }]
const low = { score: 22, tier: 'low' as const, reasons: [] }
const medium = { score: 51, tier: 'medium' as const, reasons }
const high = { score: 73, tier: 'high' as const, reasons }

async function pkOf(ws: TestWorkspace, externalId: string): Promise<string> {
  return (await env.DB.prepare('SELECT pk FROM customers WHERE workspace_id = ? AND external_id = ?').bind(ws.workspaceId, externalId).first<{ pk: string }>())!.pk
}

/** An NPS answer stored as the widget route stores it, then decided at once (no queue). */
async function npsAlerts(ws: TestWorkspace, customer: string, score: number): Promise<number> {
  const id = uuid()
  const survey = (await getSurvey(env.DB, ws.workspaceId, ws.surveys.nps))!
  await storeResponse(env.DB, ws.workspaceId, survey, { id, customer: { id: customer, traits: {} }, score, finished: true }, Date.now())
  return (await alertsForResponse(env, ws.workspaceId, id)).alertIds.length
}

const kindsFor = async (ws: TestWorkspace, customer: string) =>
  (await alertsOf(ws)).filter((a) => JSON.parse(a.data).customer.id === customer).map((a) => [a.kind, a.severity])

describe('cool-down and escalation', () => {
  it('risk rising from medium to high within the cool-down alerts twice; medium again alerts once', async () => {
    const ws = await createWorkspace({ alertCooldownHours: 24 })
    await api(ws, 'POST', '/v1/customers', { customers: [{ id: 'worse', revenue: 20 }, { id: 'same', revenue: 20 }] })
    // Late one UTC day, then early the next: 14 hours apart, so the daily dedupe key differs and only the cool-down can hold an alert back.
    const evening = Math.floor(Date.now() / DAY) * DAY - 2 * DAY + 20 * HOUR
    const morning = evening + 14 * HOUR
    const worse = await pkOf(ws, 'worse')
    expect((await alertsForRiskChange(env, ws.workspaceId, worse, { previous: low, current: medium }, evening)).alertIds).toHaveLength(1)
    expect((await alertsForRiskChange(env, ws.workspaceId, worse, { previous: medium, current: high }, morning)).alertIds).toHaveLength(1)
    expect(await kindsFor(ws, 'worse')).toEqual([['risk_escalated', 'medium'], ['risk_escalated', 'high']])

    const same = await pkOf(ws, 'same')
    expect((await alertsForRiskChange(env, ws.workspaceId, same, { previous: low, current: medium }, evening)).alertIds).toHaveLength(1)
    expect((await alertsForRiskChange(env, ws.workspaceId, same, { previous: low, current: { ...medium, score: 55 } }, morning)).alertIds).toEqual([])
    expect(await kindsFor(ws, 'same')).toEqual([['risk_escalated', 'medium']])
    // Once high was reported, a rise back to medium is no escalation either.
    expect((await alertsForRiskChange(env, ws.workspaceId, worse, { previous: low, current: medium }, morning + HOUR)).alertIds).toEqual([])
  })

  it('a medium detractor then a severe one within the cool-down alerts twice; two medium ones alert once', async () => {
    const ws = await createWorkspace({ alertCooldownHours: 24 })
    expect(await npsAlerts(ws, 'c-worse', 5)).toBe(1)
    expect(await npsAlerts(ws, 'c-worse', 2)).toBe(1)
    expect(await kindsFor(ws, 'c-worse')).toEqual([['detractor', 'medium'], ['detractor', 'high']])
    // Lower or equal after that waits out the cool-down.
    expect(await npsAlerts(ws, 'c-worse', 1)).toBe(0)
    expect(await npsAlerts(ws, 'c-worse', 6)).toBe(0)

    expect(await npsAlerts(ws, 'c-same', 5)).toBe(1)
    expect(await npsAlerts(ws, 'c-same', 4)).toBe(0)
    expect(await kindsFor(ws, 'c-same')).toEqual([['detractor', 'medium']])
  })
})
