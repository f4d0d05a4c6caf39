import { describe, expect, it } from 'vitest'
import { env } from 'cloudflare:test'
import { api, createWorkspace } from './helpers.ts'
import { plantedStatements, plantedWorkspace } from '../fixtures/risk/planted.ts'
import { rescoreCustomer } from '../../worker/queue/rescore.ts'

interface FitAnswer { kept: boolean; current: { auc: number | null; version: string }; candidate: { auc: number | null; version: string } | null; trainedOn: number; heldOut: number; reason?: string }

describe('POST /v1/risk/fit', () => {
  it('refit improves held-out AUC on a workspace with a planted pattern, and the new model scores', async () => {
    const ws = await createWorkspace()
    const now = Date.now()
    await env.DB.batch(plantedStatements(env.DB, ws.workspaceId, plantedWorkspace(now), now))
    const res = await api(ws, 'POST', '/v1/risk/fit')
    expect(res.status).toBe(200)
    const body = await res.json() as FitAnswer
    expect(body.trainedOn + body.heldOut).toBe(80)
    expect(body.kept).toBe(true)
    expect(body.current.version).toBe('default-1')
    expect(body.candidate!.auc!).toBeGreaterThan(body.current.auc!)
    expect(body.candidate!.auc!).toBeGreaterThan(0.9)
    const models = await env.DB.prepare('SELECT active, model FROM risk_models WHERE workspace_id = ?').bind(ws.workspaceId).all<{ active: number; model: string }>()
    expect(models.results.map((m) => m.active)).toEqual([1])

    // Rescoring now uses the workspace's model.
    await rescoreCustomer(env, ws.workspaceId, 'cus_p_stay_0')
    const score = await env.DB.prepare('SELECT model_version FROM risk_scores WHERE customer_pk = ?').bind('cus_p_stay_0').first<{ model_version: string }>()
    expect(score!.model_version).toBe(body.candidate!.version)

    // A second fit from the fitted model is not better on the same held-out customers: nothing changes.
    const again = await (await api(ws, 'POST', '/v1/risk/fit')).json() as FitAnswer
    expect(again.current.version).toBe(body.candidate!.version)
    if (!again.kept) {
      const after = await env.DB.prepare('SELECT COUNT(*) n FROM risk_models WHERE workspace_id = ?').bind(ws.workspaceId).first<{ n: number }>()
      expect(after!.n).toBe(1)
    }
  })

  it('says why when there are too few outcomes, and keeps the defaults', async () => {
    const ws = await createWorkspace()
    const now = Date.now()
    await env.DB.batch(plantedStatements(env.DB, ws.workspaceId, plantedWorkspace(now, 3, 'few'), now))
    const body = await (await api(ws, 'POST', '/v1/risk/fit')).json() as FitAnswer
    expect(body.kept).toBe(false)
    expect(body.candidate).toBeNull()
    expect(body.reason).toMatch(/at least 5 churned/)
    expect(await env.DB.prepare('SELECT 1 FROM risk_models WHERE workspace_id = ?').bind(ws.workspaceId).first()).toBeNull()
  })
})

