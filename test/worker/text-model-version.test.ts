import { describe, expect, it } from 'vitest'
import { env } from 'cloudflare:test'
import { api, createWorkspace, type TestWorkspace } from './helpers.ts'
import { TEXT_FEATURES_VERSION } from '../../worker/domain/text/index.ts'
import { answer, makeLegacy, nonZero, recount, storedCounts, versionOf } from './text-model-counts.ts'
import { rebuildTextModel } from '../../worker/services/text-model-rebuild.ts'
import { FREQUENT, runCron } from '../../worker/queue/cron.ts'

const V = TEXT_FEATURES_VERSION
const tick = () => runCron(FREQUENT, env, Date.now())
const db = () => env.DB


const learnedVersions = async (ws: TestWorkspace) =>
  (await db().prepare('SELECT learned_version v FROM responses WHERE workspace_id = ? AND learned_label IS NOT NULL').bind(ws.workspaceId).all<{ v: number | null }>()).results.map((r) => r.v)

describe('text model versions', () => {
  it('new workspaces start at the current features version; analysis and corrections count as before', async () => {
    const ws = await createWorkspace()
    expect(await versionOf(ws)).toBe(V)
    const a = await answer(ws, 2, 'Way too expensive and support never answers')
    await answer(ws, 10, '界面直观，非常满意')
    expect(await learnedVersions(ws)).toEqual([V, V])
    expect(await storedCounts(ws)).toEqual(await recount(ws))
    expect((await api(ws, 'PATCH', `/v1/responses/${a}/analysis`, { sentiment: 'neutral', topics: ['pricing'] })).status).toBe(200)
    const row = await db().prepare('SELECT learned_label, learned_version FROM responses WHERE id = ?').bind(a).first<{ learned_label: string; learned_version: number }>()
    expect(JSON.parse(row!.learned_label)).toMatchObject({ sentiment: 'neu', topics: ['pricing'], strong: true })
    expect(row!.learned_version).toBe(V)
    const now = nonZero(await storedCounts(ws))
    expect(now).toEqual(await recount(ws))
    expect(now).toContain('sent:neu|=3')
    expect(now.some((c) => c.startsWith('sent:neg|'))).toBe(false)
  })

  it('the cron rebuilds a legacy workspace to exactly what learning its comments from scratch gives', async () => {
    const ws = await createWorkspace()
    const a = await answer(ws, 1, 'Support never answers, too expensive')
    await answer(ws, 9, 'Lovely dashboards and quick exports')
    await answer(ws, 3, '价格太贵了，不好用')
    await api(ws, 'PATCH', `/v1/responses/${a}/analysis`, { topics: ['support'] })
    await makeLegacy(ws)
    const legacy = await storedCounts(ws)
    expect(legacy).toContain('sent:neg|retired_feature=4')
    expect(legacy).not.toEqual(await recount(ws))

    await tick()
    expect(await versionOf(ws)).toBe(V)
    expect(await learnedVersions(ws)).toEqual([V, V, V])
    const rebuilt = await storedCounts(ws)
    expect(rebuilt).toEqual(await recount(ws))
    expect(rebuilt.some((c) => c.includes('retired_feature'))).toBe(false)
    expect(rebuilt.some((c) => c.includes('|rule:'))).toBe(true)
    // Nothing more to do: a second tick changes nothing.
    await tick()
    expect(await storedCounts(ws)).toEqual(rebuilt)
  })

  it('erasing a customer before and after the rebuild leaves exactly the recount of what remains', async () => {
    const ws = await createWorkspace()
    await answer(ws, 2, 'Billing charged me twice, awful', 'gone-early')
    await answer(ws, 4, 'Slow exports again', 'gone-early')
    await answer(ws, 1, 'Crashes every morning, unusable', 'gone-late')
    await answer(ws, 10, 'Great support team, thank you', 'stays')
    await makeLegacy(ws)

    // Stale counts: taken back as well as today's features allow, nothing below zero left behind.
    expect((await api(ws, 'DELETE', '/v1/customers/gone-early')).status).toBe(204)
    const stale = await db().prepare('SELECT COUNT(*) n FROM text_model_counts WHERE workspace_id = ? AND (count <= 0 OR token IN (?, ?))').bind(ws.workspaceId, 'billing', 'exports').first<{ n: number }>()
    expect(stale!.n).toBe(0)
    await tick()
    expect(await versionOf(ws)).toBe(V)
    expect(await storedCounts(ws)).toEqual(await recount(ws))

    expect((await api(ws, 'DELETE', '/v1/customers/gone-late')).status).toBe(204)
    const left = await storedCounts(ws)
    expect(left).toEqual(await recount(ws))
    expect(left.length).toBeGreaterThan(0)
    expect(left.some((c) => c.includes('crashes') || c.includes('unusable'))).toBe(false)
    expect(left.every((c) => Number(c.split('=').at(-1)) > 0)).toBe(true)
  })

  it('a comment analysed while the workspace is stale is counted once, by the rebuild or by the catch-up', async () => {
    const ws = await createWorkspace()
    await answer(ws, 9, 'Nice charts')
    await makeLegacy(ws)
    const before = await storedCounts(ws)
    const whileStale = await answer(ws, 2, 'Too expensive for what it does')
    expect(await storedCounts(ws)).toEqual(before)
    const row = await db().prepare('SELECT learned_label, learned_version FROM responses WHERE id = ?').bind(whileStale).first<{ learned_label: string | null; learned_version: number | null }>()
    expect(row).toEqual({ learned_label: JSON.stringify({ sentiment: 'neg' }), learned_version: null })
    await tick()
    await tick()
    expect(await storedCounts(ws)).toEqual(await recount(ws))
    expect(await storedCounts(ws)).toContain('sent:neg|=1')

    // One analysed while a rebuild was under way (claimed) and so left out of what it read:
    // counted by the catch-up once the rebuild has finished, once however many ticks run.
    await db().prepare('UPDATE workspaces SET text_model_version = -7 WHERE id = ?').bind(ws.workspaceId).run()
    const during = await answer(ws, 1, 'Support never answers')
    expect((await db().prepare('SELECT learned_version v FROM responses WHERE id = ?').bind(during).first<{ v: number | null }>())!.v).toBeNull()
    const beforeCatchUp = await storedCounts(ws)
    await db().prepare('UPDATE workspaces SET text_model_version = ? WHERE id = ?').bind(V, ws.workspaceId).run()
    expect(await storedCounts(ws)).toEqual(beforeCatchUp)
    await tick()
    await tick()
    expect(await learnedVersions(ws)).toEqual([V, V, V])
    expect(await storedCounts(ws)).toEqual(await recount(ws))
    expect(await storedCounts(ws)).toContain('sent:neg|=2')
  })

  it('a correction during a rebuild revokes it; the next tick rebuilds with the correction', async () => {
    const ws = await createWorkspace()
    const id = await answer(ws, 9, 'The export is fine I guess')
    await makeLegacy(ws)
    await db().prepare('UPDATE workspaces SET text_model_version = -9 WHERE id = ?').bind(ws.workspaceId).run()
    expect((await api(ws, 'PATCH', `/v1/responses/${id}/analysis`, { sentiment: 'negative' })).status).toBe(200)
    expect(await versionOf(ws)).toBe(0)
    expect((await db().prepare('SELECT learned_version v FROM responses WHERE id = ?').bind(id).first<{ v: number | null }>())!.v).toBeNull()
    await tick()
    expect(await versionOf(ws)).toBe(V)
    const rebuilt = await storedCounts(ws)
    expect(rebuilt).toEqual(await recount(ws))
    expect(rebuilt).toContain('sent:neg|=3')
  })

  it('a rebuild counts only the newest comments up to its cap; older ones stay out, also of the catch-up', async () => {
    const ws = await createWorkspace()
    const ids = [await answer(ws, 2, 'Oldest gripe about invoices'), await answer(ws, 10, 'Middle praise for charts'), await answer(ws, 3, 'Newest gripe about login')]
    for (const [i, id] of ids.entries()) await db().prepare('UPDATE responses SET created_at = ? WHERE id = ?').bind(1_000_000 + i, id).run()
    await makeLegacy(ws)
    expect(await rebuildTextModel(db(), ws.workspaceId, 2)).toEqual({ rebuilt: true, counted: 2 })
    const versions = await db().prepare('SELECT id, learned_version v FROM responses WHERE workspace_id = ?').bind(ws.workspaceId).all<{ id: string; v: number }>()
    expect(Object.fromEntries(versions.results.map((r) => [r.id, r.v]))).toEqual({ [ids[0]]: 0, [ids[1]]: V, [ids[2]]: V })
    await tick()
    expect(await storedCounts(ws)).toEqual(await recount(ws, { where: `id != '${ids[0]}'` }))
    expect((await storedCounts(ws)).some((c) => c.includes('invoices'))).toBe(false)
  })
})
