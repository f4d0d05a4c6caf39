import { describe, expect, it } from 'vitest'
import { env } from 'cloudflare:test'
import { api, createWorkspace, expectError } from './helpers.ts'
import { PERIOD, bookStatements } from '../fixtures/insights/book.ts'

const q = `from=${PERIOD.from}&to=${PERIOD.to}`

async function bookWorkspace() {
  const ws = await createWorkspace()
  await env.DB.batch(bookStatements(env.DB, ws.workspaceId, ws.surveys))
  return ws
}

/** Customers inserted with a churned_at get the churn history row the API writes beside it. */
const historyAsWritten = (workspaceId: string) => env.DB.prepare(
  `INSERT INTO customer_churns (workspace_id, customer_pk, churned_at, reason)
   SELECT workspace_id, pk, churned_at, churn_reason FROM customers WHERE workspace_id = ? AND churned_at IS NOT NULL`).bind(workspaceId)

describe('GET /v1/insights/summary', () => {
  it('every figure matches the hand count, with the counts behind it', async () => {
    const ws = await bookWorkspace()
    const res = await api(ws, 'GET', `/v1/insights/summary?${q}`)
    expect(res.status).toBe(200)
    const s = await res.json() as Record<string, Record<string, number | null>>
    expect(s.period).toEqual({ from: Date.parse(PERIOD.from), to: Date.parse(PERIOD.to) })
    // At the start: A, B, F (C left in February); lost in March: B. Previous period: none lost.
    expect(s.churnRate).toMatchObject({ start: 3, lost: 1, previous: 0 })
    expect(s.churnRate.value).toBeCloseTo(100 / 3, 9)
    // Of A, B, F at the start, A and F are still here at the end. End: A, D, F; new: D (E joined
    // and left within March: joined, but neither new at the end nor one of the starting customers).
    expect(s.retentionRate).toMatchObject({ start: 3, retained: 2, end: 3, new: 1, joined: 2 })
    expect(s.retentionRate.value).toBeCloseTo(200 / 3, 9)
    // Revenue at the end 330 over 3 customers = 110 a month; churn 1/3 over March's 31 days is
    // 1 − (2/3)^(30.4375/31) = 32.8% a month -> 110 / 0.328 = 334.9.
    expect(s.cltv.value).toBeCloseTo(110 / (1 - (2 / 3) ** (30.4375 / 31)), 9)
    expect(s.cltv.value).toBeCloseTo(334.9, 1)
    // Promoters 10, 9; passive 7; detractors 3, 0; one skipped. Previous: one 10.
    expect(s.nps).toEqual({ value: 0, promoters: 2, passives: 1, detractors: 2, total: 5, previous: 100 })
    expect(s.csat).toMatchObject({ satisfied: 2, total: 3, previous: null })
    expect(s.csat.value).toBeCloseTo(200 / 3, 9)
    expect(s.ces).toEqual({ value: 4, total: 2, previous: null })
    // 15 answers in March, 30 displays.
    expect(s.responseRate).toMatchObject({ value: 50, responses: 15, displays: 30 })
    expect(s.saveRate).toMatchObject({ value: 50, saved: 2, started: 4, previous: null })
    // Saved: A (still here) and B (left 8 days later: not saved).
    expect(s.savedStillActiveRate).toEqual({ value: 50, stillActive: 1, saved: 2 })
    // Purchasers in March: A (2), D (1).
    expect(s.repeatPurchaseRate).toMatchObject({ value: 50, repeat: 1, purchasers: 2, previous: 0 })
    // High tier, not churned: A (100) and F (200); B is lost, not at risk.
    expect(s.revenueAtRisk).toEqual({ value: 300, customers: 2 })
    expect(s.riskTiers).toEqual({ high: 2, medium: 1, low: 0 })
  })

  it('retention is of the starting customers: one who joins and leaves within the period lowers neither figure', async () => {
    const ws = await createWorkspace()
    const period = 'from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z'
    const insert = (key: string, first: string, churned: string | null) => env.DB.prepare(
      `INSERT INTO customers (pk, workspace_id, external_id, traits, revenue, first_seen_at, last_seen_at, churned_at, created_at, updated_at)
       VALUES (?, ?, ?, '{}', 0, ?, ?, ?, 0, 0)`).bind(`cus_${ws.workspaceId}_${key}`, ws.workspaceId, key, Date.parse(first), Date.parse(churned ?? '2026-11-30'), churned && Date.parse(churned))
    // Nine customers at the start of November, one of them lost; c12 and c13 join on the 10th, c12 leaves on the 15th.
    await env.DB.batch([
      ...Array.from({ length: 9 }, (_, i) => insert(`c${i + 1}`, '2026-09-01T00:00:00Z', i === 0 ? '2026-11-20T00:00:00Z' : null)),
      insert('c12', '2026-11-10T00:00:00Z', '2026-11-15T00:00:00Z'), insert('c13', '2026-11-10T00:00:00Z', null),
      historyAsWritten(ws.workspaceId),
    ])
    const s = await (await api(ws, 'GET', `/v1/insights/summary?${period}`)).json() as Record<string, Record<string, number>>
    expect(s.churnRate).toMatchObject({ start: 9, lost: 1 })
    expect(s.churnRate.value).toBeCloseTo(100 / 9, 9)
    expect(s.retentionRate).toMatchObject({ start: 9, retained: 8, end: 9, new: 1, joined: 2 })
    expect(s.retentionRate.value).toBeCloseTo(800 / 9, 9)
    expect(s.churnRate.value + s.retentionRate.value).toBeCloseTo(100, 9)
  })

  it("another workspace's key sees none of it; bad periods are 400", async () => {
    await bookWorkspace()
    const other = await createWorkspace()
    const s = await (await api(other, 'GET', `/v1/insights/summary?${q}`)).json() as Record<string, Record<string, number | null>>
    expect(s.nps.total).toBe(0)
    expect(s.churnRate).toMatchObject({ value: null, start: 0 })
    expect(s.revenueAtRisk).toEqual({ value: 0, customers: 0 })
    await expectError(await api(other, 'GET', `/v1/insights/summary?from=${PERIOD.to}&to=${PERIOD.from}`), 400, 'invalid_request')
  })

  it('refuses a date the calendar does not have, naming the parameter, instead of reading the next month', async () => {
    const ws = await createWorkspace()
    // Date.parse reads 2026-02-30 as 2 March.
    const error = await expectError(await api(ws, 'GET', '/v1/insights/summary?from=2026-02-30&to=2026-03-31'), 400, 'invalid_request')
    expect(error.message).toMatch(/^from: .*date that exists/)
    expect((await expectError(await api(ws, 'GET', '/v1/insights/themes?from=2026-02-01&to=2026-04-31T00:00:00Z'), 400, 'invalid_request')).message).toMatch(/^to: /)
    expect((await api(ws, 'GET', '/v1/insights/summary?from=2028-02-29&to=2028-03-31')).status).toBe(200)
  })
})

