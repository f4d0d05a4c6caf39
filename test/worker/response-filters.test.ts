// GET /v1/responses and the CSV export: an NPS band selects NPS answers only (a CSAT 3 is not a
// detractor), contradictory filters are a 400 naming the field, and the CSV opens in Excel.
import { describe, expect, it } from 'vitest'
import { env } from 'cloudflare:test'
import { api, createWorkspace, expectError } from './helpers.ts'

const T0 = Date.UTC(2026, 5, 1)

async function seed(workspaceId: string, answers: [kind: string, score: number][]) {
  await env.DB.batch(answers.map(([kind, score], i) => env.DB.prepare(`INSERT INTO responses (id, workspace_id, survey_id, survey_kind, survey_version, score, finished, created_at, updated_at)
    VALUES (?, ?, ?, ?, 1, ?, 1, ?, ?)`).bind(`r${i}`, workspaceId, `srv_${kind}`, kind, score, T0 + i, T0 + i)))
}

const kindsOf = (body: { data: { surveyKind: string; score: number }[] }) => body.data.map((r) => `${r.surveyKind}:${r.score}`).sort()

describe('response filters', () => {
  it('band=detractor lists NPS 0–6 only, with a total that agrees; CSAT and CES low scores are not detractors', async () => {
    const ws = await createWorkspace()
    await seed(ws.workspaceId, [['nps', 3], ['nps', 6], ['nps', 7], ['nps', 10], ['csat', 2], ['ces', 5], ['ces', 1]])
    const res = await api(ws, 'GET', '/v1/responses?band=detractor')
    expect(res.status).toBe(200)
    const body = (await res.json()) as { data: { surveyKind: string; score: number }[]; total: number }
    expect(kindsOf(body)).toEqual(['nps:3', 'nps:6'])
    expect(body.total).toBe(2)
    const promoters = (await (await api(ws, 'GET', '/v1/responses?band=promoter')).json()) as { data: { surveyKind: string; score: number }[] }
    expect(kindsOf(promoters)).toEqual(['nps:10'])
    const csv = await (await api(ws, 'GET', '/v1/export/responses.csv?band=detractor')).text()
    expect(csv.trim().split('\r\n')).toHaveLength(3)
  })

  it('a band with another kind, or from after to, is a 400 naming the field', async () => {
    const ws = await createWorkspace()
    const band = await expectError(await api(ws, 'GET', '/v1/responses?band=detractor&kind=csat'), 400, 'invalid_request')
    expect(band).toMatchObject({ details: [{ path: 'band' }] })
    const dates = await expectError(await api(ws, 'GET', `/v1/responses?from=${T0 + 1000}&to=${T0}`), 400, 'invalid_request')
    expect(dates).toMatchObject({ details: [{ path: 'from' }] })
    const summary = await expectError(await api(ws, 'GET', `/v1/insights/summary?from=${T0 + 1000}&to=${T0}`), 400, 'invalid_request')
    expect(summary).toMatchObject({ details: [{ path: 'from' }] })
    const cursor = await expectError(await api(ws, 'GET', '/v1/responses?cursor=nonsense'), 400, 'invalid_request')
    expect(cursor).toMatchObject({ details: [{ path: 'cursor' }] })
  })

  it('a plain date as `to` includes its whole day; a time stays the exclusive end', async () => {
    const ws = await createWorkspace()
    // T0 is 2026-06-01T00:00Z: answers at its first milliseconds.
    await seed(ws.workspaceId, [['nps', 9], ['nps', 3]])
    const total = async (q: string) => ((await (await api(ws, 'GET', `/v1/responses?${q}`)).json()) as { total: number }).total
    expect(await total('from=2026-05-01&to=2026-06-01')).toBe(2)
    expect(await total('from=2026-05-01&to=2026-06-01T00:00:00Z')).toBe(0)
    expect(await total('from=2026-05-01&to=2026-05-31')).toBe(0)
    const summary = await (await api(ws, 'GET', '/v1/insights/summary?from=2026-06-01&to=2026-06-01')).json() as { period: { from: number; to: number } }
    expect(summary.period).toEqual({ from: T0, to: T0 + 86_400_000 })
  })

  it('the CSV starts with a UTF-8 byte order mark, so Excel reads Chinese comments correctly', async () => {
    const ws = await createWorkspace()
    const res = await api(ws, 'GET', '/v1/export/responses.csv')
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  })
})
