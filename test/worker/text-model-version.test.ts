import { describe, expect, it } from 'vitest'
import { env } from 'cloudflare:test'
import { analyzed, api, createWorkspace, sitePost, uuid, type TestWorkspace } from './helpers.ts'
import { learnIncrements, TEXT_FEATURES_VERSION, TOTAL_TOKEN, type Teaching } from '../../worker/domain/text/index.ts'
import { mergeIncrements } from '../../worker/services/text-model.ts'
import { rebuildTextModel } from '../../worker/services/text-model-rebuild.ts'
import { FREQUENT, runCron } from '../../worker/queue/cron.ts'

const V = TEXT_FEATURES_VERSION
const tick = () => runCron(FREQUENT, env, Date.now())
const db = () => env.DB

/** The stored counts, as sorted "label|token=count" lines. */
async function counts(ws: TestWorkspace): Promise<string[]> {
  const { results } = await db().prepare('SELECT label, token, count FROM text_model_counts WHERE workspace_id = ?').bind(ws.workspaceId).all<{ label: string; token: string; count: number }>()
  return results.map((r) => `${r.label}|${r.token}=${r.count}`).sort()
}

/** What learning the workspace's learned comments from scratch gives (optionally only `where`). */
async function recount(ws: TestWorkspace, where = '1'): Promise<string[]> {
  const { results } = await db().prepare(`SELECT comment, learned_label FROM responses WHERE workspace_id = ? AND learned_label IS NOT NULL AND ${where}`)
    .bind(ws.workspaceId).all<{ comment: string; learned_label: string }>()
  const incs = results.flatMap((r) => learnIncrements(r.comment, JSON.parse(r.learned_label) as Teaching))
  return mergeIncrements(incs).map(([label, token, n]) => `${label}|${token}=${n}`).sort()
}

/** Corrections leave rows at zero behind (harmless: they weigh nothing); erasure deletes them. */
const nonZero = (lines: string[]) => lines.filter((l) => !l.endsWith('=0'))

const versionOf = async (ws: TestWorkspace) =>
  (await db().prepare('SELECT text_model_version v FROM workspaces WHERE id = ?').bind(ws.workspaceId).first<{ v: number }>())!.v

const learnedVersions = async (ws: TestWorkspace) =>
  (await db().prepare('SELECT learned_version v FROM responses WHERE workspace_id = ? AND learned_label IS NOT NULL').bind(ws.workspaceId).all<{ v: number | null }>()).results.map((r) => r.v)

async function answer(ws: TestWorkspace, score: number, comment: string, customer?: string): Promise<string> {
  const id = uuid()
  await sitePost(ws, 'responses', { id, surveyId: ws.surveys.nps, customer, score, comment, finished: true })
  await analyzed(ws, id)
  return id
}

/**
 * As the migration leaves a workspace: at version 1, its comments marked learned under 1, and its
 * counts as older features made them (no rule verdict, no trigrams, a word since dropped).
 */
async function makeLegacy(ws: TestWorkspace) {
  const { results } = await db().prepare('SELECT comment, learned_label FROM responses WHERE workspace_id = ? AND learned_label IS NOT NULL').bind(ws.workspaceId).all<{ comment: string; learned_label: string }>()
  const legacy = results.flatMap((r) => learnIncrements(r.comment, JSON.parse(r.learned_label) as Teaching))
    .filter((i) => !i.token.startsWith('rule:') && !/^\p{Script=Han}{3}$/u.test(i.token))
  legacy.push({ label: 'sent:neg', token: 'retired_feature', delta: 4 }, { label: 'sent:neg', token: TOTAL_TOKEN, delta: 4 })
  const rows = mergeIncrements(legacy)
  await db().batch([
    db().prepare('UPDATE workspaces SET text_model_version = 1 WHERE id = ?').bind(ws.workspaceId),
    db().prepare('UPDATE responses SET learned_version = 1 WHERE workspace_id = ? AND learned_label IS NOT NULL').bind(ws.workspaceId),
    db().prepare('DELETE FROM text_model_counts WHERE workspace_id = ?').bind(ws.workspaceId),
    db().prepare(`INSERT INTO text_model_counts (workspace_id, label, token, count)
      SELECT ?, json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]') FROM json_each(?)`).bind(ws.workspaceId, JSON.stringify(rows)),
  ])
}

