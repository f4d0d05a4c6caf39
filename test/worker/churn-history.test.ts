// Churn history: a customer who comes back does not rewrite the months they were gone. The
// summary, the cohorts' monthly churn and the segment churn count from customer_churns.
import { describe, expect, it } from 'vitest'
import { SELF, env } from 'cloudflare:test'
import { BASE, api, createWorkspace, type TestWorkspace } from './helpers.ts'
import { dailyRisk } from '../../worker/queue/daily-risk.ts'
import { querySegmentRates } from '../../worker/services/risk-segments.ts'

const DAY = 86_400_000
const NOVEMBER = 'from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z'

type Counts = { value: number | null; start: number; lost: number; retained: number; end: number; new: number; returned: number; joined: number }
type Summary = { churnRate: Counts; retentionRate: Counts }
type Cohorts = { churnByMonth: { month: string; start: number; lost: number }[] }

const summary = async (ws: TestWorkspace, period: string) => await (await api(ws, 'GET', `/v1/insights/summary?${period}`)).json() as Summary
const monthChurn = async (ws: TestWorkspace, month: string) =>
  ((await (await api(ws, 'GET', '/v1/insights/cohorts?months=36')).json()) as Cohorts).churnByMonth.find((m) => m.month === month)
const history = async (ws: TestWorkspace) => (await env.DB.prepare(
  'SELECT churned_at AS churnedAt, reason, returned_at AS returnedAt FROM customer_churns WHERE workspace_id = ? ORDER BY customer_pk, churned_at',
).bind(ws.workspaceId).all()).results

/** Nine customers since September (c01–c09); c01 churns on 20 November. */
async function novemberBook() {
  const ws = await createWorkspace()
  const customers = Array.from({ length: 9 }, (_, i) => ({ id: `c0${i + 1}`, firstSeenAt: '2026-09-01T00:00:00Z' }))
  expect((await api(ws, 'POST', '/v1/customers', { customers })).status).toBe(200)
  expect((await api(ws, 'POST', '/v1/customers/c01/churn', { at: '2026-11-20T10:00:00Z', reason: 'too_expensive' })).status).toBe(200)
  return ws
}

const renew = (ws: TestWorkspace, at = '2026-12-03T08:00:00Z') =>
  api(ws, 'POST', '/v1/signals', { signals: [{ customer: 'c01', type: 'subscription_renewed', at }] })

