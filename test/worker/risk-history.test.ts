// The risk model learns from, and the backtest scores against, the churn history: a customer who
// left and came back still taught their departure, and is no example of staying while gone.
import { describe, expect, it } from 'vitest'
import { env } from 'cloudflare:test'
import { createWorkspace } from './helpers.ts'
import { loadOutcomes } from '../../worker/services/risk-outcomes.ts'
import { runBacktest } from '../../worker/services/risk-backtest.ts'

const DAY = 86_400_000
const noRates = { rateOf: () => 0 } as unknown as Parameters<typeof loadOutcomes>[4]

function customer(ws: string, pk: string, firstSeenAgo: number, now: number) {
  return env.DB.prepare(
    `INSERT INTO customers (pk, workspace_id, external_id, traits, first_seen_at, last_seen_at, created_at, updated_at) VALUES (?, ?, ?, '{}', ?, ?, ?, ?)`,
  ).bind(pk, ws, pk, now - firstSeenAgo * DAY, now - DAY, now, now)
}
const leftAndCameBack = (ws: string, pk: string, churnedAgo: number, returnedAgo: number, now: number) =>
  env.DB.prepare('INSERT INTO customer_churns (workspace_id, customer_pk, churned_at, returned_at) VALUES (?, ?, ?, ?)').bind(ws, pk, now - churnedAgo * DAY, now - returnedAgo * DAY)

describe('risk outcomes from the churn history', () => {
  it('learns a departure the customer came back from, and does not learn them as staying', async () => {
    const ws = await createWorkspace()
    const now = Date.now()
    await env.DB.batch([customer(ws.workspaceId, `${ws.workspaceId}_back`, 200, now), customer(ws.workspaceId, `${ws.workspaceId}_stay`, 200, now),
      leftAndCameBack(ws.workspaceId, `${ws.workspaceId}_back`, 60, 20, now)])
    const examples = await loadOutcomes(env.DB, ws.workspaceId, now, 60, noRates)
    const of = (pk: string) => examples.filter((e) => e.customerPk === `${ws.workspaceId}_${pk}`).map((e) => ({ churned: e.churned, daysAgo: Math.round((now - e.at) / DAY) }))
    // Learned a horizon (30 days) before the churn 60 days ago.
    expect(of('back')).toEqual([{ churned: true, daysAgo: 90 }])
    expect(of('stay')).toEqual([{ churned: false, daysAgo: 30 }])
  })

  it('backtests a churn between cutoffs as an outcome though the customer came back, and skips cutoffs where they were gone', async () => {
    const ws = await createWorkspace()
    const now = Date.now()
    const pk = (s: string) => `${ws.workspaceId}_${s}`
    await env.DB.batch([customer(ws.workspaceId, pk('back'), 200, now), customer(ws.workspaceId, pk('away'), 200, now), customer(ws.workspaceId, pk('stay'), 200, now),
      // Left 33 days ago, between the cutoffs 37 and 30 days ago, and came back 15 days ago.
      leftAndCameBack(ws.workspaceId, pk('back'), 33, 15, now),
      // Gone from 50 days ago until 35 days ago: not a customer at the cutoffs 44 and 37 days ago.
      leftAndCameBack(ws.workspaceId, pk('away'), 50, 35, now)])
    const report = await runBacktest(env.DB, ws.workspaceId, now, { k: 10, horizonDays: 30, cutoffs: 3, everyDays: 7 })
    expect(report.customers).toBe(3)
    expect(report.churners).toBe(1)
    // back: the cutoffs 44 and 37 days ago; away: 30; stay: all three.
    expect(report.snapshots).toBe(6)
  })
})

describe('replaying when customers were seen', () => {
  // One row a day, fromAgo days ago to toAgo days ago.
  const days = (pk: string, ws: string, fromAgo: number, toAgo: number, now: number, column = 'logins') => env.DB.prepare(
    `INSERT INTO customer_days (customer_pk, workspace_id, day, ${column}) SELECT ?, ?, value, 1 FROM json_each(?)`,
  ).bind(pk, ws, JSON.stringify(Array.from({ length: fromAgo - toAgo + 1 }, (_, i) => new Date(now - (toAgo + i) * DAY).toISOString().slice(0, 10))))

  it('the fit reads a churner as last seen when they were by the horizon, not on the visit to cancel', async () => {
    const ws = await createWorkspace()
    const now = Date.now()
    const pk = `${ws.workspaceId}_quiet`
    await env.DB.batch([
      customer(ws.workspaceId, pk, 200, now),
      env.DB.prepare('UPDATE customers SET last_seen_at = ?, churned_at = ?, churn_reason = ? WHERE pk = ?').bind(now - 12 * DAY, now - 10 * DAY, 'cancelled', pk),
      env.DB.prepare("INSERT INTO customer_churns (workspace_id, customer_pk, churned_at, reason) VALUES (?, ?, ?, 'cancelled')").bind(ws.workspaceId, pk, now - 10 * DAY),
      // Active until 60 days ago; back once, 12 days ago, to cancel.
      days(pk, ws.workspaceId, 180, 60, now),
      days(pk, ws.workspaceId, 12, 12, now, 'sightings'),
    ])
    const [example] = await loadOutcomes(env.DB, ws.workspaceId, now, 30, noRates)
    expect(example).toMatchObject({ customerPk: pk, churned: true })
    // Features as of 40 days ago (a horizon before the churn): silent for 20 days by then.
    expect(example.features.values.daysSinceLastSeen).toBe(20)
  })

  it('where the workspace records no subscriptions, backtests a silence never broken as a churn, and one they came back from as none', async () => {
    const ws = await createWorkspace()
    const now = Date.now()
    const pk = (s: string) => `${ws.workspaceId}_${s}`
    await env.DB.batch([customer(ws.workspaceId, pk('gap'), 200, now), customer(ws.workspaceId, pk('gone'), 200, now), customer(ws.workspaceId, pk('stay'), 200, now),
      // gap: active until 70 days ago, silent 42 days, back since: not lost.
      days(pk('gap'), ws.workspaceId, 190, 70, now), days(pk('gap'), ws.workspaceId, 28, 1, now),
      // gone: active until 45 days ago and never since: a churn 15 days ago by the 30-day definition.
      days(pk('gone'), ws.workspaceId, 190, 45, now),
      env.DB.prepare('UPDATE customers SET last_seen_at = ? WHERE pk = ?').bind(now - 45 * DAY, pk('gone')),
      days(pk('stay'), ws.workspaceId, 190, 1, now)])
    const report = await runBacktest(env.DB, ws.workspaceId, now, { k: 10, horizonDays: 30, cutoffs: 3, everyDays: 7 })
    expect(report.customers).toBe(3)
    expect(report.churners).toBe(1)
    expect(report.churnDefinition).toEqual({ rule: 'recorded_or_inactive', inactiveDays: 30, churners: { recorded: 0, inactivity: 1 } })
    // gap: only at the cutoff 44 days ago (26 days silent); silent at 37 and 30. gone and stay: all three.
    expect(report.snapshots).toBe(7)
  })
})
