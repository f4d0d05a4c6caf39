import { describe, expect, it } from 'vitest'
import { env } from 'cloudflare:test'
import { api, createWorkspace, expectError, sitePost, uuid } from './helpers.ts'

describe('POST /v1/sites/{siteKey}/responses', () => {
  it('stores a new answer (201), merges partial then finished (200), one row', async () => {
    const ws = await createWorkspace()
    const id = uuid()
    const first = await sitePost(ws, 'responses', { id, surveyId: ws.surveys.nps, customer: { id: 'c-1', traits: { plan: 'pro' } }, score: 3, finished: false })
    expect(first.status).toBe(201)
    expect(first.headers.get('access-control-allow-origin')).toBe('https://app.example.com')
    const second = await sitePost(ws, 'responses', { id, surveyId: ws.surveys.nps, comment: 'Too slow lately', finished: true })
    expect(second.status).toBe(200)
    const row = await env.DB.prepare('SELECT score, comment, finished, finished_at FROM responses WHERE workspace_id = ? AND id = ?').bind(ws.workspaceId, id).first()
    expect(row).toMatchObject({ score: 3, comment: 'Too slow lately', finished: 1 })
    expect(row!.finished_at).toBeTypeOf('number')
    const listed = await (await api(ws, 'GET', '/v1/responses')).json() as { data: { id: string; customerId: string }[]; total: number }
    expect(listed.total).toBe(1)
    expect(listed.data[0]).toMatchObject({ id, customerId: 'c-1' })
  })

  it('stores a comment without control or bidi-override characters, so search finds what followed them', async () => {
    const ws = await createWorkspace()
    const id = uuid()
    const res = await sitePost(ws, 'responses', { id, surveyId: ws.surveys.nps, score: 2, comment: 'Exports fail\u0000 zebracorn\u0007 \u202Echeckout\u202C broken\nsecond line', finished: true })
    expect(res.status).toBe(201)
    const row = await env.DB.prepare('SELECT comment FROM responses WHERE workspace_id = ? AND id = ?').bind(ws.workspaceId, id).first<{ comment: string }>()
    expect(row!.comment).toBe('Exports fail zebracorn checkout broken\nsecond line')
    const found = await (await api(ws, 'GET', '/v1/responses?q=zebracorn')).json() as { total: number }
    expect(found.total).toBe(1)
  })

  it('the same id sent 10 times concurrently leaves one row and exactly one 201', async () => {
    const ws = await createWorkspace()
    const id = uuid()
    const results = await Promise.all(Array.from({ length: 10 }, () => sitePost(ws, 'responses', { id, surveyId: ws.surveys.nps, score: 9, finished: true })))
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201])
    const { n } = (await env.DB.prepare('SELECT COUNT(*) n FROM responses WHERE workspace_id = ?').bind(ws.workspaceId).first<{ n: number }>())!
    expect(n).toBe(1)
  })

  it('accepts application/json too', async () => {
    const ws = await createWorkspace()
    const res = await sitePost(ws, 'responses', { id: uuid(), surveyId: ws.surveys.csat, score: 5, finished: true }, { contentType: 'application/json' })
    expect(res.status).toBe(201)
  })

  it.each([
    ['nps', 11], ['nps', -1], ['csat', 0], ['csat', 6], ['ces', 0], ['ces', 8],
  ] as const)('rejects an out-of-range %s score %d', async (kind, score) => {
    const ws = await createWorkspace()
    const res = await sitePost(ws, 'responses', { id: uuid(), surveyId: ws.surveys[kind], score, finished: true })
    await expectError(res, 400, 'invalid_request')
  })

  it('rejects malformed JSON, wrong types, unknown fields, bad ids, unknown survey and reasons', async () => {
    const ws = await createWorkspace()
    await expectError(await sitePost(ws, 'responses', '{"id": '), 400, 'bad_request')
    await expectError(await sitePost(ws, 'responses', { id: uuid(), surveyId: ws.surveys.nps, score: '9', finished: true }), 400, 'invalid_request')
    await expectError(await sitePost(ws, 'responses', { id: uuid(), surveyId: ws.surveys.nps, score: 9, finished: true, admin: true }), 400, 'invalid_request')
    await expectError(await sitePost(ws, 'responses', { id: 'not-a-uuid', surveyId: ws.surveys.nps, finished: true }), 400, 'invalid_request')
    await expectError(await sitePost(ws, 'responses', { id: uuid(), surveyId: 'srv_nope', finished: true }), 404, 'not_found')
    await expectError(await sitePost(ws, 'responses', { id: uuid(), surveyId: ws.surveys.exit, reason: 'bored', finished: true }), 400, 'invalid_request')
    await expectError(await sitePost(ws, 'responses', { id: uuid(), surveyId: ws.surveys.nps, score: 9, finished: true }, { contentType: 'application/xml' }), 415, 'unsupported_media_type')
    // Nothing answered: no empty row that would count as answered (a blank comment is none either).
    await expectError(await sitePost(ws, 'responses', { id: uuid(), surveyId: ws.surveys.csat, customer: { id: 'c-empty' }, finished: true }), 400, 'invalid_request')
    await expectError(await sitePost(ws, 'responses', { id: uuid(), surveyId: ws.surveys.csat, comment: '', finished: false }), 400, 'invalid_request')
    const { n } = (await env.DB.prepare('SELECT COUNT(*) n FROM responses WHERE workspace_id = ?').bind(ws.workspaceId).first<{ n: number }>())!
    expect(n).toBe(0)
  })

  it('takes a comment of up to 5,000 characters, as the README says, and refuses a longer one naming it', async () => {
    const ws = await createWorkspace()
    expect((await sitePost(ws, 'responses', { id: uuid(), surveyId: ws.surveys.nps, score: 5, comment: 'x'.repeat(5000), finished: true })).status).toBe(201)
    const refused = await expectError(await sitePost(ws, 'responses', { id: uuid(), surveyId: ws.surveys.nps, score: 5, comment: 'x'.repeat(5001), finished: true }), 400, 'invalid_request')
    expect(refused.message).toMatch(/^comment: /)
  })

  it('rejects bodies over 16 KB', async () => {
    const ws = await createWorkspace()
    const res = await sitePost(ws, 'responses', { id: uuid(), surveyId: ws.surveys.nps, comment: 'x'.repeat(17_000), finished: true })
    await expectError(res, 413, 'payload_too_large')
  })

  it('stores an exit reason with the save offer outcome', async () => {
    const ws = await createWorkspace()
    const id = uuid()
    expect((await sitePost(ws, 'responses', { id, surveyId: ws.surveys.exit, customer: 'c-9', reason: 'too_expensive', finished: false })).status).toBe(201)
    expect((await sitePost(ws, 'responses', { id, surveyId: ws.surveys.exit, offer: { kind: 'discount', accepted: true }, finished: true })).status).toBe(200)
    const body = await (await api(ws, 'GET', `/v1/responses/${id}`)).json()
    expect(body).toMatchObject({ reason: 'too_expensive', offer: { kind: 'discount', accepted: true }, finished: true, customerId: 'c-9' })
  })

  it('refuses a response id reused for another survey', async () => {
    const ws = await createWorkspace()
    const id = uuid()
    await sitePost(ws, 'responses', { id, surveyId: ws.surveys.nps, score: 8, finished: true })
    await expectError(await sitePost(ws, 'responses', { id, surveyId: ws.surveys.csat, score: 4, finished: true }), 409, 'conflict')
  })
})

