// The daily self-check of a workspace's learned text model (sentiment and topics): measured on its
// own labelled texts, stored, shown, and used by analysis.
import { describe, expect, it } from 'vitest'
import { SELF, env } from 'cloudflare:test'
import { BASE, analyzed, api, createWorkspace, eventually, sitePost, uuid, type TestWorkspace } from './helpers.ts'
import { checkTextModel, enqueueTextModelChecks } from '../../worker/services/text-model-check.ts'

const db = () => env.DB

/**
 * A file learned is checked at once on the queue (not at the next daily check): wait for that check,
 * so a test's own check or stored trust is not overwritten by it. Too few texts to check store none.
 */
async function checkedAfterUpload(ws: TestWorkspace, texts: number) {
  if (texts < 5 * 20) return
  await eventually(() => db().prepare('SELECT 1 AS ok FROM workspaces WHERE id = ? AND text_model_check IS NOT NULL').bind(ws.workspaceId).first())
}

/** Labelled examples in words no shipped list knows: only what the workspace learned can read them. */
async function teachInventedWords(ws: TestWorkspace, n: number) {
  const lines = ['text,sentiment']
  for (let i = 0; i < n; i++) lines.push(`the widget is zorpy ${i},negative`, `the widget is blenky ${i},positive`)
  const res = await SELF.fetch(`${BASE}/v1/text-model/examples`, { method: 'POST', headers: { authorization: `Bearer ${ws.secretKey}`, 'content-type': 'text/csv' }, body: lines.join('\n') })
  expect(res.status).toBe(200)
  await checkedAfterUpload(ws, lines.length - 1)
}

/** Topic labels on words no keyword knows: only the learned counts can name these topics. */
async function teachInventedTopics(ws: TestWorkspace, n: number) {
  const lines = ['text,topics']
  const invented = { flurb: 'pricing', sprocket: 'onboarding', zindle: 'support', quorf: 'performance' }
  for (let i = 0; i < n; i++) for (const [word, topic] of Object.entries(invented)) lines.push(`the ${word} thing ${i},${topic}`)
  const res = await SELF.fetch(`${BASE}/v1/text-model/examples`, { method: 'POST', headers: { authorization: `Bearer ${ws.secretKey}`, 'content-type': 'text/csv' }, body: lines.join('\n') })
  expect(res.status).toBe(200)
  await checkedAfterUpload(ws, lines.length - 1)
}

