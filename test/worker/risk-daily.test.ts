import { describe, expect, it } from 'vitest'
import { env } from 'cloudflare:test'
import { api, createWorkspace } from './helpers.ts'
import { dailyRisk } from '../../worker/queue/daily-risk.ts'
import { plantedStatements, plantedWorkspace } from '../fixtures/risk/planted.ts'

const DAY = 86_400_000

describe('dailyRisk', () => {
  it('marks the inactive churned (last seen + N days), revives those who came back, refits and enqueues the rest', async () => {
    // The planted churners cancelled, so only 'always' counts silences here.
    const ws = await createWorkspace({ churnInactiveDays: 20, churnOnSilence: 'always' })
    const now = Date.now()
    await env.DB.batch(plantedStatements(env.DB, ws.workspaceId, plantedWorkspace(now, 30, `d${now}`), now))
    const insert = (pk: string, id: string, lastSeen: number, churnedAt: number | null, reason: string | null) =>
      env.DB.prepare(`INSERT INTO customers (pk, workspace_id, external_id, traits, revenue, first_seen_at, last_seen_at, churned_at, churn_reason, created_at, updated_at)
        VALUES (?, ?, ?, '{}', 0, ?, ?, ?, ?, ?, ?)`).bind(pk, ws.workspaceId, id, now - 200 * DAY, lastSeen, churnedAt, reason, now, now)
    await env.DB.batch([
      insert(`cus_quiet_${now}`, 'quiet', now - 25 * DAY, null, null),
      insert(`cus_back_${now}`, 'back', now - DAY, now - 10 * DAY, 'inactive'),
      env.DB.prepare(`INSERT INTO risk_scores (customer_pk, workspace_id, score, tier, reasons, model_version, computed_at) VALUES (?, ?, 80, 'high', '[]', 'default-1', ?)`)
        .bind(`cus_quiet_${now}`, ws.workspaceId, now),
    ])
    const report = await dailyRisk(env, now)
    expect(report.truncated).toBe(false)
    expect(report.workspaces).toBeGreaterThanOrEqual(1)

    const quiet = await env.DB.prepare('SELECT churned_at, churn_reason FROM customers WHERE pk = ?').bind(`cus_quiet_${now}`).first<{ churned_at: number; churn_reason: string }>()
    expect(quiet).toEqual({ churned_at: now - 25 * DAY + 20 * DAY, churn_reason: 'inactive' })
    expect(await env.DB.prepare('SELECT 1 FROM risk_scores WHERE customer_pk = ?').bind(`cus_quiet_${now}`).first()).toBeNull()
    const back = await env.DB.prepare('SELECT churned_at, churn_reason FROM customers WHERE pk = ?').bind(`cus_back_${now}`).first()
    expect(back).toEqual({ churned_at: null, churn_reason: null })
    // The planted pattern makes the refit worth keeping.
    const model = await env.DB.prepare('SELECT COUNT(*) n FROM risk_models WHERE workspace_id = ? AND active = 1').bind(ws.workspaceId).first<{ n: number }>()
    expect(model!.n).toBe(1)
    // 30 planted stayers plus the returning customer are current; churners and the quiet one are not.
    expect(report.enqueued).toBeGreaterThanOrEqual(31)
  })

  it('in a workspace that records cancellations, a silence is no churn: none is marked, and earlier inactivity churns are undone', async () => {
    const ws = await createWorkspace({ churnInactiveDays: 20 })
    const now = Date.now()
    const customer = (id: string, lastSeen: number, churnedAt: number | null, reason: string | null) =>
      env.DB.prepare(`INSERT INTO customers (pk, workspace_id, external_id, traits, revenue, first_seen_at, last_seen_at, churned_at, churn_reason, created_at, updated_at)
        VALUES (?, ?, ?, '{}', 0, ?, ?, ?, ?, ?, ?)`).bind(`cus_${id}_${now}`, ws.workspaceId, id, now - 200 * DAY, lastSeen, churnedAt, reason, now, now)
    const churn = (id: string, at: number, reason: string, returnedAt: number | null) =>
      env.DB.prepare('INSERT INTO customer_churns (workspace_id, customer_pk, churned_at, reason, returned_at) VALUES (?, ?, ?, ?, ?)')
        .bind(ws.workspaceId, `cus_${id}_${now}`, at, reason, returnedAt)
    await env.DB.batch([
      customer('monthly', now - 25 * DAY, null, null),
      // Marked by the old rule: silent now, and silent once before and back.
      customer('marked', now - 40 * DAY, now - 20 * DAY, 'inactive'),
      churn('marked', now - 20 * DAY, 'inactive', null),
      customer('gap', now - 2 * DAY, null, null),
      churn('gap', now - 60 * DAY, 'inactive', now - 50 * DAY),
      customer('left', now - 40 * DAY, now - 30 * DAY, 'too expensive'),
      churn('left', now - 30 * DAY, 'too expensive', null),
    ])
    const report = await dailyRisk(env, now)
    expect(report.markedChurned).toBe(0)
    const rows = await env.DB.prepare('SELECT external_id, churned_at, churn_reason FROM customers WHERE workspace_id = ? ORDER BY external_id').bind(ws.workspaceId).all()
    expect(rows.results).toEqual([
      { external_id: 'gap', churned_at: null, churn_reason: null },
      { external_id: 'left', churned_at: now - 30 * DAY, churn_reason: 'too expensive' },
      { external_id: 'marked', churned_at: null, churn_reason: null },
      { external_id: 'monthly', churned_at: null, churn_reason: null },
    ])
    const history = await env.DB.prepare('SELECT reason FROM customer_churns WHERE workspace_id = ?').bind(ws.workspaceId).all()
    expect(history.results).toEqual([{ reason: 'too expensive' }])

    // Told to, the same workspace counts silences again (from today's silences; the past ones were undone).
    await api(ws, 'PATCH', '/v1/workspace', { settings: { churnOnSilence: 'always' } })
    expect((await dailyRisk(env, now)).markedChurned).toBeGreaterThanOrEqual(2)
    const marked = await env.DB.prepare(`SELECT external_id FROM customers WHERE workspace_id = ? AND churn_reason = 'inactive' ORDER BY external_id`).bind(ws.workspaceId).all()
    expect(marked.results).toEqual([{ external_id: 'marked' }, { external_id: 'monthly' }])
  })
})
