import { describe, expect, it } from 'vitest'
import { env } from 'cloudflare:test'
import { api, createWorkspace } from './helpers.ts'
import { handle } from '../../worker/queue/consumer.ts'
import { rescoreCustomer } from '../../worker/queue/rescore.ts'
import { forgetChurnDefinition } from '../../worker/services/churn-definition.ts'
import { collapsingCustomer, steadyCustomer } from '../fixtures/risk/signals.ts'

const DAY = 86_400_000

async function pkOf(workspaceId: string, externalId: string) {
  const row = await env.DB.prepare('SELECT pk FROM customers WHERE workspace_id = ? AND external_id = ?').bind(workspaceId, externalId).first<{ pk: string }>()
  return row!.pk
}

describe('rescore', () => {
  it('a customer whose logins collapse and who files two complaints rises to high with those reasons', async () => {
    const ws = await createWorkspace()
    const now = Date.now()
    expect((await api(ws, 'POST', '/v1/signals', { signals: steadyCustomer('calm', now) })).status).toBe(202)
    expect((await api(ws, 'POST', '/v1/signals', { signals: collapsingCustomer('leaving', now) })).status).toBe(202)
    const leaving = await pkOf(ws.workspaceId, 'leaving')
    const calm = await pkOf(ws.workspaceId, 'calm')
    await handle({ type: 'rescore', workspaceId: ws.workspaceId, customerPk: leaving }, env)
    await handle({ type: 'rescore', workspaceId: ws.workspaceId, customerPk: calm }, env)

    const scores = await env.DB.prepare('SELECT customer_pk, score, tier, reasons FROM risk_scores WHERE workspace_id = ?').bind(ws.workspaceId)
      .all<{ customer_pk: string; score: number; tier: string; reasons: string }>()
    const byPk = new Map(scores.results.map((r) => [r.customer_pk, r]))
    expect(byPk.get(leaving)!.tier).toBe('high')
    expect(byPk.get(calm)!.tier).toBe('low')
    const texts = (JSON.parse(byPk.get(leaving)!.reasons) as { text: string }[]).map((r) => r.text)
    // ~72% (the day boundary against the wall clock moves it by a point).
    expect(texts.find((t) => /^logins down 7[0-4]% vs\. the 60 days before$/.test(t)), JSON.stringify(texts)).toBeDefined()
    expect(texts).toContain('2 complaints in 30 days')

    // The customer API shows it; today's history point exists once however often we rescore.
    const view = await (await api(ws, 'GET', '/v1/customers/leaving')).json() as { risk: { tier: string; score: number } }
    expect(view.risk.tier).toBe('high')
    await handle({ type: 'rescore', workspaceId: ws.workspaceId, customerPk: leaving }, env)
    const history = await env.DB.prepare('SELECT COUNT(*) n FROM risk_history WHERE customer_pk = ?').bind(leaving).first<{ n: number }>()
    expect(history!.n).toBe(1)
  })

  it('returns previous and current, so a rise can be alerted on', async () => {
    const ws = await createWorkspace()
    const now = Date.now()
    await api(ws, 'POST', '/v1/signals', { signals: steadyCustomer('c1', now) })
    const pk = await pkOf(ws.workspaceId, 'c1')
    await env.DB.prepare('DELETE FROM risk_scores WHERE customer_pk = ?').bind(pk).run()
    const first = await rescoreCustomer(env, ws.workspaceId, pk)
    expect(first!.previous).toBeNull()
    expect(first!.current.tier).toBe('low')
    await api(ws, 'POST', '/v1/signals', { signals: [{ customer: 'c1', type: 'complaint', at: now - DAY }, { customer: 'c1', type: 'complaint', at: now - 2 * DAY }, { customer: 'c1', type: 'payment_failed', at: now - DAY }] })
    const second = await rescoreCustomer(env, ws.workspaceId, pk)
    expect(second!.previous).toEqual(first!.current)
    expect(second!.current.score).toBeGreaterThan(first!.current.score)
  })

  it('a churned customer is lost, not at risk: no current score, no change to alert on', async () => {
    const ws = await createWorkspace({ churnInactiveDays: 25 })
    const now = Date.now()
    await api(ws, 'POST', '/v1/signals', { signals: collapsingCustomer('gone', now) })
    const pk = await pkOf(ws.workspaceId, 'gone')
    expect(await rescoreCustomer(env, ws.workspaceId, pk)).not.toBeNull()
    await api(ws, 'POST', '/v1/customers/gone/churn', { at: now - DAY, reason: 'too expensive' })
    expect(await rescoreCustomer(env, ws.workspaceId, pk)).toBeNull()
    expect(await env.DB.prepare('SELECT 1 FROM risk_scores WHERE customer_pk = ?').bind(pk).first()).toBeNull()
    // This workspace records cancellations, so a silence past its 25 days is no churn by default;
    // where silences count, it is.
    await api(ws, 'POST', '/v1/signals', { signals: [{ customer: 'quiet', type: 'login', at: now - 27 * DAY }] })
    const quiet = await pkOf(ws.workspaceId, 'quiet')
    forgetChurnDefinition(ws.workspaceId) // rescoring reads the definition cached for ten minutes
    expect(await rescoreCustomer(env, ws.workspaceId, quiet)).not.toBeNull()
    await api(ws, 'PATCH', '/v1/workspace', { settings: { churnOnSilence: 'always' } })
    expect(await rescoreCustomer(env, ws.workspaceId, quiet)).toBeNull()
  })

  it('another workspace id never scores this customer', async () => {
    const ws = await createWorkspace()
    const other = await createWorkspace()
    await api(ws, 'POST', '/v1/signals', { signals: steadyCustomer('c1', Date.now()) })
    expect(await rescoreCustomer(env, other.workspaceId, await pkOf(ws.workspaceId, 'c1'))).toBeNull()
  })
})
