// A taxonomy edit reaches stored answers: at once on every read (themes, drivers, the topic filter,
// an answer's topics), and on the queue a re-read matches every stored comment's topics again.
import { describe, expect, it } from 'vitest'
import { env } from 'cloudflare:test'
import type { Env, WorkMessage } from '../../worker/env.ts'
import { analyzed, api, createWorkspace, eventually, expectError, sitePost, uuid, type TestWorkspace } from './helpers.ts'
import { resumeRetopics, retopicPage, RETOPIC_STALE_MS } from '../../worker/queue/retopic.ts'
import { replaceTaxonomyStatement } from '../../worker/services/taxonomy-reread.ts'

type Reread = { inProgress: boolean; done: number; total: number | null } | null
const taxonomyOf = async (ws: TestWorkspace) => (await (await api(ws, 'GET', '/v1/taxonomy')).json()) as { topics: { id: string }[]; reread: Reread }
const themeIds = async (ws: TestWorkspace) => ((await (await api(ws, 'GET', '/v1/insights/themes')).json()) as { topics: { id: string; volume: number }[] }).topics
const driverIds = async (ws: TestWorkspace) => ((await (await api(ws, 'GET', '/v1/insights/drivers')).json()) as { data: { topic: string }[] }).data.map((d) => d.topic)
const indexed = async (ws: TestWorkspace, id: string) =>
  (await env.DB.prepare('SELECT topic FROM response_topics WHERE workspace_id = ? AND response_id = ? ORDER BY topic').bind(ws.workspaceId, id).all<{ topic: string }>()).results.map((r) => r.topic)

function spyQueue() {
  const sent: WorkMessage[] = []
  const queue = { async send(body: WorkMessage) { sent.push(body) }, async sendBatch(ms: Iterable<{ body: WorkMessage }>) { for (const m of ms) sent.push(m.body) } }
  return { env: { ...(env as unknown as Env), QUEUE: queue as unknown as Queue<WorkMessage> }, sent }
}

const ONLY_PRICING = [{ id: 'pricing', name: 'Pricing', keywords: ['price', 'expensive'] }]

describe('a removed topic, at once', () => {
  it('is shown by no theme, driver, filter or answer, and filtering by it is a 400 naming it', async () => {
    const ws = await createWorkspace()
    const at = Date.now() - 3_600_000
    // Answers without a comment: tagged, but nothing the re-read reads, so this is the read side alone.
    const ids = Array.from({ length: 12 }, (_, i) => `ob_${ws.workspaceId}_${i}`)
    await env.DB.batch(ids.flatMap((id, i) => [
      env.DB.prepare(`INSERT INTO responses (id, workspace_id, survey_id, survey_kind, survey_version, score, finished, created_at, updated_at, analyzed_at, topics)
        VALUES (?, ?, ?, 'nps', 1, ?, 1, ?, ?, ?, ?)`).bind(id, ws.workspaceId, ws.surveys.nps, i < 6 ? 10 : 3, at, at, at,
        JSON.stringify([{ id: 'onboarding', confidence: 0.9, matches: [] }, { id: 'pricing', confidence: 0.8, matches: [] }])),
      env.DB.prepare('INSERT INTO response_topics (workspace_id, response_id, topic, confidence, created_at) VALUES (?, ?, ?, 0.9, ?)').bind(ws.workspaceId, id, 'onboarding', at),
      env.DB.prepare('INSERT INTO response_topics (workspace_id, response_id, topic, confidence, created_at) VALUES (?, ?, ?, 0.8, ?)').bind(ws.workspaceId, id, 'pricing', at),
    ]))
    expect((await themeIds(ws)).map((t) => t.id)).toContain('onboarding')
    expect(((await (await api(ws, 'GET', '/v1/responses?topic=onboarding')).json()) as { data: unknown[] }).data).toHaveLength(12)

    expect((await api(ws, 'PUT', '/v1/taxonomy', { topics: ONLY_PRICING })).status).toBe(200)
    expect((await themeIds(ws)).map((t) => t.id)).toEqual(['pricing'])
    expect(await driverIds(ws)).toEqual(['pricing'])
    const refused = await expectError(await api(ws, 'GET', '/v1/responses?topic=onboarding'), 400, 'invalid_request')
    expect(refused.message).toMatch(/^topic: not in the taxonomy: onboarding/)
    await expectError(await api(ws, 'GET', '/v1/export/responses.csv?topic=onboarding'), 400, 'invalid_request')
    const list = (await (await api(ws, 'GET', '/v1/responses')).json()) as { data: { analysis: { topics: { id: string }[] } }[] }
    expect(list.data.map((r) => r.analysis.topics.map((t) => t.id))).toEqual(ids.map(() => ['pricing']))
    const one = (await (await api(ws, 'GET', `/v1/responses/${ids[0]}`)).json()) as { analysis: { topics: { id: string }[] } }
    expect(one.analysis.topics.map((t) => t.id)).toEqual(['pricing'])
    const csv = await (await api(ws, 'GET', '/v1/export/responses.csv')).text()
    expect(csv).not.toContain('onboarding')
  })
})