describe('churn history', () => {
  it("keeps November's churn when the customer renews in December; they count again from the renewal", async () => {
    const ws = await novemberBook()
    const before = await summary(ws, NOVEMBER)
    expect(before.churnRate).toMatchObject({ start: 9, lost: 1 })
    expect(before.churnRate.value).toBeCloseTo(100 / 9, 9)
    const segmentNow = Date.parse('2026-12-10T00:00:00Z')
    const segmentBefore = (await querySegmentRates(env.DB, ws.workspaceId, segmentNow)).rateOf(null)

    expect((await renew(ws)).status).toBe(202)
    expect(((await (await api(ws, 'GET', '/v1/customers/c01')).json()) as { churnedAt: number | null }).churnedAt).toBeNull()

    const after = await summary(ws, NOVEMBER)
    expect(after.churnRate).toEqual(before.churnRate)
    expect(after.retentionRate).toMatchObject({ start: 9, retained: 8, end: 8 })
    expect(after.retentionRate.value).toBeCloseTo(800 / 9, 9)
    expect(await monthChurn(ws, '2026-11')).toMatchObject({ start: 9, lost: 1 })
    // The segment churn over 10 Nov – 10 Dec still has the churn in it.
    expect((await querySegmentRates(env.DB, ws.workspaceId, segmentNow)).rateOf(null)).toBe(segmentBefore)

    // December: gone on the 1st, back on the 3rd (a returning customer, one of `new` at the end).
    const early = await summary(ws, 'from=2026-12-01T00:00:00Z&to=2026-12-04T00:00:00Z')
    expect(early.churnRate).toMatchObject({ start: 8, lost: 0 })
    expect(early.retentionRate).toMatchObject({ start: 8, retained: 8, end: 9, new: 1, returned: 1, joined: 0 })
    expect(await monthChurn(ws, '2026-12')).toMatchObject({ start: 8, lost: 0 })
    const afterRenewal = await summary(ws, 'from=2026-12-04T00:00:00Z&to=2026-12-05T00:00:00Z')
    expect(afterRenewal.churnRate).toMatchObject({ start: 9, lost: 0 })

    const tl = await (await api(ws, 'GET', '/v1/customers/c01/timeline')).json() as { churns: unknown[] }
    expect(tl.churns).toEqual([{ churnedAt: Date.parse('2026-11-20T10:00:00Z'), reason: 'too_expensive', returnedAt: Date.parse('2026-12-03T08:00:00Z') }])
  })

  it('a cancellation signal and its renewal are kept the same way; churning again opens a second churn', async () => {
    const ws = await createWorkspace()
    await api(ws, 'POST', '/v1/customers', { customers: [{ id: 'c01', firstSeenAt: '2026-09-01T00:00:00Z' }, { id: 'c02', firstSeenAt: '2026-09-01T00:00:00Z' }] })
    const signal = (type: string, at: string) => api(ws, 'POST', '/v1/signals', { signals: [{ customer: 'c01', type, at, meta: { reason: 'price' } }] })
    expect((await signal('subscription_cancelled', '2026-10-10T00:00:00Z')).status).toBe(202)
    await signal('subscription_renewed', '2026-10-20T00:00:00Z')
    await signal('subscription_cancelled', '2026-11-15T00:00:00Z')
    expect(await history(ws)).toEqual([
      { churnedAt: Date.parse('2026-10-10T00:00:00Z'), reason: 'price', returnedAt: Date.parse('2026-10-20T00:00:00Z') },
      { churnedAt: Date.parse('2026-11-15T00:00:00Z'), reason: 'price', returnedAt: null },
    ])
    expect((await summary(ws, 'from=2026-10-01T00:00:00Z&to=2026-11-01T00:00:00Z')).churnRate).toMatchObject({ start: 2, lost: 1 })
    expect((await summary(ws, NOVEMBER)).churnRate).toMatchObject({ start: 2, lost: 1 })
    expect((await summary(ws, 'from=2026-10-01T00:00:00Z&to=2026-12-01T00:00:00Z')).churnRate).toMatchObject({ start: 2, lost: 1 })
  })

  it('a churn sent twice for the same moment counts once, and a late retry does not undo the return', async () => {
    const ws = await novemberBook()
    const churn = { at: '2026-11-20T10:00:00Z', reason: 'too_expensive' }
    expect((await api(ws, 'POST', '/v1/customers/c01/churn', churn)).status).toBe(200)
    const cancel = { signals: [{ customer: 'c01', type: 'subscription_cancelled', at: churn.at }] }
    expect((await api(ws, 'POST', '/v1/signals', cancel)).status).toBe(202)
    expect(await history(ws)).toHaveLength(1)
    expect((await summary(ws, NOVEMBER)).churnRate).toMatchObject({ start: 9, lost: 1 })

    await renew(ws)
    expect((await api(ws, 'POST', '/v1/customers/c01/churn', churn)).status).toBe(200)
    await api(ws, 'POST', '/v1/signals', cancel)
    expect(await history(ws)).toEqual([{ churnedAt: Date.parse(churn.at), reason: 'too_expensive', returnedAt: Date.parse('2026-12-03T08:00:00Z') }])
    expect(((await (await api(ws, 'GET', '/v1/customers/c01')).json()) as { churnedAt: number | null }).churnedAt).toBeNull()
    expect((await summary(ws, 'from=2026-12-04T00:00:00Z&to=2026-12-05T00:00:00Z')).churnRate).toMatchObject({ start: 9, lost: 0 })
  })

  it('a CSV churn is kept once however often the file is imported', async () => {
    const ws = await createWorkspace()
    const csv = 'id,first_seen,churned_at,churn_reason\nold-1,2026-09-01,2026-11-20,too expensive\nold-2,2026-09-01,,\n'
    const post = () => SELF.fetch(`${BASE}/v1/import/customers`, { method: 'POST', headers: { authorization: `Bearer ${ws.secretKey}`, 'content-type': 'text/csv' }, body: csv })
    expect((await post()).status).toBe(200)
    expect((await post()).status).toBe(200)
    expect(await history(ws)).toEqual([{ churnedAt: Date.parse('2026-11-20'), reason: 'too expensive', returnedAt: null }])
    expect((await summary(ws, NOVEMBER)).churnRate).toMatchObject({ start: 2, lost: 1 })
  })

  it("the daily job's inactivity churn stays in its month when the customer is seen again", async () => {
    const ws = await createWorkspace({ churnInactiveDays: 20 })
    const now = Date.now()
    const insert = (id: string, lastSeen: number) => env.DB.prepare(
      `INSERT INTO customers (pk, workspace_id, external_id, traits, revenue, first_seen_at, last_seen_at, created_at, updated_at)
       VALUES (?, ?, ?, '{}', 0, ?, ?, ?, ?)`).bind(`cus_${id}_${ws.workspaceId}`, ws.workspaceId, id, now - 200 * DAY, lastSeen, now, now)
    await env.DB.batch([insert('quiet', now - 25 * DAY), insert('late', now - 25 * DAY), insert('steady', now - DAY)])
    await dailyRisk(env, now)
    const churnedAt = now - 5 * DAY
    const period = `from=${now - 30 * DAY}&to=${now}`
    expect((await summary(ws, period)).churnRate).toMatchObject({ start: 3, lost: 2 })

    // quiet logs in yesterday: back from then. late's activity from before the churn date arrives
    // only now: they never were gone 20 days, so that churn was not one.
    await api(ws, 'POST', '/v1/signals', { signals: [
      { customer: 'quiet', type: 'login', at: now - DAY }, { customer: 'late', type: 'login', at: now - 10 * DAY },
    ] })
    await dailyRisk(env, now)
    expect(await history(ws)).toEqual([{ churnedAt, reason: 'inactive', returnedAt: now - DAY }])
    expect((await summary(ws, period)).churnRate).toMatchObject({ start: 3, lost: 1 })
    expect((await summary(ws, `from=${now - 12 * 60 * 60_000}&to=${now}`)).churnRate).toMatchObject({ start: 3, lost: 0 })
  })

  it('erasing a customer erases their churn history', async () => {
    const ws = await novemberBook()
    await renew(ws)
    expect(await history(ws)).toHaveLength(1)
    expect((await api(ws, 'DELETE', '/v1/customers/c01')).status).toBe(204)
    expect(await history(ws)).toEqual([])
    expect((await summary(ws, NOVEMBER)).churnRate).toMatchObject({ start: 8, lost: 0 })
  })

  it("migration 0011 backfills each customer's current churn, once", async () => {
    const migration = env.TEST_MIGRATIONS.find((m) => m.name.startsWith('0011_churn_history'))!
    const backfill = migration.queries.find((q) => q.includes('INSERT INTO'))!
    expect(backfill).toBeDefined()
    const ws = await createWorkspace()
    // As the old code left them: churned_at on the customer, no history.
    const insert = (id: string, churned: string | null) => env.DB.prepare(
      `INSERT INTO customers (pk, workspace_id, external_id, traits, revenue, first_seen_at, last_seen_at, churned_at, churn_reason, created_at, updated_at)
       VALUES (?, ?, ?, '{}', 0, ?, ?, ?, ?, 0, 0)`).bind(`cus_${id}_${ws.workspaceId}`, ws.workspaceId, id, Date.parse('2026-09-01T00:00:00Z'),
      Date.parse('2026-09-02T00:00:00Z'), churned && Date.parse(churned), churned && 'too_expensive')
    await env.DB.batch([insert('a', '2026-11-20T00:00:00Z'), insert('b', '2026-10-05T00:00:00Z'), insert('c', null), insert('d', null)])
    expect((await summary(ws, NOVEMBER)).churnRate).toMatchObject({ start: 4, lost: 0 })
    await env.DB.prepare(backfill).run()
    await env.DB.prepare(backfill).run()
    expect(await history(ws)).toHaveLength(2)
    expect((await summary(ws, NOVEMBER)).churnRate).toMatchObject({ start: 3, lost: 1 })
    expect(await monthChurn(ws, '2026-10')).toMatchObject({ start: 4, lost: 1 })
  })
})