describe('GET /v1/risk/backtest', () => {
  it('answers recall, lead time, tier precision and precision at K from past cutoffs', async () => {
    const ws = await createWorkspace({ weeklyCallCapacity: 10 })
    const now = Date.now()
    await env.DB.batch(plantedStatements(env.DB, ws.workspaceId, plantedWorkspace(now, 20, 'bt'), now))
    const res = await api(ws, 'GET', '/v1/risk/backtest?horizon=30&cutoffs=3&every=7')
    expect(res.status).toBe(200)
    const body = await res.json() as {
      cutoffs: number; snapshots: number; churners: number; customers: number; cutoffDates: string[]
      recall: { value: number | null; flagged: number; churners: number }
      medianLeadDays: number | null
      tierPrecision: Record<'high' | 'medium' | 'low', { value: number | null; churned: number; scored: number }>
      precisionAtK: { value: number | null; k: number; churned: number; picked: number }
      model: { version: string }
    }
    expect(body.customers).toBe(40)
    expect(body.cutoffs).toBe(3)
    expect(body.cutoffDates).toHaveLength(3)
    expect(body.snapshots).toBe(120)
    // Churned 10 days ago: within 30 days of the cutoffs 30 and 37 days ago, not of the one 44 days ago.
    expect(body.churners).toBe(20)
    expect(body.recall.churners).toBe(20)
    expect(body.precisionAtK.k).toBe(10)
    expect(body.precisionAtK.picked).toBe(30)
    const scored = body.tierPrecision.high.scored + body.tierPrecision.medium.scored + body.tierPrecision.low.scored
    expect(scored).toBe(120)
    expect(body.model.version).toBe('default-1')
    expect(body).toHaveProperty('defaults', null)
    expect(await (await api(ws, 'GET', '/v1/risk/backtest?k=0')).json()).toMatchObject({ error: { code: 'invalid_request' } })
  })

  it('on an empty workspace lists no cutoff dates, as it counts no cutoffs', async () => {
    const ws = await createWorkspace()
    const body = await (await api(ws, 'GET', '/v1/risk/backtest')).json() as { cutoffs: number; cutoffDates: string[]; snapshots: number }
    expect(body).toMatchObject({ cutoffs: 0, cutoffDates: [], snapshots: 0 })
  })

  it('uses a model trained only on outcomes known before the first cutoff, beside the defaults', async () => {
    const ws = await createWorkspace()
    const now = Date.now()
    const DAY = 86_400_000
    // An older generation that churned 70 days ago (known before the cutoff 30 days ago), and a
    // current one whose churners left 10 days ago (the outcomes the backtest checks).
    await env.DB.batch(plantedStatements(env.DB, ws.workspaceId, plantedWorkspace(now - 60 * DAY, 40, 'old'), now))
    await env.DB.batch(plantedStatements(env.DB, ws.workspaceId, plantedWorkspace(now, 20, 'new'), now))
    // The older generation's stayers are still customers today, seen every week since.
    await env.DB.prepare("UPDATE customers SET last_seen_at = ? WHERE workspace_id = ? AND pk LIKE 'cus_old_stay_%'").bind(now - DAY, ws.workspaceId).run()
    const weeks = JSON.stringify(Array.from({ length: 9 }, (_, i) => new Date(now - DAY - i * 7 * DAY).toISOString().slice(0, 10)))
    await env.DB.prepare(`INSERT INTO customer_days (customer_pk, workspace_id, day, sightings)
                            SELECT c.pk, c.workspace_id, j.value, 1 FROM customers c, json_each(?) j WHERE c.workspace_id = ? AND c.pk LIKE 'cus_old_stay_%'
                            ON CONFLICT DO UPDATE SET sightings = sightings + 1`).bind(weeks, ws.workspaceId).run()
    const body = await (await api(ws, 'GET', '/v1/risk/backtest?horizon=30&cutoffs=1')).json() as {
      model: { version: string; trainedBefore: number | null }
      defaults: { precisionAtK: { value: number | null } } | null
      precisionAtK: { value: number | null }
      recall: { value: number | null }
      tierPrecision: Record<'high' | 'medium' | 'low', { scored: number }>
      churners: number
    }
    // Trained as of the cutoff (30 days before the request), not today.
    expect(body.model.trainedBefore).toBeGreaterThanOrEqual(now - 30 * DAY)
    expect(body.model.trainedBefore).toBeLessThan(now - 30 * DAY + 60_000)
    expect(body.model.version).toMatch(/^fit-/)
    expect(body.churners).toBe(20)
    // The planted pattern (tickets, not login dips) was learned from the older generation.
    expect(body.precisionAtK.value!).toBeGreaterThan(body.defaults!.precisionAtK.value!)
    // Kept on the defaults' scale, so the refit model still raises tiers rather than reading everyone low.
    expect(body.recall.value!).toBeGreaterThan(0.5)
    expect(body.tierPrecision.low.scored).toBeGreaterThan(0)
  })
})
