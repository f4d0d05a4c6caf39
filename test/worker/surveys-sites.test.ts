import { describe, expect, it } from 'vitest'
import { env } from 'cloudflare:test'
import { api, createWorkspace, expectError, siteGet, sitePost, uuid } from './helpers.ts'

const csatContent = { locales: { en: { question: 'How was checkout?', followUps: { low: 'What went wrong?', high: 'Great!' } } } }

describe('/v1/surveys', () => {
  it('creates, lists, edits (bumping the version only when content changes) and archives', async () => {
    const ws = await createWorkspace()
    const created = await api(ws, 'POST', '/v1/surveys', { kind: 'csat', name: 'Checkout CSAT', content: csatContent, sampling: 50 })
    expect(created.status).toBe(201)
    const survey = await created.json() as { id: string; version: number; locales: string[]; frequency: unknown; trigger: unknown }
    expect(survey).toMatchObject({ version: 1, locales: ['en'], frequency: { mode: 'until_answered' }, trigger: { type: 'manual' } })
    const renamed = await (await api(ws, 'PATCH', `/v1/surveys/${survey.id}`, { name: 'Checkout' })).json() as { version: number }
    expect(renamed.version).toBe(1)
    const reworded = await (await api(ws, 'PATCH', `/v1/surveys/${survey.id}`, { content: { locales: { en: { question: 'How easy was checkout?' }, 'zh-Hans': { question: '结账顺利吗？' } } } })).json() as { version: number; locales: string[] }
    expect(reworded).toMatchObject({ version: 2, locales: ['en', 'zh-Hans'] })
    const list = await (await api(ws, 'GET', '/v1/surveys')).json() as { data: unknown[]; total: number }
    expect(list.total).toBe(5)
    expect((await api(ws, 'DELETE', `/v1/surveys/${survey.id}`)).status).toBe(204)
    expect(((await (await api(ws, 'GET', '/v1/surveys')).json()) as { total: number }).total).toBe(4)
    // Archived surveys take no new answers; one the widget showed before the archive (it names the
    // version it showed) may arrive late from the offline queue, and is kept.
    await expectError(await sitePost(ws, 'responses', { id: uuid(), surveyId: survey.id, score: 4, finished: true }), 404, 'not_found')
    expect((await sitePost(ws, 'responses', { id: uuid(), surveyId: survey.id, score: 4, surveyVersion: 2, finished: true })).status).toBe(201)
    // So are its displays (shown, dismissed, "ask me later"), which carry the version too.
    const display = { surveyId: survey.id, clientId: 'client-1', customer: 'c-late', status: 'dismissed' }
    await expectError(await sitePost(ws, 'displays', { id: uuid(), ...display }), 404, 'not_found')
    expect((await sitePost(ws, 'displays', { id: uuid(), ...display, surveyVersion: 2 })).status).toBe(201)
    await expectError(await sitePost(ws, 'displays', { id: uuid(), ...display, surveyVersion: 3 }), 400, 'invalid_request')
    const stored = await env.DB.prepare("SELECT COUNT(*) AS n FROM displays WHERE survey_id = ? AND status = 'dismissed'").bind(survey.id).first<{ n: number }>()
    expect(stored?.n).toBe(1)
  })

  it('validates what it stores', async () => {
    const ws = await createWorkspace()
    await expectError(await api(ws, 'POST', '/v1/surveys', { kind: 'poll', name: 'x', content: csatContent }), 400, 'invalid_request')
    await expectError(await api(ws, 'POST', '/v1/surveys', { kind: 'exit', name: 'x', content: csatContent }), 400, 'invalid_request')
    await expectError(await api(ws, 'POST', '/v1/surveys', { kind: 'nps', name: 'x', content: csatContent, trigger: { type: 'pageview', url: { match: 'regex', value: '([' } } }), 400, 'invalid_request')
    await expectError(await api(ws, 'POST', '/v1/surveys', { kind: 'nps', name: 'x', content: csatContent, sampling: 101 }), 400, 'invalid_request')
    await expectError(await api(ws, 'POST', '/v1/surveys', { kind: 'nps', name: 'x', content: { locales: {} } }), 400, 'invalid_request')
    // A repeated exit reason would show the same option twice.
    const twice = await api(ws, 'POST', '/v1/surveys', { kind: 'exit', name: 'x', content: { locales: { en: { question: 'Why?' } }, reasons: ['too_expensive', 'too_expensive'] } })
    expect((await expectError(twice, 400, 'invalid_request')).message).toMatch(/once/)
    await expectError(await api(ws, 'PATCH', '/v1/surveys/srv_nope', { name: 'x' }), 404, 'not_found')
    // Born archived, it was never shown: refused, so no display or answer can claim to have seen its version 1.
    const archived = await api(ws, 'POST', '/v1/surveys', { kind: 'nps', name: 'x', content: csatContent, status: 'archived' })
    expect((await expectError(archived, 400, 'invalid_request')).message).toMatch(/active or paused/)
  })
})

