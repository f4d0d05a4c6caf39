// Cohort months in a zone with summer time: each month runs from its own local midnight, as the
// summary's periods do, so the two agree on which month a churn fell in.
import { describe, expect, it } from 'vitest'
import { api, createWorkspace } from './helpers.ts'

type Cohorts = { churnByMonth: { month: string; lost: number }[] }

describe('cohorts across summer time', () => {
  it('counts a churn at 00:30 on 1 October, Los Angeles time (still summer time), in October, not September', async () => {
    const ws = await createWorkspace()
    expect((await api(ws, 'PATCH', '/v1/workspace', { settings: { timezone: 'America/Los_Angeles' } })).status).toBe(200)
    expect((await api(ws, 'POST', '/v1/customers', { customers: [{ id: 'tz1', firstSeenAt: '2026-06-01T12:00:00Z' }] })).status).toBe(200)
    expect((await api(ws, 'POST', '/v1/signals', { signals: [{ customer: 'tz1', type: 'subscription_cancelled', at: '2026-10-01T07:30:00Z' }] })).status).toBe(202)
    const { churnByMonth } = await (await api(ws, 'GET', '/v1/insights/cohorts')).json() as Cohorts
    const lost = (month: string) => churnByMonth.find((m) => m.month === month)?.lost
    expect(lost('2026-10')).toBe(1)
    expect(lost('2026-09')).toBe(0)
    // The summary's October (local midnight to local midnight) counts the same churn.
    const summary = await (await api(ws, 'GET', '/v1/insights/summary?from=2026-10-01T07:00:00Z&to=2026-11-01T07:00:00Z')).json() as { churnRate: { lost: number } }
    expect(summary.churnRate.lost).toBe(1)
  })
})