async function topicsOf(ws: TestWorkspace, comment: string): Promise<string[]> {
  const id = uuid()
  await sitePost(ws, 'responses', { id, surveyId: ws.surveys.nps, comment, finished: true })
  return (JSON.parse((await analyzed(ws, id)).topics as string) as { id: string }[]).map((t) => t.id)
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
    expect(check!.accuracy![String(check!.gain)]).toBeGreaterThan(check!.accuracy!['0'] + 0.3)
    // A file of sentiment labels alone says nothing about topics: that half claims nothing.
    expect(check!.topics).toBeUndefined()

    const shown = await (await api(ws, 'GET', '/v1/text-model')).json<{ check: Record<string, number> }>()
    expect(shown.check).toEqual({ checkedAt: 1_700_000_000_000, texts: 240, modelGain: check!.gain, rulesAccuracy: check!.accuracy!['0'], learnedAccuracy: check!.accuracy![String(check!.gain)], topics: null })
    expect(await sentimentOf(ws, 'the widget is zorpy')).toBe('negative')
  })

  it('checks a file as soon as it is learned, so a word the rules misread is read as taught without waiting a day', async () => {
    const ws = await createWorkspace()
    const lines = ['text,sentiment']
    const things = ['dashboard', 'new report', 'export', 'chart', 'cohort view', 'mobile app', 'editor', 'preview', 'sidebar', 'heatmap']
    for (let i = 0; i < 80; i++) lines.push(`The ${things[i % 10]} ${i} is ${['sick', 'so sick', 'honestly sick', 'sick!!'][i % 4]},positive`)
    for (let i = 0; i < 60; i++) lines.push([`Love the ${things[i % 10]} ${i},positive`, `The ${things[i % 10]} ${i} is slow and buggy,negative`, `Too expensive for what it does ${i},negative`][i % 3])
    expect(await sentimentOf(ws, 'This new dashboard is sick')).toBe('negative')
    const res = await SELF.fetch(`${BASE}/v1/text-model/examples`, { method: 'POST', headers: { authorization: `Bearer ${ws.secretKey}`, 'content-type': 'text/csv' }, body: lines.join('\n') })
    expect(res.status).toBe(200)
    await checkedAfterUpload(ws, 140)
    expect(await sentimentOf(ws, 'This new dashboard is sick')).toBe('positive')
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

  it('checks topics on the texts that carry topic labels, and analysis follows the trust it chose', async () => {
    const ws = await createWorkspace()
    await teachInventedTopics(ws, 60)
    const check = await checkTextModel(db(), ws.workspaceId, 1_700_000_000_000)
    expect(check!.gain).toBeUndefined() // no sentiment labels
    const t = check!.topics!
    expect(t.texts).toBe(240)
    // No keyword knows these words; what the workspace learned names them at the default trust,
    // and the check keeps it.
    expect(t.macroF1['0']).toBe(0)
    expect(t.macroF1['1']).toBeGreaterThan(0.9)
    expect(t.gain).toBe(1)
    expect(t.macroF1[String(t.gain)]).toBeGreaterThan(0.9)
    const shown = await (await api(ws, 'GET', '/v1/text-model')).json<{ check: { modelGain: unknown; topics: Record<string, number> } }>()
    expect(shown.check.modelGain).toBeNull()
    expect(shown.check.topics).toEqual({ texts: 240, modelGain: t.gain, keywordsMacroF1: 0, learnedMacroF1: t.macroF1[String(t.gain)], keywordsAccuracy: 0, learnedAccuracy: t.accuracy[String(t.gain)] })
    expect(await topicsOf(ws, 'the flurb thing again')).toEqual(['pricing'])

    // A workspace whose learned topics did not help is read by its keywords alone.
    await db().prepare(`UPDATE workspaces SET text_model_check = json_set(text_model_check, '$.topics.gain', 0) WHERE id = ?`).bind(ws.workspaceId).run()
    expect(await topicsOf(ws, 'the flurb thing again')).toEqual([])
    expect(await topicsOf(ws, 'the price of the flurb thing is too high')).toEqual(['pricing'])
  })

  it('claims nothing with too few labelled texts to check', async () => {
    const ws = await createWorkspace()
    await teachInventedWords(ws, 10)
    expect(await checkTextModel(db(), ws.workspaceId)).toBeNull()
    const row = await db().prepare('SELECT text_model_check c FROM workspaces WHERE id = ?').bind(ws.workspaceId).first<{ c: string | null }>()
    expect(row).toEqual({ c: null })
    expect((await (await api(ws, 'GET', '/v1/text-model')).json<{ check: unknown }>()).check).toBeNull()
  })

  it('forgetting a file checks again: the trust it earned goes with it (QA: the old check stayed, trusting forgotten labels)', async () => {
    const ws = await createWorkspace()
    await teachInventedWords(ws, 120)
    expect(await checkTextModel(db(), ws.workspaceId)).not.toBeNull()
    expect((await api(ws, 'DELETE', '/v1/text-model/examples')).status).toBe(200)
    await eventually(() => db().prepare('SELECT 1 AS ok FROM workspaces WHERE id = ? AND text_model_check IS NULL').bind(ws.workspaceId).first())
    expect((await (await api(ws, 'GET', '/v1/text-model')).json<{ check: unknown }>()).check).toBeNull()
  })

  it('refuses a file whose labels contradict the rules on almost every confident row (pos and neg swapped), unless forced', async () => {
    const ws = await createWorkspace()
    const lines = ['text,sentiment']
    for (let i = 0; i < 100; i++) lines.push(`I love it great product ${i},negative`, `Terrible it crashes all the time ${i},positive`)
    const post = (query = '') => SELF.fetch(`${BASE}/v1/text-model/examples${query}`, { method: 'POST', headers: { authorization: `Bearer ${ws.secretKey}`, 'content-type': 'text/csv' }, body: lines.join('\n') })
    const refused = await post()
    expect(refused.status).toBe(400)
    expect((await refused.json<{ error: { code: string; message: string } }>()).error.message).toMatch(/swapped/)
    const stored = await db().prepare('SELECT COUNT(*) AS n FROM text_examples WHERE workspace_id = ?').bind(ws.workspaceId).first<{ n: number }>()
    expect(stored!.n).toBe(0)
    expect((await post('?force=true')).status).toBe(200)
    await checkedAfterUpload(ws, 200)
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
