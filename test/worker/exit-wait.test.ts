// An exit answer left at the comment step (the host page moved on once exit() resolved) alerts
// about a minute after its last write: each write queues a check for then, which reads the answer
// only if nothing came since.
import { describe, expect, it } from 'vitest'
import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test'
import type { Env, WorkMessage } from '../../worker/env.ts'
import { createApp } from '../../worker/app.ts'
import { handle } from '../../worker/queue/consumer.ts'
import { EXIT_ABANDONED_AFTER_MS } from '../../worker/queue/alerts.ts'
import { BASE, ORIGIN, api, createWorkspace, eventually, sitePost, uuid, type TestWorkspace } from './helpers.ts'
import { alertsOf } from '../receivers/alert-fixtures.ts'

const app = createApp()

/** POSTs an answer through the app with a queue that records what it is sent, and with what delay. */
async function postRecorded(ws: TestWorkspace, body: unknown) {
  const sent: { body: WorkMessage; delaySeconds?: number }[] = []
  const queue = {
    async send(b: WorkMessage, o?: { delaySeconds?: number }) { sent.push({ body: b, ...o }) },
    async sendBatch(ms: Iterable<{ body: WorkMessage; delaySeconds?: number }>) { for (const m of ms) sent.push(m) },
  }
  const ctx = createExecutionContext()
  const res = await app.fetch(new Request(`${BASE}/v1/sites/${ws.siteKey}/responses`, {
    method: 'POST', headers: { origin: ORIGIN, 'content-type': 'text/plain' }, body: JSON.stringify(body),
  }), { ...(env as unknown as Env), QUEUE: queue as unknown as Queue<WorkMessage> }, ctx)
  await waitOnExecutionContext(ctx)
  return { status: res.status, sent }
}

const row = (id: string) => env.DB.prepare('SELECT analyzed_at, finished FROM responses WHERE id = ?').bind(id).first<{ analyzed_at: number | null; finished: number }>()
const idleFor = (id: string, ms: number) => env.DB.prepare('UPDATE responses SET updated_at = ? WHERE id = ?').bind(Date.now() - ms, id).run()

describe('an exit answer left at the comment step', () => {
  it('queues a check a minute after each write that leaves it unfinished; a finished one is read at once', async () => {
    const ws = await createWorkspace()
    const id = uuid()
    const reason = await postRecorded(ws, { id, surveyId: ws.surveys.exit, customer: 'c-1', reason: 'missing_features', finished: false })
    expect(reason.status).toBe(201)
    expect(reason.sent).toEqual([{ body: { type: 'analyze', workspaceId: ws.workspaceId, responseId: id, ifAbandoned: true }, delaySeconds: EXIT_ABANDONED_AFTER_MS / 1000 + 1 }])
    const done = await postRecorded(ws, { id, surveyId: ws.surveys.exit, comment: 'no Jira sync', finished: true })
    expect(done.sent).toEqual([{ body: { type: 'analyze', workspaceId: ws.workspaceId, responseId: id } }])
    // A score left unfinished waits for the sweep's half hour, as before: no check.
    const nps = await postRecorded(ws, { id: uuid(), surveyId: ws.surveys.nps, customer: 'c-2', score: 3, finished: false })
    expect(nps.sent).toEqual([])
  })

  it('the check reads it only once a minute has passed with no write, and then the exit alert goes out', async () => {
    const ws = await createWorkspace()
    const id = uuid()
    await sitePost(ws, 'responses', { id, surveyId: ws.surveys.exit, customer: 'c-3', reason: 'missing_features', finished: false })
    const check = { type: 'analyze' as const, workspaceId: ws.workspaceId, responseId: id, ifAbandoned: true as const }
    // Arrived early, or a later write came meanwhile: nothing is read, nothing alerts.
    await handle(check, env as unknown as Env)
    expect((await row(id))!.analyzed_at).toBeNull()
    await idleFor(id, EXIT_ABANDONED_AFTER_MS + 1000)
    await handle(check, env as unknown as Env)
    expect((await row(id))!.analyzed_at).toBeTypeOf('number')
    expect((await alertsOf(ws)).map((a) => a.kind)).toEqual(['exit'])
    // Run again (a redelivery): already read, so nothing more.
    await handle(check, env as unknown as Env)
    expect(await alertsOf(ws)).toHaveLength(1)
  })

  it('is judged by the survey version it was shown: an offer that version made is still pending after an edit dropped it', async () => {
    const ws = await createWorkspace()
    const survey = await (await api(ws, 'GET', `/v1/surveys/${ws.surveys.exit}`)).json() as { version: number; content: { offers: Record<string, unknown> } }
    const { too_expensive: _, ...offers } = survey.content.offers
    expect((await api(ws, 'PATCH', `/v1/surveys/${ws.surveys.exit}`, { content: { ...survey.content, offers } })).status).toBe(200)
    // Shown the old version: its discount for too_expensive is open, so they may stay; no exit alert yet.
    const id = uuid()
    await sitePost(ws, 'responses', { id, surveyId: ws.surveys.exit, surveyVersion: survey.version, customer: 'c-5', reason: 'too_expensive', finished: false })
    await idleFor(id, EXIT_ABANDONED_AFTER_MS + 1000)
    await handle({ type: 'analyze', workspaceId: ws.workspaceId, responseId: id, ifAbandoned: true }, env as unknown as Env)
    expect((await row(id))!.analyzed_at).toBeTypeOf('number')
    expect(await alertsOf(ws)).toEqual([])
  })

  it('read while its save offer was open (no alert: they may stay), a declined offer is read again and alerts', async () => {
    const ws = await createWorkspace()
    const id = uuid()
    await sitePost(ws, 'responses', { id, surveyId: ws.surveys.exit, customer: 'c-4', reason: 'too_expensive', finished: false })
    await idleFor(id, EXIT_ABANDONED_AFTER_MS + 1000)
    const check = { type: 'analyze' as const, workspaceId: ws.workspaceId, responseId: id, ifAbandoned: true as const }
    await handle(check, env as unknown as Env)
    expect((await row(id))!.analyzed_at).toBeTypeOf('number')
    expect(await alertsOf(ws)).toEqual([])
    // The offer declined, the comment step left open: unread again, and its own check alerts.
    await sitePost(ws, 'responses', { id, surveyId: ws.surveys.exit, offer: { kind: 'discount', accepted: false }, finished: false })
    expect((await row(id))!.analyzed_at).toBeNull()
    await idleFor(id, EXIT_ABANDONED_AFTER_MS + 1000)
    await handle(check, env as unknown as Env)
    const alerts = await eventually(async () => { const a = await alertsOf(ws); return a.length ? a : null })
    expect(alerts.map((a) => a.kind)).toEqual(['exit'])
  })
})
