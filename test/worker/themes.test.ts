// GET /v1/insights/themes: emerging themes come from the period's comments, are kept a minute
// per isolate, and a taxonomy change is seen at once (it is part of the cache key).
import { describe, expect, it } from 'vitest'
import { env } from 'cloudflare:test'
import { api, createWorkspace } from './helpers.ts'

describe('emerging themes', () => {
  it('finds a recurring phrase the taxonomy misses, and drops it once a topic covers it', async () => {
    const ws = await createWorkspace()
    const now = Date.now()
    const comments = ['Please add a calendar sync option', 'calendar sync keeps failing for me', 'No calendar sync is a dealbreaker', 'I want calendar sync with Outlook', 'Nice product overall']
    await env.DB.batch(comments.map((comment, i) => env.DB.prepare(`INSERT INTO responses (id, workspace_id, survey_id, survey_kind, survey_version, score, comment, language, finished, created_at, updated_at)
      VALUES (?, ?, ?, 'nps', 1, 5, ?, 'en', 1, ?, ?)`).bind(`em_${i}`, ws.workspaceId, ws.surveys.nps, comment, now - (i + 1) * 60_000, now - (i + 1) * 60_000)))
    const read = async () => ((await (await api(ws, 'GET', '/v1/insights/themes?days=7')).json()) as { emerging: { phrase: string; count: number; examples: { comment: string }[] }[] }).emerging
    const before = await read()
    const sync = before.find((t) => t.phrase.includes('calendar'))
    expect(sync?.count).toBeGreaterThanOrEqual(4)
    expect(sync!.examples.length).toBeGreaterThan(0)
    const put = await api(ws, 'PUT', '/v1/taxonomy', { topics: [{ id: 'integrations', name: 'Integrations', keywords: ['calendar sync', 'calendar'] }] })
    expect(put.status).toBe(200)
    expect((await read()).find((t) => t.phrase.includes('calendar'))).toBeUndefined()
  })
})

describe('key drivers', () => {
  it('ranks topics by the points they move NPS, and lists a topic with too few answers last, marked', async () => {
    const ws = await createWorkspace()
    const at = Date.now() - 3_600_000
    // 22 detractors about a missing feature, one furious answer about billing, 40 promoters (12
    // of them praising support) and 20 passives.
    const answers: [number, string | null][] = [
      ...Array.from({ length: 22 }, () => [3, 'missing_feature'] as [number, string]), [0, 'billing'],
      ...Array.from({ length: 40 }, (_, i) => [10, i < 12 ? 'support' : null] as [number, string | null]),
      ...Array.from({ length: 20 }, () => [8, null] as [number, null]),
    ]
    await env.DB.batch(answers.flatMap(([score, topic], i) => [
      env.DB.prepare(`INSERT INTO responses (id, workspace_id, survey_id, survey_kind, survey_version, score, finished, created_at, updated_at, finished_at)
        VALUES (?, ?, ?, 'nps', 1, ?, 1, ?, ?, ?)`).bind(`drv_${ws.workspaceId}_${i}`, ws.workspaceId, ws.surveys.nps, score, at, at, at),
      ...(topic ? [env.DB.prepare('INSERT INTO response_topics (workspace_id, response_id, topic, confidence, created_at) VALUES (?, ?, ?, 0.9, ?)')
        .bind(ws.workspaceId, `drv_${ws.workspaceId}_${i}`, topic, at)] : []),
    ]))
    const body = await (await api(ws, 'GET', '/v1/insights/drivers')).json() as { data: { topic: string; kind: string; volume: number; impact: number; effect: number; fewAnswers: boolean }[] }
    // billing's gap is the second largest (-122) but it moves NPS by 1.5 points on one answer.
    expect(body.data.map((d) => [d.topic, d.volume, d.fewAnswers])).toEqual([['missing_feature', 22, false], ['support', 12, false], ['billing', 1, true]])
    // NPS 20.5 over all 83 answers: 63.9 without the missing-feature answers, 7 without support's.
    expect(body.data.map((d) => d.effect)).toEqual([-43.5, 13.4, -1.5])
    expect(body.data[2].impact).toBe(-122)
  })
})

describe('theme examples', () => {
  it("lead with comments on the side the topic moves the score, with one of the other side", async () => {
    const ws = await createWorkspace()
    const at = Date.now() - 3_600_000
    // Usability lifts NPS (6 promoters, 3 detractors among its answers; the rest mostly detractors),
    // but its complaints are the surest keyword matches.
    const answers: [number, string | null, string | null, number][] = [
      ...Array.from({ length: 6 }, (_, i) => [10, `So easy to use, the interface is clear ${i}`, 'positive', 0.6] as [number, string, string, number]),
      ...Array.from({ length: 3 }, (_, i) => [2, `The interface is confusing and hard to use ${i}`, 'negative', 0.95] as [number, string, string, number]),
      ...Array.from({ length: 10 }, () => [3, null, null, 0] as [number, null, null, number]),
      ...Array.from({ length: 5 }, () => [8, null, null, 0] as [number, null, null, number]),
    ]
    await env.DB.batch(answers.flatMap(([score, comment, sentiment, confidence], i) => [
      env.DB.prepare(`INSERT INTO responses (id, workspace_id, survey_id, survey_kind, survey_version, score, comment, sentiment_label, finished, created_at, updated_at, analyzed_at)
        VALUES (?, ?, ?, 'nps', 1, ?, ?, ?, 1, ?, ?, ?)`).bind(`ex_${ws.workspaceId}_${i}`, ws.workspaceId, ws.surveys.nps, score, comment, sentiment, at - i, at, at),
      ...(comment ? [env.DB.prepare("INSERT INTO response_topics (workspace_id, response_id, topic, confidence, created_at) VALUES (?, ?, 'usability', ?, ?)")
        .bind(ws.workspaceId, `ex_${ws.workspaceId}_${i}`, confidence, at - i)] : []),
    ]))
    const body = await (await api(ws, 'GET', '/v1/insights/themes')).json() as { topics: { id: string; nps: { effect: number }; examples: { score: number; sentiment: string }[] }[] }
    const usability = body.topics.find((t) => t.id === 'usability')!
    expect(usability.nps.effect).toBeGreaterThan(0)
    expect(usability.examples.map((e) => [e.score, e.sentiment])).toEqual([[10, 'positive'], [10, 'positive'], [2, 'negative']])
  })
})