describe('the re-read on the queue', () => {
  it('matches every stored comment again: removed topics go, a new topic finds old comments, sentiment and corrected topics stay', async () => {
    const ws = await createWorkspace()
    const comments = [
      [3, 'The onboarding was confusing and the calendar view is broken'], [4, 'Calendar view keeps crashing'], [9, '日历视图很好用'],
      [2, 'Way too expensive'], [10, 'Love it'], [5, 'The calendar view is slow'],
    ] as const
    const ids = await Promise.all(comments.map(async ([score, comment]) => {
      const id = uuid()
      await sitePost(ws, 'responses', { id, surveyId: ws.surveys.nps, score, comment, finished: true })
      return id
    }))
    const before = await Promise.all(ids.map((id) => analyzed(ws, id)))
    expect(await indexed(ws, ids[0])).toContain('onboarding')
    // A person's topics are theirs: this one keeps onboarding whatever the taxonomy says.
    expect((await api(ws, 'PATCH', `/v1/responses/${ids[0]}/analysis`, { topics: ['onboarding'] })).status).toBe(200)
    // A sentiment-only correction leaves the topics to the re-read.
    expect((await api(ws, 'PATCH', `/v1/responses/${ids[5]}/analysis`, { sentiment: 'negative' })).status).toBe(200)

    const put = await api(ws, 'PUT', '/v1/taxonomy', { topics: [...ONLY_PRICING, { id: 'calendar', name: 'Calendar', keywords: ['calendar view', '日历视图'] }] })
    expect(((await put.json()) as { reread: Reread }).reread).toMatchObject({ inProgress: true, done: 0 })
    const done = await eventually(async () => { const r = (await taxonomyOf(ws)).reread; return r && !r.inProgress && r })
    expect(done).toMatchObject({ done: 6, total: 6 })

    expect(await indexed(ws, ids[0])).toEqual(['onboarding'])
    expect(await indexed(ws, ids[1])).toEqual(['calendar'])
    expect(await indexed(ws, ids[2])).toEqual(['calendar'])
    expect(await indexed(ws, ids[3])).toEqual(['pricing'])
    expect(await indexed(ws, ids[4])).toEqual([])
    expect(await indexed(ws, ids[5])).toEqual(['calendar'])
    const rows = await env.DB.prepare('SELECT id, topics, sentiment_label, sentiment_score, sentiment_confidence FROM responses WHERE workspace_id = ?').bind(ws.workspaceId).all<Record<string, unknown>>()
    const byId = new Map(rows.results.map((r) => [r.id as string, r]))
    expect((JSON.parse(byId.get(ids[1])!.topics as string) as { id: string }[]).map((t) => t.id)).toEqual(['calendar'])
    for (const i of [1, 2, 3, 4]) {
      expect(byId.get(ids[i])).toMatchObject({ sentiment_label: before[i].sentiment_label, sentiment_score: before[i].sentiment_score, sentiment_confidence: before[i].sentiment_confidence })
    }
    // The rollups followed: themes count the new topic's old comments.
    const themes = await themeIds(ws)
    expect(themes.find((t) => t.id === 'calendar')?.volume).toBe(3)
    expect(themes.find((t) => t.id === 'pricing')?.volume).toBe(1)
    const rolled = await env.DB.prepare("SELECT SUM(volume) n FROM topic_rollups WHERE workspace_id = ? AND topic = 'calendar'").bind(ws.workspaceId).first<{ n: number }>()
    expect(rolled?.n).toBe(3)
  })

  it('goes page by page, is safe to run twice, stops for a newer edit, and the cron resumes a lost one', async () => {
    const ws = await createWorkspace()
    const at = Date.now() - 3_600_000
    const texts = ['Too expensive', 'The calendar view is broken', 'Pricing is fine', 'calendar view please', 'ok']
    await env.DB.batch(texts.map((comment, i) => env.DB.prepare(`INSERT INTO responses (id, workspace_id, survey_id, survey_kind, survey_version, score, comment, finished, created_at, updated_at, analyzed_at, topics, sentiment_label)
      VALUES (?, ?, ?, 'nps', 1, 5, ?, 1, ?, ?, ?, '[]', 'neutral')`).bind(`pg_${ws.workspaceId}_${i}`, ws.workspaceId, ws.surveys.nps, comment, at - i, at, at)))
    // Stored as the route stores it, without its message: this test sends the pages itself.
    const edit = (now: number) => {
      const { stmt, state } = replaceTaxonomyStatement(env.DB, ws.workspaceId, [...ONLY_PRICING, { id: 'calendar', name: 'Calendar', keywords: ['calendar view'] }], now)
      return stmt.run().then(() => state.revision)
    }
    const revision = await edit(Date.now())
    const q = spyQueue()
    const first = await retopicPage(q.env, ws.workspaceId, revision, Date.now(), 2)
    expect(first).toMatchObject({ status: 'more', read: 2 })
    expect(q.sent).toEqual([{ type: 'retopic', workspaceId: ws.workspaceId, revision }])
    // Two copies of the next message at once: one goes on, the other stops.
    const both = await Promise.all([retopicPage(q.env, ws.workspaceId, revision, Date.now(), 2), retopicPage(q.env, ws.workspaceId, revision, Date.now(), 2)])
    expect(both.map((r) => r.status).sort()).toEqual(['more', 'stale'])
    expect((await taxonomyOf(ws)).reread).toMatchObject({ inProgress: true, done: 4, total: 5 })

    // A newer edit: the old re-read's next page does nothing and stops.
    const newer = await edit(Date.now() + 1)
    expect(await retopicPage(q.env, ws.workspaceId, revision, Date.now(), 2)).toEqual({ status: 'stale', read: 0, changed: 0 })
    // Its message lost, the cron sends it again once it has been quiet a while, not before.
    const cron = spyQueue()
    await resumeRetopics(cron.env, Date.now())
    expect(cron.sent.filter((m) => m.type === 'retopic' && m.workspaceId === ws.workspaceId)).toEqual([])
    await resumeRetopics(cron.env, Date.now() + RETOPIC_STALE_MS + 60_000)
    expect(cron.sent.filter((m) => m.type === 'retopic' && m.workspaceId === ws.workspaceId)).toEqual([{ type: 'retopic', workspaceId: ws.workspaceId, revision: newer }])
    for (let status = 'more'; status === 'more';) status = (await retopicPage(q.env, ws.workspaceId, newer, Date.now(), 2)).status
    expect((await taxonomyOf(ws)).reread).toMatchObject({ inProgress: false, done: 5, total: 5 })
    expect(await indexed(ws, `pg_${ws.workspaceId}_1`)).toEqual(['calendar'])
    expect(await indexed(ws, `pg_${ws.workspaceId}_0`)).toEqual(['pricing'])
    // Run again from the start: nothing changes.
    const again = await edit(Date.now() + 2)
    let changed = 0
    for (let status = 'more'; status === 'more';) { const r = await retopicPage(q.env, ws.workspaceId, again, Date.now(), 2); status = r.status; changed += r.changed }
    expect(changed).toBe(0)
    const volumes = await env.DB.prepare('SELECT topic, SUM(volume) n FROM topic_rollups WHERE workspace_id = ? GROUP BY topic HAVING n > 0 ORDER BY topic').bind(ws.workspaceId).all()
    expect(volumes.results).toEqual([{ topic: 'calendar', n: 2 }, { topic: 'pricing', n: 2 }])
  })

  it('reads a page of 200 comments within a queue message (timed)', async () => {
    const ws = await createWorkspace()
    const at = Date.now() - 3_600_000
    const samples = ['The calendar view is broken again', 'Way too expensive for what it does', '客服回复太慢了', 'Love the new dashboards, setup took minutes', 'Export keeps failing and support never answers']
    await env.DB.batch(Array.from({ length: 200 }, (_, i) => env.DB.prepare(`INSERT INTO responses (id, workspace_id, survey_id, survey_kind, survey_version, score, comment, finished, created_at, updated_at, analyzed_at, topics, sentiment_label)
      VALUES (?, ?, ?, 'nps', 1, 5, ?, 1, ?, ?, ?, '[]', 'neutral')`).bind(`tm_${ws.workspaceId}_${i}`, ws.workspaceId, ws.surveys.nps, `${samples[i % 5]} (${i})`, at - i, at, at)))
    const { stmt, state } = replaceTaxonomyStatement(env.DB, ws.workspaceId, [...ONLY_PRICING, { id: 'calendar', name: 'Calendar', keywords: ['calendar view'] }], Date.now())
    await stmt.run()
    const started = performance.now()
    const page = await retopicPage(spyQueue().env, ws.workspaceId, state.revision)
    const ms = performance.now() - started
    console.log(`retopic: a page of ${page.read} comments (${page.changed} changed) took ${ms.toFixed(0)} ms in workerd`)
    expect(page).toMatchObject({ status: 'more', read: 200 })
  })
})