describe('GET /v1/insights/trends', () => {
  it('buckets by Monday-start week and by day, every bucket present', async () => {
    const ws = await bookWorkspace()
    const weeks = await (await api(ws, 'GET', `/v1/insights/trends?${q}&bucket=week`)).json() as { data: { bucket: string; nps: number | null; csat: number | null; ces: number | null; responses: number }[] }
    expect(weeks.data.map((d) => d.bucket)).toEqual(['2025-02-24', '2025-03-03', '2025-03-10', '2025-03-17', '2025-03-24', '2025-03-31'])
    expect(weeks.data[0]).toEqual({ bucket: '2025-02-24', nps: null, csat: null, ces: null, responses: 4 })
    expect(weeks.data[2]).toMatchObject({ bucket: '2025-03-10', nps: 0, ces: 4, responses: 11 })
    const days = await (await api(ws, 'GET', `/v1/insights/trends?${q}`)).json() as { data: { bucket: string; responses: number }[] }
    expect(days.data).toHaveLength(31)
    expect(days.data.find((d) => d.bucket === '2025-03-10')!.responses).toBe(6)
    await expectError(await api(ws, 'GET', `/v1/insights/trends?${q}&bucket=hour`), 400, 'invalid_request')
  })

  it("counts days from the workspace's local midnight, and refuses a zone that does not exist", async () => {
    const ws = await createWorkspace()
    // 20:00 UTC on 10 March is 04:00 on 11 March in Shanghai; 15:00 UTC is 23:00 on 10 March there.
    const answers = [['2025-03-10T15:00:00Z', 10], ['2025-03-10T20:00:00Z', 0], ['2025-03-10T21:00:00Z', 2]] as const
    await env.DB.batch(answers.map(([at, score], i) => env.DB.prepare(
      `INSERT INTO responses (id, workspace_id, survey_id, survey_kind, survey_version, score, finished, created_at, updated_at, finished_at)
       VALUES (?, ?, ?, 'nps', 1, ?, 1, ?, ?, ?)`).bind(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, ws.workspaceId, ws.surveys.nps, score, Date.parse(at), Date.parse(at), Date.parse(at))))
    const period = `from=${Date.parse('2025-03-09T16:00:00Z')}&to=${Date.parse('2025-03-11T16:00:00Z')}`
    type Trend = { timezone: string; data: { bucket: string; nps: number | null; responses: number }[] }
    const utc = await (await api(ws, 'GET', `/v1/insights/trends?${period}`)).json() as Trend
    expect(utc.timezone).toBe('UTC')
    expect(utc.data.find((d) => d.bucket === '2025-03-10')).toMatchObject({ responses: 3 })
    expect((await api(ws, 'PATCH', '/v1/workspace', { settings: { timezone: 'Asia/Shanghai' } })).status).toBe(200)
    const local = await (await api(ws, 'GET', `/v1/insights/trends?${period}`)).json() as Trend
    expect(local.timezone).toBe('Asia/Shanghai')
    // Shanghai's 10 and 11 March, midnight to midnight: the whole period, nothing lost.
    expect(local.data).toEqual([{ bucket: '2025-03-10', nps: 100, csat: null, ces: null, responses: 1 }, { bucket: '2025-03-11', nps: -100, csat: null, ces: null, responses: 2 }])
    const weeks = await (await api(ws, 'GET', `/v1/insights/trends?${period}&bucket=week`)).json() as Trend
    expect(weeks.data).toEqual([{ bucket: '2025-03-10', nps: -33.33333333333333, csat: null, ces: null, responses: 3 }])
    await expectError(await api(ws, 'PATCH', '/v1/workspace', { settings: { timezone: 'Mars/Olympus' } }), 400, 'invalid_request')
  })
})