describe('site key and origin', () => {
  it('refuses an origin the site does not allow, an unknown key, and no origin', async () => {
    const ws = await createWorkspace()
    await expectError(await sitePost(ws, 'responses', { id: uuid(), surveyId: ws.surveys.nps, score: 9, finished: true }, { origin: 'https://evil.example' }), 403, 'forbidden')
    await expectError(await sitePost({ ...ws, siteKey: 'pk_unknown' }, 'responses', { id: uuid(), surveyId: ws.surveys.nps, finished: true }), 401, 'unauthorized')
  })

  it('a site key never reaches server routes', async () => {
    const ws = await createWorkspace()
    await expectError(await api({ secretKey: ws.siteKey }, 'GET', '/v1/responses'), 403, 'forbidden')
  })

  it("a site key cannot write into another workspace's survey", async () => {
    const a = await createWorkspace()
    const b = await createWorkspace()
    await expectError(await sitePost(a, 'responses', { id: uuid(), surveyId: b.surveys.nps, score: 1, finished: true }), 404, 'not_found')
  })
})

describe('late changes to a finished answer', () => {
  it('a comment added after analysis is analysed again', async () => {
    const { analyzed } = await import('./helpers.ts')
    const ws = await createWorkspace()
    const id = uuid()
    await sitePost(ws, 'responses', { id, surveyId: ws.surveys.nps, score: 9, finished: true })
    const first = await analyzed(ws, id)
    expect(first.sentiment_label).toBeNull()
    await sitePost(ws, 'responses', { id, surveyId: ws.surveys.nps, comment: 'Support is slow and the price is too high', finished: true })
    const { eventually } = await import('./helpers.ts')
    const row = await eventually(() => env.DB.prepare('SELECT sentiment_label, topics FROM responses WHERE workspace_id = ? AND id = ? AND analyzed_at IS NOT NULL AND sentiment_label IS NOT NULL').bind(ws.workspaceId, id).first<{ topics: string }>())
    expect(JSON.parse(row.topics).map((t: { id: string }) => t.id)).toEqual(expect.arrayContaining(['support', 'pricing']))
  })

  it("a comment with words that are also JavaScript's built-in names is analysed and learned from", async () => {
    const { analyzed } = await import('./helpers.ts')
    const ws = await createWorkspace()
    const id = uuid()
    await sitePost(ws, 'responses', { id, surveyId: ws.surveys.nps, customer: 'c-proto', score: 2, comment: 'Our constructor hated the __proto__ page, toString broke', finished: true })
    const row = await analyzed(ws, id)
    expect(row.sentiment_label).toBe('negative')
    expect(row.learned_label).not.toBeNull()
  })
})
