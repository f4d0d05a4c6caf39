// 0010_corrected_score_sign: corrections made before the fix kept the model's score beside the
// person's label; the migration gives each the score a correction gets today, and touches nothing else.
import { describe, expect, it } from 'vitest'
import { env } from 'cloudflare:test'
import { analyzed, api, createWorkspace, sitePost, uuid } from './helpers.ts'

const migration = env.TEST_MIGRATIONS.find((m) => m.name.startsWith('0010_corrected_score_sign'))!
const scoreOf = async (ws: { workspaceId: string }, id: string) =>
  (await env.DB.prepare('SELECT sentiment_score s FROM responses WHERE workspace_id = ? AND id = ?').bind(ws.workspaceId, id).first<{ s: number }>())!.s

describe('migration 0010: corrected scores take their label\'s sign', () => {
  it('turns an old correction\'s wrong-sign score and leaves uncorrected answers as the model read them', async () => {
    expect(migration?.queries.length).toBe(3)
    const ws = await createWorkspace()
    const [praised, panned, calm, untouched] = [uuid(), uuid(), uuid(), uuid()]
    const comments = ['Way too slow and support never answers', 'Love it, the reports are great', 'Way too expensive', 'Way too expensive, nothing works']
    for (const [i, id] of [praised, panned, calm, untouched].entries()) {
      await sitePost(ws, 'responses', { id, surveyId: ws.surveys.nps, score: 5, comment: comments[i], finished: true })
      await analyzed(ws, id)
    }
    for (const [id, sentiment] of [[praised, 'positive'], [panned, 'negative'], [calm, 'neutral']] as const)
      expect((await api(ws, 'PATCH', `/v1/responses/${id}/analysis`, { sentiment })).status).toBe(200)
    // As the old code stored them: the label corrected, the model's score kept.
    const stored = [[praised, -0.9], [panned, 0.8], [calm, -0.6], [untouched, -0.7]] as const
    for (const [id, s] of stored) await env.DB.prepare('UPDATE responses SET sentiment_score = ? WHERE workspace_id = ? AND id = ?').bind(s, ws.workspaceId, id).run()

    for (const q of migration.queries) await env.DB.prepare(q).run()
    expect(await scoreOf(ws, praised)).toBeCloseTo(0.9)
    expect(await scoreOf(ws, panned)).toBeCloseTo(-0.8)
    expect(await scoreOf(ws, calm)).toBe(0)
    expect(await scoreOf(ws, untouched)).toBeCloseTo(-0.7)
    // Run twice, it changes nothing more.
    for (const q of migration.queries) await env.DB.prepare(q).run()
    expect(await scoreOf(ws, praised)).toBeCloseTo(0.9)
  })
})