describe('GET /v1/insights/cohorts', () => {
  it('cohort retention, churn by month, exit reasons and save rate', async () => {
    const ws = await bookWorkspace()
    const body = await (await api(ws, 'GET', '/v1/insights/cohorts?months=36')).json() as {
      rows: { cohort: string; size: number; retention: (number | null)[] }[]
      churnByMonth: { month: string; rate: number | null; lost: number; start: number }[]
      exitReasons: { reason: string; count: number; saved: number }[]
      saveRate: { value: number; saved: number; started: number }
    }
    const january = body.rows.find((r) => r.cohort === '2025-01')!
    // A and B joined in January; in February neither was active; in March A was.
    expect(january.size).toBe(2)
    expect(january.retention.slice(0, 3)).toEqual([100, 0, 50])
    expect(body.rows.map((r) => r.cohort).slice(0, 4)).toEqual(['2024-12', '2025-01', '2025-02', '2025-03'])
    const march = body.churnByMonth.find((m) => m.month === '2025-03')!
    expect(march).toMatchObject({ start: 3, lost: 1 })
    expect(march.rate).toBeCloseTo(100 / 3, 9)
    expect(body.exitReasons).toEqual([{ reason: 'too_expensive', count: 3, saved: 2 }, { reason: 'missing_feature', count: 1, saved: 0 }])
    expect(body.saveRate).toEqual({ value: 50, saved: 2, started: 4 })
  })

  it('agrees with the data at once: customers and churns added since the last call are counted', async () => {
    const ws = await createWorkspace()
    type Cohorts = { computedAt: number; rows: { cohort: string; size: number }[]; churnByMonth: { month: string; lost: number; start: number }[] }
    const read = async () => await (await api(ws, 'GET', '/v1/insights/cohorts?months=36')).json() as Cohorts
    const empty = await read()
    expect(empty.rows).toEqual([])
    expect(empty.computedAt).toBeLessThanOrEqual(Date.now())
    const month = (offset: number) => { const d = new Date(); return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + offset, 1)).toISOString().slice(0, 7) }
    await api(ws, 'POST', '/v1/customers', { customers: Array.from({ length: 13 }, (_, i) => ({ id: `c${i}`, firstSeenAt: `${month(-3)}-15T00:00:00Z` })) })
    for (const id of ['c0', 'c1', 'c2']) await api(ws, 'POST', `/v1/customers/${id}/churn`, { at: `${month(-2)}-20T00:00:00Z` })
    const body = await read()
    expect(body.rows.find((r) => r.cohort === month(-3))).toMatchObject({ size: 13 })
    expect(body.churnByMonth.find((m) => m.month === month(-2))).toMatchObject({ start: 13, lost: 3 })
    expect(body.computedAt).toBeGreaterThanOrEqual(empty.computedAt)
  })

  it('leaves the month in progress out of retention and says so; its churn is marked partial', async () => {
    const ws = await createWorkspace()
    const month = (offset: number) => { const d = new Date(); return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + offset, 1)).toISOString().slice(0, 7) }
    const [before, last, current] = [month(-2), month(-1), month(0)]
    // Two customers from two months ago, both active last month; only one active so far this month.
    const first = Date.parse(`${before}-02T00:00:00Z`)
    await env.DB.batch([
      ...[0, 1].map((i) => env.DB.prepare(`INSERT INTO customers (pk, workspace_id, external_id, traits, revenue, first_seen_at, last_seen_at, created_at, updated_at)
        VALUES (?, ?, ?, '{}', 0, ?, ?, 0, 0)`).bind(910_000 + i, ws.workspaceId, `c${i}`, first, first)),
      ...[[0, `${before}-02`], [1, `${before}-02`], [0, `${last}-05`], [1, `${last}-05`], [0, `${current}-01`]].map(([i, day]) =>
        env.DB.prepare('INSERT INTO customer_days (customer_pk, workspace_id, day, sessions) VALUES (?, ?, ?, 1)').bind(910_000 + Number(i), ws.workspaceId, day)),
      env.DB.prepare(`INSERT INTO customers (pk, workspace_id, external_id, traits, revenue, first_seen_at, last_seen_at, created_at, updated_at)
        VALUES (?, ?, 'new', '{}', 0, ?, ?, 0, 0)`).bind(910_002, ws.workspaceId, Date.parse(`${current}-01T00:00:00Z`), Date.parse(`${current}-01T00:00:00Z`)),
    ])
    const body = await (await api(ws, 'GET', '/v1/insights/cohorts?months=3')).json() as {
      through: string; partialMonth: string; rows: { cohort: string; retention: number[] }[]; churnByMonth: { month: string; partial: boolean }[]
    }
    expect(body).toMatchObject({ through: last, partialMonth: current })
    expect(body.rows).toEqual([{ cohort: before, size: 2, retention: [100, 100] }])
    expect(body.churnByMonth.map((m) => [m.month, m.partial])).toEqual([[before, false], [last, false], [current, true]])
  })

  it("counts months from local midnight on the 1st in the workspace's zone", async () => {
    const ws = await createWorkspace()
    // 20:00 UTC on 31 January is 04:00 on 1 February in Shanghai; 18:00 UTC on 28 February is
    // 02:00 on 1 March there.
    const customers = [['late-joiner', '2025-01-31T20:00:00Z', null], ['leaver', '2025-01-10T00:00:00Z', '2025-02-28T18:00:00Z']] as const
    await env.DB.batch(customers.map(([key, first, churned], i) => env.DB.prepare(
      `INSERT INTO customers (pk, workspace_id, external_id, traits, revenue, first_seen_at, last_seen_at, churned_at, created_at, updated_at)
       VALUES (?, ?, ?, '{}', 0, ?, ?, ?, 0, 0)`).bind(900_000 + i, ws.workspaceId, key, Date.parse(first), Date.parse(first), churned && Date.parse(churned))))
    await historyAsWritten(ws.workspaceId).run()
    type Cohorts = { timezone: string; rows: { cohort: string; size: number }[]; churnByMonth: { month: string; lost: number; start: number }[] }
    const read = async () => await (await api(ws, 'GET', '/v1/insights/cohorts?months=36')).json() as Cohorts
    const sizes = (body: Cohorts) => Object.fromEntries(body.rows.filter((r) => r.cohort.startsWith('2025-0')).map((r) => [r.cohort, r.size]))
    const lost = (body: Cohorts) => Object.fromEntries(body.churnByMonth.filter((m) => m.month.startsWith('2025-0')).map((m) => [m.month, m.lost]))
    const utc = await read()
    expect(utc.timezone).toBe('UTC')
    expect(sizes(utc)).toEqual({ '2025-01': 2 })
    expect(lost(utc)).toMatchObject({ '2025-02': 1, '2025-03': 0 })
    expect((await api(ws, 'PATCH', '/v1/workspace', { settings: { timezone: 'Asia/Shanghai' } })).status).toBe(200)
    const local = await read()
    expect(local.timezone).toBe('Asia/Shanghai')
    expect(sizes(local)).toEqual({ '2025-01': 1, '2025-02': 1 })
    expect(lost(local)).toMatchObject({ '2025-02': 0, '2025-03': 1 })
    expect(local.churnByMonth.find((m) => m.month === '2025-03')).toMatchObject({ start: 2 })
  })
})
