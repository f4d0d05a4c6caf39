import { describe, expect, it } from 'vitest'
import { SELF } from 'cloudflare:test'
import { BASE, ORIGIN, createWorkspace, expectError, siteGet, sitePost, uuid } from './helpers.ts'

type SurveyList = { data: { id: string; kind: string; locale: string; text: { question: string } }[]; throttle: { blockedUntil: number | null } }
const list = async (res: Response) => (await res.json()) as SurveyList

describe('GET /v1/sites/{siteKey}/surveys', () => {
  it('renders the surveys in the visitor’s language', async () => {
    const ws = await createWorkspace()
    const body = await list(await siteGet(ws, 'surveys?locale=zh-CN&clientId=b1'))
    expect(body.data.map((s) => s.kind).sort()).toEqual(['ces', 'csat', 'exit', 'nps'])
    expect(body.data.find((s) => s.kind === 'nps')).toMatchObject({ locale: 'zh-Hans' })
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

  it('rate limits a client that floods the public routes (429 with Retry-After)', { timeout: 60_000 }, async () => {
    const ws = await createWorkspace()
    let limited: Response | null = null
    // Bursts of 20 in parallel: the limit is 120 a minute per site and client.
    for (let burst = 0; burst < 10 && !limited; burst++) {
      const answers = await Promise.all(Array.from({ length: 20 }, () => siteGet(ws, 'surveys?clientId=flood')))
      limited = answers.find((r) => r.status === 429) ?? null
    }
    expect(limited).not.toBeNull()
    expect(limited!.headers.get('retry-after')).toBe('60')
    expect(((await limited!.json()) as { error: { code: string } }).error.code).toBe('rate_limited')
    // Another client of the same site is not affected.
    expect((await siteGet(ws, 'surveys?clientId=calm')).status).toBe(200)
  })
})
