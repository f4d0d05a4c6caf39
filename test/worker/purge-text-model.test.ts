// The retention purge takes back what expired comments taught the workspace's text model.
import { describe, expect, it } from 'vitest'
import { env } from 'cloudflare:test'
import { api, createWorkspace, withBatchHook, type TestWorkspace } from './helpers.ts'
import { purgeChunk, purgeExpired } from '../../worker/queue/purge.ts'
import { FREQUENT, runCron } from '../../worker/queue/cron.ts'
import { TEXT_FEATURES_VERSION } from '../../worker/domain/text/index.ts'
import { answer, makeLegacy, nonZero, recount, storedCounts, versionOf } from './text-model-counts.ts'

const DAY = 86_400_000
const db = () => env.DB

async function expire(ws: TestWorkspace, ids: string[]) {
  await api(ws, 'PATCH', '/v1/workspace', { settings: { retentionDays: 30 } })
  for (const id of ids) await db().prepare('UPDATE responses SET created_at = ? WHERE id = ?').bind(Date.now() - 40 * DAY, id).run()
}

const mentions = (lines: string[], word: string) => lines.some((l) => l.toLowerCase().includes(word))
const leftIds = async (ws: TestWorkspace) =>
  (await db().prepare('SELECT id FROM responses WHERE workspace_id = ?').bind(ws.workspaceId).all<{ id: string }>()).results.map((r) => r.id)

describe('retention purge and the learned text model', () => {
  it('takes back exactly what the expired comments taught, corrections included', async () => {
    const ws = await createWorkspace()
    const old = [await answer(ws, 1, 'Zorblat exports crash every single day'), await answer(ws, 10, 'Quintessa reports are wonderful')]
    const kept = await answer(ws, 3, 'Too expensive for a small team')
    expect((await api(ws, 'PATCH', `/v1/responses/${old[0]}/analysis`, { topics: ['reliability'] })).status).toBe(200)
    await expire(ws, old)
    expect(mentions(await storedCounts(ws), 'zorblat')).toBe(true)

    await purgeExpired(env, Date.now())
    expect(await leftIds(ws)).toEqual([kept])
    const left = await storedCounts(ws)
    expect(left).toEqual(nonZero(await recount(ws)))
    expect(left.length).toBeGreaterThan(0)
    for (const word of ['zorblat', 'quintessa', 'topic:reliability']) expect(mentions(left, word)).toBe(false)
    expect(left.every((c) => Number(c.split('=').at(-1)) > 0)).toBe(true)
  })

  it('with counts awaiting a rebuild, takes back what it can now and the rebuild recounts exactly', async () => {
    const ws = await createWorkspace()
    const old = await answer(ws, 2, 'Zorblat invoices were wrong twice')
    await answer(ws, 9, 'Charts load quickly now')
    await makeLegacy(ws)
    await expire(ws, [old])
    await purgeExpired(env, Date.now())
    expect(await leftIds(ws)).not.toContain(old)
    const stale = await storedCounts(ws)
    expect(mentions(stale, 'zorblat')).toBe(false)
    expect(stale.every((c) => Number(c.split('=').at(-1)) > 0)).toBe(true)
    await runCron(FREQUENT, env, Date.now())
    expect(await versionOf(ws)).toBe(TEXT_FEATURES_VERSION)
    expect(await storedCounts(ws)).toEqual(await recount(ws))
  })

  it('a correction landing between the read and the delete makes the chunk read again, not miscount', async () => {
    const ws = await createWorkspace()
    const old = await answer(ws, 2, 'Zorblat sync keeps failing')
    await answer(ws, 8, 'Support was quick')
    await expire(ws, [old])
    const cutoff = Date.now() - 30 * DAY
    // The first batch (the read) returns, then the correction lands before the delete runs.
    const racing = withBatchHook(db(), async (n, run) => {
      const results = await run()
      if (n === 1) expect((await api(ws, 'PATCH', `/v1/responses/${old}/analysis`, { sentiment: 'positive' })).status).toBe(200)
      return results
    })
    expect(await purgeChunk(racing, ws.workspaceId, cutoff)).toMatchObject({ deleted: 0 })
    expect((await leftIds(ws))).toContain(old)
    expect(nonZero(await storedCounts(ws))).toEqual(nonZero(await recount(ws)))
    expect(await purgeChunk(db(), ws.workspaceId, cutoff)).toEqual({ read: 1, deleted: 1 })
    const left = await storedCounts(ws)
    expect(left).toEqual(nonZero(await recount(ws)))
    expect(mentions(left, 'zorblat')).toBe(false)
  })
})
