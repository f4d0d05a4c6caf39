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