describe('text model versions', () => {
  it('new workspaces start at the current features version; analysis and corrections count as before', async () => {
    const ws = await createWorkspace()
    expect(await versionOf(ws)).toBe(V)
    const a = await answer(ws, 2, 'Way too expensive and support never answers')
    await answer(ws, 10, '界面直观，非常满意')
    expect(await learnedVersions(ws)).toEqual([V, V])
    expect(await counts(ws)).toEqual(await recount(ws))
    expect((await api(ws, 'PATCH', `/v1/responses/${a}/analysis`, { sentiment: 'neutral', topics: ['pricing'] })).status).toBe(200)
    const row = await db().prepare('SELECT learned_label, learned_version FROM responses WHERE id = ?').bind(a).first<{ learned_label: string; learned_version: number }>()
    expect(JSON.parse(row!.learned_label)).toMatchObject({ sentiment: 'neu', topics: ['pricing'], strong: true })
    expect(row!.learned_version).toBe(V)
    const now = nonZero(await counts(ws))
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
    const legacy = await counts(ws)
    expect(legacy).toContain('sent:neg|retired_feature=4')
    expect(legacy).not.toEqual(await recount(ws))

    await tick()
    expect(await versionOf(ws)).toBe(V)
    expect(await learnedVersions(ws)).toEqual([V, V, V])
    const rebuilt = await counts(ws)
    expect(rebuilt).toEqual(await recount(ws))
    expect(rebuilt.some((c) => c.includes('retired_feature'))).toBe(false)
    expect(rebuilt.some((c) => c.includes('|rule:'))).toBe(true)
    // Nothing more to do: a second tick changes nothing.
    await tick()
    expect(await counts(ws)).toEqual(rebuilt)
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
    expect(await counts(ws)).toEqual(await recount(ws))

    expect((await api(ws, 'DELETE', '/v1/customers/gone-late')).status).toBe(204)
    const left = await counts(ws)
    expect(left).toEqual(await recount(ws))
    expect(left.length).toBeGreaterThan(0)
    expect(left.some((c) => c.includes('crashes') || c.includes('unusable'))).toBe(false)
    expect(left.every((c) => Number(c.split('=').at(-1)) > 0)).toBe(true)
  })

  it('a comment analysed while the workspace is stale is counted once, by the rebuild or by the catch-up', async () => {
    const ws = await createWorkspace()
    await answer(ws, 9, 'Nice charts')
    await makeLegacy(ws)
    const before = await counts(ws)
    const whileStale = await answer(ws, 2, 'Too expensive for what it does')
    expect(await counts(ws)).toEqual(before)
    const row = await db().prepare('SELECT learned_label, learned_version FROM responses WHERE id = ?').bind(whileStale).first<{ learned_label: string | null; learned_version: number | null }>()
    expect(row).toEqual({ learned_label: JSON.stringify({ sentiment: 'neg' }), learned_version: null })
    await tick()
    await tick()
    expect(await counts(ws)).toEqual(await recount(ws))
    expect(await counts(ws)).toContain('sent:neg|=1')

    // One analysed while a rebuild was under way (claimed) and so left out of what it read:
    // counted by the catch-up once the rebuild has finished, once however many ticks run.
    await db().prepare('UPDATE workspaces SET text_model_version = -7 WHERE id = ?').bind(ws.workspaceId).run()
    const during = await answer(ws, 1, 'Support never answers')
    expect((await db().prepare('SELECT learned_version v FROM responses WHERE id = ?').bind(during).first<{ v: number | null }>())!.v).toBeNull()
    const beforeCatchUp = await counts(ws)
    await db().prepare('UPDATE workspaces SET text_model_version = ? WHERE id = ?').bind(V, ws.workspaceId).run()
    expect(await counts(ws)).toEqual(beforeCatchUp)
    await tick()
    await tick()
    expect(await learnedVersions(ws)).toEqual([V, V, V])
    expect(await counts(ws)).toEqual(await recount(ws))
    expect(await counts(ws)).toContain('sent:neg|=2')
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
    const rebuilt = await counts(ws)
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
    expect(await counts(ws)).toEqual(await recount(ws, `id != '${ids[0]}'`))
    expect((await counts(ws)).some((c) => c.includes('invoices'))).toBe(false)
  })
})