describe('/v1/sites and keys', () => {
  it('a new site gets a public key that works from its origins only', async () => {
    const ws = await createWorkspace()
    const site = await (await api(ws, 'POST', '/v1/sites', { name: 'Docs', allowedOrigins: ['https://docs.example.com'] })).json() as { id: string; siteKey: string }
    expect(site.siteKey).toMatch(/^pk_/)
    const ok = await siteGet({ ...ws, siteKey: site.siteKey }, 'surveys', 'https://docs.example.com')
    expect(ok.status).toBe(200)
    await expectError(await siteGet({ ...ws, siteKey: site.siteKey }, 'surveys', 'https://app.example.com'), 403, 'forbidden')
    await expectError(await api(ws, 'POST', '/v1/sites', { name: 'Bad', allowedOrigins: ['not an origin'] }), 400, 'invalid_request')
    await expectError(await api(ws, 'POST', '/v1/sites', { name: 'Twice', allowedOrigins: ['https://a.example.com', 'https://a.example.com'] }), 400, 'invalid_request')
    const patchRes = await api(ws, 'PATCH', `/v1/sites/${site.id}`, { allowedOrigins: ['https://app.example.com'] })
    const patched = await patchRes.json() as { allowedOrigins: string[] }
    if (patchRes.status !== 200) throw new Error(JSON.stringify(patched))
    expect(patched.allowedOrigins).toEqual(['https://app.example.com'])
  })

  it('a secret key is shown once, stored only as a hash, and dies when revoked', async () => {
    const ws = await createWorkspace()
    const created = await (await api(ws, 'POST', '/v1/keys', { name: 'CI' })).json() as { id: string; secret: string }
    expect(created.secret).toMatch(/^sk_/)
    const stored = await env.DB.prepare('SELECT * FROM api_keys WHERE id = ?').bind(created.id).first<Record<string, string>>()
    expect(JSON.stringify(stored)).not.toContain(created.secret)
    const list = await (await api(ws, 'GET', '/v1/keys')).json() as { data: Record<string, unknown>[] }
    expect(JSON.stringify(list)).not.toContain(created.secret)
    expect((await api({ secretKey: created.secret }, 'GET', '/v1/surveys')).status).toBe(200)
    expect((await api(ws, 'DELETE', `/v1/keys/${created.id}`)).status).toBe(204)
    await expectError(await api({ secretKey: created.secret }, 'GET', '/v1/surveys'), 401, 'unauthorized')
  })
})

