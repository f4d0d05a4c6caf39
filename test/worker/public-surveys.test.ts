import { describe, expect, it } from 'vitest'
import { SELF, env, createExecutionContext } from 'cloudflare:test'
import { createApp } from '../../worker/app.ts'
import { BASE, ORIGIN, api, createWorkspace, expectError, siteGet, sitePost, uuid } from './helpers.ts'

type SurveyList = { data: { id: string; kind: string; locale: string; text: { question: string } }[]; throttle: { blockedUntil: number | null } }
const list = async (res: Response) => (await res.json()) as SurveyList

describe('GET /v1/sites/{siteKey}/surveys', () => {
  it('renders the surveys in the visitor’s language', async () => {
    const ws = await createWorkspace()
    const body = await list(await siteGet(ws, 'surveys?locale=zh-CN&clientId=b1'))
    expect(body.data.map((s) => s.kind).sort()).toEqual(['ces', 'csat', 'exit', 'nps'])
    expect(body.data.find((s) => s.kind === 'nps')).toMatchObject({ locale: 'zh-Hans' })
  })

  it('sends the widget its own words with a survey written in a language the widget does not ship', async () => {
    const ws = await createWorkspace()
    const created = await api(ws, 'POST', '/v1/surveys', { kind: 'csat', name: 'Pedido', content: { locales: { es: { question: '¿Qué tal tu pedido?' } } }, trigger: { type: 'pageview' } })
    expect(created.status).toBe(201)
    const body = (await (await siteGet(ws, 'surveys?locale=es-AR&clientId=b1')).json()) as { data: { kind: string; locale: string; ui?: { send: string } }[] }
    expect(body.data.find((s) => s.locale === 'es')?.ui?.send).toBe('Enviar')
    // The widget ships English and Chinese itself.
    expect(body.data.filter((s) => s.locale !== 'es').every((s) => s.ui === undefined)).toBe(true)
  })

  it('throttles an identified customer on the server: a display starts the recontact period', async () => {
    const ws = await createWorkspace()
    expect((await list(await siteGet(ws, 'surveys?customer=c-1'))).data).toHaveLength(4)
    const shown = await sitePost(ws, 'displays', { surveyId: ws.surveys.nps, clientId: 'device-1', customer: 'c-1' })
    expect(shown.status).toBe(201)
    // Another device, same customer: still throttled (state lives on the server).
    const after = await list(await siteGet(ws, 'surveys?customer=c-1&clientId=device-2'))
    expect(after.data.map((s) => s.kind)).toEqual(['exit'])
    expect(after.throttle.blockedUntil).toBeGreaterThan(Date.now() + 89 * 86_400_000)
    // show(surveyId) still gets its survey.
    const forced = await list(await siteGet(ws, `surveys?customer=c-1&survey=${ws.surveys.csat}`))
    expect(forced.data.map((s) => s.id)).toEqual([ws.surveys.csat])
  })

  it('"ask me later" snoozes without starting the recontact period', async () => {
    const ws = await createWorkspace()
    const id = uuid()
    await sitePost(ws, 'displays', { id, surveyId: ws.surveys.nps, clientId: 'd', customer: 'c-2', status: 'later' })
    const body = await list(await siteGet(ws, 'surveys?customer=c-2'))
    expect(body.data.map((s) => s.kind)).toEqual(['exit'])
    expect(body.throttle.blockedUntil).toBeLessThan(Date.now() + 4 * 86_400_000)
  })

  it('Traditional for zh-Hant-* and zh-TW/HK/MO, Simplified for zh-Hans-* and zh-CN/SG', async () => {
    const ws = await createWorkspace()
    const cases = { 'zh-Hant-TW': 'zh-Hant', 'zh-Hant-HK': 'zh-Hant', 'zh-TW': 'zh-Hant', 'zh-HK': 'zh-Hant', 'zh-MO': 'zh-Hant',
      'zh-Hans-HK': 'zh-Hans', 'zh-Hans-CN': 'zh-Hans', 'zh-CN': 'zh-Hans', 'zh-SG': 'zh-Hans', zh: 'zh-Hans' }
    for (const [tag, script] of Object.entries(cases)) {
      const body = await list(await siteGet(ws, `surveys?locale=${tag}`))
      expect(body.data.find((s) => s.kind === 'nps')?.locale, tag).toBe(script)
    }
  })

  it('"ask me later" right after the survey showed takes back the recontact period: 3 days, not 90', async () => {
    const ws = await createWorkspace()
    const id = uuid()
    await sitePost(ws, 'displays', { id, surveyId: ws.surveys.nps, clientId: 'd', customer: 'c-3', status: 'shown' })
    expect((await list(await siteGet(ws, 'surveys?customer=c-3'))).throttle.blockedUntil).toBeGreaterThan(Date.now() + 89 * 86_400_000)
    expect((await sitePost(ws, 'displays', { id, surveyId: ws.surveys.nps, clientId: 'd', customer: 'c-3', status: 'later' })).status).toBe(201)
    const body = await list(await siteGet(ws, 'surveys?customer=c-3'))
    expect(body.throttle.blockedUntil).toBeGreaterThan(Date.now() + 2 * 86_400_000)
    expect(body.throttle.blockedUntil).toBeLessThan(Date.now() + 4 * 86_400_000)
  })

  it('"ask me later" keeps the recontact period an earlier answer started', async () => {
    const ws = await createWorkspace()
    const answered = await sitePost(ws, 'responses', { id: uuid(), surveyId: ws.surveys.csat, customer: 'c-4', score: 5, finished: true })
    expect(answered.status).toBe(201)
    const id = uuid()
    await sitePost(ws, 'displays', { id, surveyId: ws.surveys.nps, clientId: 'd', customer: 'c-4', status: 'shown' })
    await sitePost(ws, 'displays', { id, surveyId: ws.surveys.nps, clientId: 'd', customer: 'c-4', status: 'later' })
    expect((await list(await siteGet(ws, 'surveys?customer=c-4'))).throttle.blockedUntil).toBeGreaterThan(Date.now() + 89 * 86_400_000)
  })

  it('answers CORS preflight for allowed origins only', async () => {
    const ws = await createWorkspace()
    const ok = await SELF.fetch(`${BASE}/v1/sites/${ws.siteKey}/responses`, { method: 'OPTIONS', headers: { origin: ORIGIN, 'access-control-request-method': 'POST' } })
    expect(ok.status).toBe(204)
    expect(ok.headers.get('access-control-allow-origin')).toBe(ORIGIN)
    const bad = await SELF.fetch(`${BASE}/v1/sites/${ws.siteKey}/responses`, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } })
    expect(bad.status).toBe(403)
  })

  it('refuses displays for unknown surveys and bad statuses', async () => {
    const ws = await createWorkspace()
    await expectError(await sitePost(ws, 'displays', { surveyId: 'srv_nope', clientId: 'd' }), 404, 'not_found')
    await expectError(await sitePost(ws, 'displays', { surveyId: ws.surveys.nps, clientId: 'd', status: 'hidden' }), 400, 'invalid_request')
    await expectError(await sitePost(ws, 'displays', { surveyId: ws.surveys.nps }), 400, 'invalid_request')
  })

  it('refuses a display id reused for another survey with a 409, and writes nothing', async () => {
    const ws = await createWorkspace()
    const id = crypto.randomUUID()
    expect((await sitePost(ws, 'displays', { id, surveyId: ws.surveys.nps, clientId: 'd' })).status).toBe(201)
    await expectError(await sitePost(ws, 'displays', { id, surveyId: ws.surveys.csat, clientId: 'd', customer: 'c-reuse', status: 'dismissed' }), 409, 'conflict')
    const row = await env.DB.prepare('SELECT survey_id, status FROM displays WHERE id = ?').bind(id).first()
    expect(row).toEqual({ survey_id: ws.surveys.nps, status: 'shown' })
    expect(await env.DB.prepare("SELECT 1 FROM customers WHERE workspace_id = ? AND external_id = 'c-reuse'").bind(ws.workspaceId).first()).toBeNull()
  })

  it('rate limits per site and client: over the limit is a 429 with Retry-After', async () => {
    const ws = await createWorkspace()
    // The Rate Limiting binding's verdict, per key (wrangler's local simulation is timing-dependent,
    // so the binding is replaced by one that allows 3 calls per key).
    const seen = new Map<string, number>()
    const limiter = { limit: async ({ key }: { key: string }) => { seen.set(key, (seen.get(key) ?? 0) + 1); return { success: seen.get(key)! <= 3 } } }
    const app = createApp()
    const get = (clientId: string) => app.fetch(new Request(`${BASE}/v1/sites/${ws.siteKey}/surveys?clientId=${clientId}`, { headers: { origin: ORIGIN } }),
      { ...env, PUBLIC_LIMITER: limiter as unknown as RateLimit }, createExecutionContext())
    const statuses = []
    for (let i = 0; i < 5; i++) statuses.push((await get('flood')).status)
    expect(statuses).toEqual([200, 200, 200, 429, 429])
    const limited = await get('flood')
    expect(limited.headers.get('retry-after')).toBe('60')
    expect(((await limited.json()) as { error: { code: string } }).error.code).toBe('rate_limited')
    // Another client of the same site is not affected; keys name the site and the client.
    expect((await get('calm')).status).toBe(200)
    expect([...seen.keys()].every((k) => k.startsWith('site_') && (k.endsWith(':flood') || k.endsWith(':calm')))).toBe(true)
  })

  it('a fresh client id per request does not escape the limit on the caller address', async () => {
    const ws = await createWorkspace()
    const counter = (allowed: number) => {
      const seen = new Map<string, number>()
      return { seen, limit: async ({ key }: { key: string }) => { seen.set(key, (seen.get(key) ?? 0) + 1); return { success: seen.get(key)! <= allowed } } }
    }
    const perClient = counter(3), perAddress = counter(4)
    const app = createApp()
    const get = (clientId: string, address: string) => app.fetch(new Request(`${BASE}/v1/sites/${ws.siteKey}/surveys?clientId=${clientId}`, { headers: { origin: ORIGIN, 'cf-connecting-ip': address } }),
      { ...env, PUBLIC_LIMITER: perClient as unknown as RateLimit, PUBLIC_ADDRESS_LIMITER: perAddress as unknown as RateLimit }, createExecutionContext())
    const statuses = []
    for (let i = 0; i < 6; i++) statuses.push((await get(`fresh-${i}`, '203.0.113.7')).status)
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429])
    // Another address is its own.
    expect((await get('fresh-x', '198.51.100.2')).status).toBe(200)
  })
})
