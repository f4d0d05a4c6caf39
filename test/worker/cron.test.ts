import { describe, expect, it } from 'vitest'
import { env } from 'cloudflare:test'
import { api, createWorkspace, eventually, sitePost, uuid } from './helpers.ts'
import { purgeExpired } from '../../worker/queue/purge.ts'
import { sweepUnanalyzed } from '../../worker/queue/cron.ts'

const DAY = 86_400_000

describe('daily purge by retention policy', () => {
  it('deletes answers older than the workspace keeps, and only those', async () => {
    const ws = await createWorkspace()
    const keeper = await createWorkspace()
    await api(ws, 'PATCH', '/v1/workspace', { settings: { retentionDays: 30 } })
    const old = uuid()
    const fresh = uuid()
    const kept = uuid()
    for (const [w, id] of [[ws, old], [ws, fresh], [keeper, kept]] as const) await sitePost(w, 'responses', { id, surveyId: w.surveys.nps, score: 5, finished: false })
    await env.DB.prepare('UPDATE responses SET created_at = ? WHERE id IN (?, ?)').bind(Date.now() - 40 * DAY, old, kept).run()
    const deleted = await purgeExpired(env, Date.now())
    expect(deleted).toBeGreaterThanOrEqual(1)
    const left = await env.DB.prepare('SELECT id FROM responses WHERE id IN (?, ?, ?) ORDER BY id').bind(old, fresh, kept).all<{ id: string }>()
    expect(left.results.map((r) => r.id).sort()).toEqual([fresh, kept].sort())
    // The rollups count only what is left, with no empty rows behind.
    const rolled = await env.DB.prepare('SELECT day, responses FROM response_rollups WHERE workspace_id = ?').bind(ws.workspaceId).all<{ day: number; responses: number }>()
    expect(rolled.results).toEqual([{ day: Math.floor(Date.now() / DAY), responses: 1 }])
  })
})

describe('sweep of unanalysed answers', () => {
  it('re-enqueues finished answers the queue never saw, and abandoned partial ones', async () => {
    const ws = await createWorkspace()
    const lost = uuid()
    const abandoned = uuid()
    await sitePost(ws, 'responses', { id: lost, surveyId: ws.surveys.nps, score: 9, finished: false })
    await sitePost(ws, 'responses', { id: abandoned, surveyId: ws.surveys.nps, score: 2, finished: false })
    // As if the enqueue after commit was lost: finished, never analysed, a while ago.
    await env.DB.prepare('UPDATE responses SET finished = 1, updated_at = ? WHERE id = ?').bind(Date.now() - 5 * 60_000, lost).run()
    await env.DB.prepare('UPDATE responses SET updated_at = ? WHERE id = ?').bind(Date.now() - 60 * 60_000, abandoned).run()
    expect(await sweepUnanalyzed(env, Date.now())).toBeGreaterThanOrEqual(2)
    for (const id of [lost, abandoned]) {
      const until = Date.now() + 8000
      let row: { analyzed_at: number | null } | null = null
      while (Date.now() < until) {
        row = await env.DB.prepare('SELECT analyzed_at FROM responses WHERE id = ?').bind(id).first()
        if (row?.analyzed_at) break
        await new Promise((r) => setTimeout(r, 50))
      }
      expect(row?.analyzed_at).toBeTypeOf('number')
    }
  })
})

describe('sweep of abandoned exit answers', () => {
  it('takes an exit answer with its reason after a minute, a scored one only after 30', async () => {
    const ws = await createWorkspace()
    const [exit, scored] = [uuid(), uuid()]
    await sitePost(ws, 'responses', { id: exit, surveyId: ws.surveys.exit, customer: 'c-6', reason: 'missing_features', finished: false })
    await sitePost(ws, 'responses', { id: scored, surveyId: ws.surveys.nps, customer: 'c-7', score: 2, finished: false })
    await env.DB.prepare('UPDATE responses SET updated_at = ? WHERE id IN (?, ?)').bind(Date.now() - 2 * 60_000, exit, scored).run()
    await sweepUnanalyzed(env, Date.now())
    const analyzedAt = (id: string) => env.DB.prepare('SELECT analyzed_at FROM responses WHERE id = ?').bind(id).first<{ analyzed_at: number | null }>()
    const until = Date.now() + 8000
    while (Date.now() < until && !(await analyzedAt(exit))?.analyzed_at) await new Promise((r) => setTimeout(r, 50))
    expect((await analyzedAt(exit))?.analyzed_at).toBeTypeOf('number')
    expect((await analyzedAt(scored))?.analyzed_at).toBeNull()
  })
})

describe('sweep after a queue outage', () => {
  it('re-enqueues more than one page of lost answers in a tick, oldest first, up to its pages', async () => {
    const ws = await createWorkspace()
    // 25 finished answers whose enqueue was lost, three hours ago (older than any other test's), a second apart.
    const lost = (i: number) => `lost_${ws.workspaceId}_${String(i).padStart(2, '0')}`
    await env.DB.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 25)
       INSERT INTO responses (id, workspace_id, survey_id, survey_kind, survey_version, finished, created_at, updated_at)
       SELECT 'lost_' || ?1 || '_' || printf('%02d', i), ?1, ?2, 'nps', 1, 1, ?3, ?3 + i * 1000 FROM n`,
    ).bind(ws.workspaceId, ws.surveys.nps, Date.now() - 3 * 3_600_000).run()
    // Pages of 10, two a tick: the 20 oldest now (one page of old would have stopped at 10).
    expect(await sweepUnanalyzed(env, Date.now(), { page: 10, pages: 2 })).toBe(20)
    const analysed = () => env.DB.prepare("SELECT id FROM responses WHERE workspace_id = ? AND analyzed_at IS NOT NULL ORDER BY id").bind(ws.workspaceId).all<{ id: string }>()
    await eventually(async () => (await analysed()).results.length === 20)
    expect((await analysed()).results.map((r) => r.id)).toEqual(Array.from({ length: 20 }, (_, k) => lost(k + 1)))
    // The next tick takes the rest.
    await sweepUnanalyzed(env, Date.now(), { page: 10, pages: 2 })
    await eventually(async () => (await analysed()).results.length === 25)
  })
})

describe('daily rescore messages', () => {
  it('a rescore_many message scores every customer it names', async () => {
    const ws = await createWorkspace()
    await api(ws, 'POST', '/v1/signals', { signals: [
      { customer: 'a', type: 'login', at: Date.now() - DAY }, { customer: 'b', type: 'login', at: Date.now() - DAY },
    ] })
    const { results } = await env.DB.prepare('SELECT pk FROM customers WHERE workspace_id = ? ORDER BY external_id').bind(ws.workspaceId).all<{ pk: string }>()
    const { handle } = await import('../../worker/queue/consumer.ts')
    await handle({ type: 'rescore_many', workspaceId: ws.workspaceId, customerPks: results.map((r) => r.pk) }, env)
    const scored = await env.DB.prepare('SELECT COUNT(*) n FROM risk_scores WHERE workspace_id = ?').bind(ws.workspaceId).first<{ n: number }>()
    expect(scored!.n).toBe(2)
  })
})
