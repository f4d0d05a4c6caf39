import { describe, expect, it } from 'vitest'
import { env } from 'cloudflare:test'
import { createWorkspace } from './helpers.ts'
import { dailyRisk } from '../../worker/queue/daily-risk.ts'
import { plantedStatements, plantedWorkspace } from '../fixtures/risk/planted.ts'

const DAY = 86_400_000

describe('dailyRisk', () => {
  it('marks the inactive churned (last seen + N days), revives those who came back, refits and enqueues the rest', async () => {
    const ws = await createWorkspace({ churnInactiveDays: 20 })
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
})
