// A churn's reason and a renewal's date as the edge takes them: "inactive" is kept for the churns the
// nightly job marks (and undoes), so a customer's own cancellation may not be mistaken for one.
import { describe, expect, it } from 'vitest'
import { SELF } from 'cloudflare:test'
import { BASE, api, createWorkspace, expectError } from './helpers.ts'
import { dailyRisk } from '../../worker/queue/daily-risk.ts'
import { env } from 'cloudflare:test'

const cancel = (reason: unknown) => ({ signals: [{ customer: 'cr1', type: 'subscription_cancelled', at: '2026-06-10T00:00:00Z', meta: { reason } }] })

describe('churn reasons and renewal dates at the edge', () => {
  it('refuses "inactive" as a reason of the customer\'s own, from a signal, /churn or a CSV, writing nothing', async () => {
    const ws = await createWorkspace()
    await expectError(await api(ws, 'POST', '/v1/signals', cancel('inactive')), 400, 'invalid_request')
    await expectError(await api(ws, 'POST', '/v1/signals', cancel(5)), 400, 'invalid_request')
    await expectError(await api(ws, 'POST', '/v1/signals', cancel('x'.repeat(501))), 400, 'invalid_request')
    expect((await api(ws, 'POST', '/v1/customers', { customers: [{ id: 'cr2' }] })).status).toBe(200)
    await expectError(await api(ws, 'POST', '/v1/customers/cr2/churn', { at: '2026-06-10', reason: 'Inactive' }), 400, 'invalid_request')
    const csv = await SELF.fetch(`${BASE}/v1/import/customers`, { method: 'POST', headers: { authorization: `Bearer ${ws.secretKey}`, 'content-type': 'text/csv' }, body: 'id,churned_at,churn_reason\ncr3,2026-06-10,inactive\n' })
    expect(csv.status).toBe(400)
    expect(await env.DB.prepare('SELECT COUNT(*) AS n FROM customer_churns WHERE workspace_id = ?').bind(ws.workspaceId).first('n')).toBe(0)
  })

  it('keeps a customer\'s own churn through the nightly job, which undoes only the ones it marked', async () => {
    const ws = await createWorkspace()
    expect((await api(ws, 'POST', '/v1/signals', cancel('not using it'))).status).toBe(202)
    await dailyRisk(env, Date.parse('2026-07-01T00:00:00Z'))
    const { churnedAt, churnReason } = await (await api(ws, 'GET', '/v1/customers/cr1')).json() as { churnedAt: number; churnReason: string }
    expect({ churnedAt, churnReason }).toEqual({ churnedAt: Date.parse('2026-06-10T00:00:00Z'), churnReason: 'not using it' })
  })

  it('refuses a renewal date the calendar or the next century does not hold', async () => {
    const ws = await createWorkspace()
    for (const renewalAt of [1e300, -5e15, '2026-02-31', 'soon']) {
      await expectError(await api(ws, 'POST', '/v1/signals', { signals: [{ customer: 'cr4', type: 'subscription_renewed', meta: { renewalAt } }] }), 400, 'invalid_request')
    }
    expect((await api(ws, 'POST', '/v1/signals', { signals: [{ customer: 'cr4', type: 'subscription_renewed', meta: { renewalAt: '2027-01-01' } }] })).status).toBe(202)
  })
})
