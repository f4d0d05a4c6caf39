// The daily self-check of a workspace's learned sentiment model: measured on its own labelled
// texts, stored, shown, and used by analysis.
import { describe, expect, it } from 'vitest'
import { SELF, env } from 'cloudflare:test'
import { BASE, analyzed, api, createWorkspace, eventually, sitePost, uuid, type TestWorkspace } from './helpers.ts'
import { checkTextModel, enqueueTextModelChecks } from '../../worker/services/text-model-check.ts'

const db = () => env.DB

/** Labelled examples in words no shipped list knows: only what the workspace learned can read them. */
async function teachInventedWords(ws: TestWorkspace, n: number) {
  const lines = ['text,sentiment']
  for (let i = 0; i < n; i++) lines.push(`the widget is zorpy ${i},negative`, `the widget is blenky ${i},positive`)
  const res = await SELF.fetch(`${BASE}/v1/text-model/examples`, { method: 'POST', headers: { authorization: `Bearer ${ws.secretKey}`, 'content-type': 'text/csv' }, body: lines.join('\n') })
  expect(res.status).toBe(200)
}

async function sentimentOf(ws: TestWorkspace, comment: string): Promise<string> {
  const id = uuid()
  await sitePost(ws, 'responses', { id, surveyId: ws.surveys.nps, comment, finished: true })
  return (await analyzed(ws, id)).sentiment_label as string
}

describe('text model self-check', () => {
  it('measures the rules and the learned model on the workspace\'s own labels, stores the trust it chose, and shows it', async () => {
    const ws = await createWorkspace()
    await teachInventedWords(ws, 120)
    const check = await checkTextModel(db(), ws.workspaceId, 1_700_000_000_000)
    expect(check).not.toBeNull()
    expect(check!.texts).toBe(240)
    expect(check!.gain).toBeGreaterThan(0)
    expect(check!.accuracy[String(check!.gain)]).toBeGreaterThan(check!.accuracy['0'] + 0.3)

    const shown = await (await api(ws, 'GET', '/v1/text-model')).json<{ check: Record<string, number> }>()
    expect(shown.check).toEqual({ checkedAt: 1_700_000_000_000, texts: 240, modelGain: check!.gain, rulesAccuracy: check!.accuracy['0'], learnedAccuracy: check!.accuracy[String(check!.gain)] })
    expect(await sentimentOf(ws, 'the widget is zorpy')).toBe('negative')
  })

  it('analysis follows the stored trust: at 0 the learned words are not read', async () => {
    const ws = await createWorkspace()
    await teachInventedWords(ws, 60)
    const trust = (gain: number) => db().prepare('UPDATE workspaces SET text_model_check = ? WHERE id = ?').bind(JSON.stringify({ checkedAt: 1, texts: 120, gain, accuracy: {} }), ws.workspaceId).run()
    await trust(0)
    expect(await sentimentOf(ws, 'the widget is blenky')).toBe('neutral')
    await trust(1)
    expect(await sentimentOf(ws, 'the widget is blenky')).toBe('positive')
  })

  it('claims nothing with too few labelled texts to check', async () => {
    const ws = await createWorkspace()
    await teachInventedWords(ws, 10)
    expect(await checkTextModel(db(), ws.workspaceId)).toBeNull()
    const row = await db().prepare('SELECT text_model_check c FROM workspaces WHERE id = ?').bind(ws.workspaceId).first<{ c: string | null }>()
    expect(row).toEqual({ c: null })
    expect((await (await api(ws, 'GET', '/v1/text-model')).json<{ check: unknown }>()).check).toBeNull()
  })

  it('the daily cron checks every workspace that learned something, through the queue', async () => {
    const taught = await createWorkspace()
    const empty = await createWorkspace()
    await teachInventedWords(taught, 60)
    expect(await enqueueTextModelChecks(env)).toBeGreaterThanOrEqual(1)
    await eventually(() => db().prepare('SELECT 1 AS ok FROM workspaces WHERE id = ? AND text_model_check IS NOT NULL').bind(taught.workspaceId).first())
    const none = await db().prepare('SELECT text_model_check c FROM workspaces WHERE id = ?').bind(empty.workspaceId).first<{ c: string | null }>()
    expect(none!.c).toBeNull()
  })
})