describe('/v1/workspace', () => {
  it('reads and updates settings; secrets are write-only', async () => {
    const ws = await createWorkspace()
    const got = await (await api(ws, 'GET', '/v1/workspace')).json() as { settings: Record<string, unknown> }
    expect(got.settings).toMatchObject({ churnInactiveDays: 30, churnOnSilence: 'auto', recontactDays: 90, riskThresholds: { high: 70, medium: 40 }, stripeWebhookSecretSet: false })
    const patched = await (await api(ws, 'PATCH', '/v1/workspace', { settings: { churnInactiveDays: 45, stripeWebhookSecret: 'whsec_test_123456' } })).json() as { settings: Record<string, unknown> }
    expect(patched.settings).toMatchObject({ churnInactiveDays: 45, stripeWebhookSecretSet: true })
    expect(JSON.stringify(patched)).not.toContain('whsec_test_123456')
    await expectError(await api(ws, 'PATCH', '/v1/workspace', { settings: { riskThresholds: { high: 40, medium: 60 } } }), 400, 'invalid_request')
    await expectError(await api(ws, 'PATCH', '/v1/workspace', { settings: { churnInactiveDays: 0 } }), 400, 'invalid_request')
    await expectError(await api(ws, 'PATCH', '/v1/workspace', { settings: { churnOnSilence: 'sometimes' } }), 400, 'invalid_request')
    // The dashboard link goes into alerts as a link: only http(s).
    for (const dashboardUrl of ['javascript:alert(1)//x.com', 'data:text/html,hi', 'ftp://x.example']) await expectError(await api(ws, 'PATCH', '/v1/workspace', { settings: { dashboardUrl } }), 400, 'invalid_request')
    expect((await api(ws, 'PATCH', '/v1/workspace', { settings: { dashboardUrl: 'https://stayloop.example.com' } })).status).toBe(200)
    expect((await (await api(ws, 'PATCH', '/v1/workspace', { settings: { churnOnSilence: 'never' } })).json() as { settings: Record<string, unknown> }).settings.churnOnSilence).toBe('never')
  })

  it('writes only the settings a PATCH names, and shows no work in progress as a setting', async () => {
    const ws = await createWorkspace()
    // What a taxonomy re-read keeps beside the settings, written as its own code writes it.
    await env.DB.prepare("UPDATE workspaces SET settings = json_set(settings, '$.taxonomyReread', json(?)) WHERE id = ?").bind(JSON.stringify({ done: 3 }), ws.workspaceId).run()
    const patched = await (await api(ws, 'PATCH', '/v1/workspace', { settings: { recontactDays: 30, riskThresholds: { high: 80, medium: 50 } } })).json() as { settings: Record<string, unknown> }
    expect(patched.settings).toMatchObject({ recontactDays: 30, riskThresholds: { high: 80, medium: 50 } })
    expect(patched.settings).not.toHaveProperty('taxonomyReread')
    const stored = await env.DB.prepare("SELECT json_extract(settings, '$.taxonomyReread.done') AS done FROM workspaces WHERE id = ?").bind(ws.workspaceId).first<{ done: number }>()
    expect(stored?.done).toBe(3)
    expect(await (await api(ws, 'GET', '/v1/workspace')).json()).not.toHaveProperty('settings.taxonomyReread')
  })
})

describe('/v1/export/responses.csv', () => {
  it('exports the filter as CSV with spreadsheet formulas neutralised', async () => {
    const ws = await createWorkspace()
    await sitePost(ws, 'responses', { id: uuid(), surveyId: ws.surveys.nps, score: 2, comment: '=HYPERLINK("http://evil.example","click")', finished: true })
    await sitePost(ws, 'responses', { id: uuid(), surveyId: ws.surveys.nps, score: 10, comment: 'Great, "really" great', finished: true })
    const res = await api(ws, 'GET', '/v1/export/responses.csv?maxScore=6')
    expect(res.headers.get('content-type')).toContain('text/csv')
    const text = await res.text()
    const lines = text.trim().split('\r\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^id,created_at,survey_id/)
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`)
    const all = await (await api(ws, 'GET', '/v1/export/responses.csv')).text()
    expect(all).toContain('"Great, ""really"" great"')
  })
})