describe('taxonomy validation', () => {
  it('refuses blank, duplicate and hidden-character names and keywords that shrink to a letter, naming each', async () => {
    const ws = await createWorkspace()
    const problems = async (topics: unknown[]) => (await expectError(await api(ws, 'PUT', '/v1/taxonomy', { topics }), 400, 'invalid_request') as unknown as { details: { path: string; message: string }[] }).details
    const ok = { keywords: ['price'] }
    expect((await problems([{ id: 'a', name: '   ', ...ok }])).map((d) => d.path)).toEqual(['topics.0.name'])
    expect((await problems([{ id: 'a', name: '\u200b', ...ok }])).map((d) => d.path)).toEqual(['topics.0.name'])
    const dup = await problems([{ id: 'a', name: 'Pricing', ...ok }, { id: 'b', name: ' pricing ', ...ok }])
    expect(dup).toEqual([{ path: 'topics.1.name', message: expect.stringMatching(/names must differ/) }])
    expect((await problems([{ id: 'a', name: 'Pri\u0000cing', ...ok }])).map((d) => d.path)).toEqual(['topics.0.name'])
    expect((await problems([{ id: 'a', name: 'Pricing\u202e', ...ok }])).map((d) => d.path)).toEqual(['topics.0.name'])
    expect((await problems([{ id: 'a', name: 'A', keywords: ['pri\u202ece'] }])).map((d) => d.path)).toEqual(['topics.0.keywords.0'])
    const letters = await problems([{ id: 'c', name: 'C', keywords: ['c++', 'fine'] }, { id: 'a', name: 'A', keywords: ['[a-'] }])
    expect(letters.map((d) => d.path)).toEqual(['topics.0.keywords.0', 'topics.1.keywords.0'])
    expect(letters[0].message).toMatch(/at least 2 letters/)
    // Trimmed names; two letters, a Chinese character and words around a gap are keywords.
    const put = await api(ws, 'PUT', '/v1/taxonomy', { topics: [{ id: 'ux', name: '  UX  ', keywords: ['ux', '卡', 'too … slow'] }] })
    expect(put.status).toBe(200)
    expect((await taxonomyOf(ws)).topics).toEqual([{ id: 'ux', name: 'UX', keywords: ['ux', '卡', 'too … slow'] }])
  })

  it('refuses a gap with nothing on one side, naming the topic and the keyword', async () => {
    const ws = await createWorkspace()
    for (const k of ['too … ', '… slow', 'too...', '还是…']) {
      const refused = await expectError(await api(ws, 'PUT', '/v1/taxonomy', { topics: [{ id: 'speed', name: 'Speed', keywords: ['slow', k] }] }), 400, 'invalid_request')
      expect(refused.message).toContain(`topics.0.keywords.1: must keep a word on each side of a gap: "${k}" of topic speed`)
    }
    await expectError(await api(ws, 'PUT', '/v1/taxonomy', { topics: [{ id: 'speed', name: 'Speed', keywords: ['slow'], strong: ['too …'] }] }), 400, 'invalid_request')
  })

  it('drops repeats of a keyword ignoring case, keeping the first', async () => {
    const ws = await createWorkspace()
    const put = await api(ws, 'PUT', '/v1/taxonomy', { topics: [{ id: 'sync', name: 'Sync', keywords: ['sync', 'Sync', 'sync', 'out of sync', 'OUT OF SYNC'], strong: ['Sync', 'sync'] }] })
    expect(put.status).toBe(200)
    const saved = [{ id: 'sync', name: 'Sync', keywords: ['sync', 'out of sync'], strong: ['Sync'] }]
    expect(((await put.json()) as { topics: unknown }).topics).toEqual(saved)
    expect((await taxonomyOf(ws)).topics).toEqual(saved)
  })

  it('takes a topic with only a name, found by its name; a name without 2 letters then is refused', async () => {
    const ws = await createWorkspace()
    const put = await api(ws, 'PUT', '/v1/taxonomy', { topics: [...ONLY_PRICING, { id: 'dark_mode', name: 'Dark mode' }, { id: 'exports', name: 'Exports', keywords: [] }] })
    expect(put.status).toBe(200)
    expect((await taxonomyOf(ws)).topics).toEqual([...ONLY_PRICING, { id: 'dark_mode', name: 'Dark mode', keywords: [] }, { id: 'exports', name: 'Exports', keywords: [] }])
    const id = uuid()
    await sitePost(ws, 'responses', { id, surveyId: ws.surveys.nps, score: 6, comment: 'Still waiting for a dark mode, and the exports are a pain', finished: true })
    await analyzed(ws, id)
    expect(await indexed(ws, id)).toEqual(['dark_mode', 'exports'])
    const refused = await expectError(await api(ws, 'PUT', '/v1/taxonomy', { topics: [{ id: 'c', name: 'C' }] }), 400, 'invalid_request')
    expect(refused.message).toMatch(/^topics\.0\.name: must keep at least 2 letters .*topic c has no keywords, so it is found by its name/)
  })
})
