// Cancellations and renewals sent out of time order (in one batch, across requests, in a CSV
// import) leave the customer's churn state and history as if they had been sent in order.
import { describe, expect, it } from 'vitest'
import { SELF } from 'cloudflare:test'
import { BASE, api, createWorkspace, type TestWorkspace } from './helpers.ts'

const CANCELLED = '2026-08-01T00:00:00Z'
const RENEWED = '2026-10-15T00:00:00Z'
const signal = (type: string, at: string) => ({ customer: 'z02', type, at })
const cancellation = signal('subscription_cancelled', CANCELLED)
const renewal = signal('subscription_renewed', RENEWED)
/** Gone from the cancellation, back from the renewal. */
const closedChurn = { churnedAt: Date.parse(CANCELLED), reason: null, returnedAt: Date.parse(RENEWED) }

async function customerZ02() {
  const ws = await createWorkspace()
  expect((await api(ws, 'POST', '/v1/customers', { customers: [{ id: 'z02', firstSeenAt: '2026-06-01', revenue: 10 }] })).status).toBe(200)
  return ws
}

async function send(ws: TestWorkspace, ...signals: object[]) {
  expect((await api(ws, 'POST', '/v1/signals', { signals })).status).toBe(202)
}

/** What the dashboard shows: the customer's current churn and their timeline's churns, oldest first. */
async function churnState(ws: TestWorkspace) {
  const { churnedAt } = await (await api(ws, 'GET', '/v1/customers/z02')).json() as { churnedAt: number | null }
  const { churns } = await (await api(ws, 'GET', '/v1/customers/z02/timeline')).json() as { churns: unknown[] }
  return { churnedAt, churns: churns.reverse() }
}

describe('churn signals out of time order', () => {
  it('a renewal listed before its earlier cancellation in one batch closes that churn', async () => {
    const inOrder = await customerZ02()
    await send(inOrder, cancellation, renewal)
    const reversed = await customerZ02()
    await send(reversed, renewal, cancellation)
    expect(await churnState(reversed)).toEqual({ churnedAt: null, churns: [closedChurn] })
    expect(await churnState(reversed)).toEqual(await churnState(inOrder))
  })

  it('a renewal received before its earlier cancellation (two requests) closes that churn', async () => {
    const ws = await customerZ02()
    await send(ws, renewal)
    await send(ws, cancellation)
    expect(await churnState(ws)).toEqual({ churnedAt: null, churns: [closedChurn] })
    // The same cancellation again changes nothing.
    await send(ws, cancellation)
    expect(await churnState(ws)).toEqual({ churnedAt: null, churns: [closedChurn] })
  })

  it('a signals CSV with the renewal first imports the same history', async () => {
    const ws = await customerZ02()
    const csv = 'customer,type,at\nz02,subscription_renewed,2026-10-15\nz02,subscription_cancelled,2026-08-01\n'
    const res = await SELF.fetch(`${BASE}/v1/import/signals`, { method: 'POST', headers: { authorization: `Bearer ${ws.secretKey}`, 'content-type': 'text/csv' }, body: csv })
    expect(res.status).toBe(200)
    expect(await churnState(ws)).toEqual({ churnedAt: null, churns: [closedChurn] })
  })

  it('a cancellation after the latest renewal stays open, beside the earlier churn that renewal closed', async () => {
    const later = signal('subscription_cancelled', '2026-11-01T00:00:00Z')
    const expected = { churnedAt: Date.parse('2026-11-01T00:00:00Z'), churns: [closedChurn, { churnedAt: Date.parse('2026-11-01T00:00:00Z'), reason: null, returnedAt: null }] }
    const batch = await customerZ02()
    await send(batch, later, renewal, cancellation)
    expect(await churnState(batch)).toEqual(expected)
    const requests = await customerZ02()
    for (const s of [renewal, later, cancellation]) await send(requests, s)
    expect(await churnState(requests)).toEqual(expected)
  })

  it('a renewal received late, dated inside a closed churn, is its return', async () => {
    const ws = await customerZ02()
    for (const s of [cancellation, renewal, signal('subscription_renewed', '2026-09-01T00:00:00Z')]) await send(ws, s)
    expect(await churnState(ws)).toEqual({ churnedAt: null, churns: [{ ...closedChurn, returnedAt: Date.parse('2026-09-01T00:00:00Z') }] })
  })

  it('an earlier cancellation received second, with no renewal between, is when they left', async () => {
    const ws = await customerZ02()
    await send(ws, signal('subscription_cancelled', '2026-09-01T00:00:00Z'))
    await send(ws, { ...cancellation, meta: { reason: 'price' } })
    expect(await churnState(ws)).toEqual({ churnedAt: Date.parse(CANCELLED), churns: [{ churnedAt: Date.parse(CANCELLED), reason: 'price', returnedAt: null }] })
  })

  it('a renewal received last, dated between a late cancellation and the churn it was merged into, parts the two again', async () => {
    const later = signal('subscription_cancelled', '2026-11-01T00:00:00Z')
    const between = signal('subscription_renewed', '2026-09-15T00:00:00Z')
    const expected = {
      churnedAt: Date.parse('2026-11-01T00:00:00Z'),
      churns: [{ churnedAt: Date.parse(CANCELLED), reason: 'price', returnedAt: Date.parse('2026-09-15T00:00:00Z') }, { churnedAt: Date.parse('2026-11-01T00:00:00Z'), reason: 'moving', returnedAt: null }],
    }
    const inOrder = await customerZ02()
    await send(inOrder, { ...cancellation, meta: { reason: 'price' } }, between, { ...later, meta: { reason: 'moving' } })
    expect(await churnState(inOrder)).toEqual(expected)
    // The later cancellation first, then the earlier one (merged: no renewal known between), then the renewal.
    const lateRenewal = await customerZ02()
    await send(lateRenewal, { ...later, meta: { reason: 'moving' } })
    await send(lateRenewal, { ...cancellation, meta: { reason: 'price' } })
    expect((await churnState(lateRenewal)).churns).toHaveLength(1)
    await send(lateRenewal, between)
    expect(await churnState(lateRenewal)).toEqual(expected)
    // Sent again, nothing changes.
    await send(lateRenewal, between)
    expect(await churnState(lateRenewal)).toEqual(expected)
  })

  it('parts a closed churn the same way, keeping the later return', async () => {
    const later = signal('subscription_cancelled', '2026-09-20T00:00:00Z')
    const ws = await customerZ02()
    await send(ws, later)
    await send(ws, renewal)
    await send(ws, cancellation)
    expect((await churnState(ws)).churns).toEqual([{ ...closedChurn }])
    await send(ws, signal('subscription_renewed', '2026-09-01T00:00:00Z'))
    expect(await churnState(ws)).toEqual({
      churnedAt: null,
      churns: [{ ...closedChurn, returnedAt: Date.parse('2026-09-01T00:00:00Z') }, { churnedAt: Date.parse('2026-09-20T00:00:00Z'), reason: null, returnedAt: Date.parse(RENEWED) }],
    })
  })

  it('a cancellation sent while the customer was already gone is kept: a renewal received after it, dated between, parts them', async () => {
    const expected = {
      churnedAt: Date.parse('2026-10-01T00:00:00Z'),
      churns: [{ churnedAt: Date.parse(CANCELLED), reason: 'price', returnedAt: Date.parse('2026-09-10T00:00:00Z') }, { churnedAt: Date.parse('2026-10-01T00:00:00Z'), reason: 'moving', returnedAt: null }],
    }
    const ws = await customerZ02()
    await send(ws, { ...cancellation, meta: { reason: 'price' } })
    await send(ws, signal('subscription_cancelled', '2026-10-01T00:00:00Z'), { customer: 'z02', type: 'subscription_cancelled', at: '2026-10-01T00:00:00Z', meta: { reason: 'moving' } })
    // Still one churn, with the reason it began with.
    expect(await churnState(ws)).toEqual({ churnedAt: Date.parse(CANCELLED), churns: [{ churnedAt: Date.parse(CANCELLED), reason: 'price', returnedAt: null }] })
    await send(ws, signal('subscription_renewed', '2026-09-10T00:00:00Z'))
    expect(await churnState(ws)).toEqual(expected)
  })

  it('three cancellations sent newest first, then a renewal between the last two: the newest stays', async () => {
    const ws = await customerZ02()
    for (const [at, reason] of [['2026-10-01', 'c3'], ['2026-09-01', 'c2'], ['2026-08-01', 'c1']]) await send(ws, { customer: 'z02', type: 'subscription_cancelled', at: `${at}T00:00:00Z`, meta: { reason } })
    await send(ws, signal('subscription_renewed', '2026-09-15T00:00:00Z'))
    expect(await churnState(ws)).toEqual({
      churnedAt: Date.parse('2026-10-01T00:00:00Z'),
      churns: [{ churnedAt: Date.parse(CANCELLED), reason: 'c1', returnedAt: Date.parse('2026-09-15T00:00:00Z') }, { churnedAt: Date.parse('2026-10-01T00:00:00Z'), reason: 'c3', returnedAt: null }],
    })
  })

  it('gives a churn the reason it began with, whatever order its cancellations came in', async () => {
    const later = { customer: 'z02', type: 'subscription_cancelled', at: '2026-10-01T00:00:00Z', meta: { reason: 'moving' } }
    const earlier = { ...cancellation, meta: { reason: 'price' } }
    const inOrder = await customerZ02()
    for (const s of [earlier, later]) await send(inOrder, s)
    const reversed = await customerZ02()
    for (const s of [later, earlier]) await send(reversed, s)
    expect((await churnState(inOrder)).churns).toEqual([{ churnedAt: Date.parse(CANCELLED), reason: 'price', returnedAt: null }])
    expect(await churnState(reversed)).toEqual(await churnState(inOrder))
  })

  it('a churn sent to /churn or in a customers CSV is kept as a cancellation signal is: inside a churn a renewal closed, no second churn', async () => {
    const viaApi = await customerZ02()
    await send(viaApi, cancellation, renewal)
    const res0 = await api(viaApi, 'POST', '/v1/customers/z02/churn', { at: '2026-09-01T00:00:00Z', reason: 'late' })
    expect(res0.status).toBe(200)
    // The answer says what is stored: they are back (the renewal closed the churn this one falls in).
    expect(await res0.json()).toEqual({ id: 'z02', churnedAt: null, churnReason: null })
    expect(await churnState(viaApi)).toEqual({ churnedAt: null, churns: [{ ...closedChurn, reason: 'late' }] })
    const viaCsv = await customerZ02()
    await send(viaCsv, cancellation, renewal)
    const res = await SELF.fetch(`${BASE}/v1/import/customers`, { method: 'POST', headers: { authorization: `Bearer ${viaCsv.secretKey}`, 'content-type': 'text/csv' }, body: 'id,churned_at,churn_reason\nz02,2026-09-01,late\n' })
    expect(res.status).toBe(200)
    expect(await churnState(viaCsv)).toEqual(await churnState(viaApi))
  })

  it('a cancellation and then a renewal sent in one batch without times: they left and came back', async () => {
    const ws = await customerZ02()
    await send(ws, { customer: 'z02', type: 'subscription_cancelled' }, { customer: 'z02', type: 'subscription_renewed' })
    const { churnedAt, churns } = await churnState(ws)
    expect(churnedAt).toBeNull()
    expect(churns).toHaveLength(1)
    expect((churns[0] as { returnedAt: number }).returnedAt).toBeGreaterThan((churns[0] as { churnedAt: number }).churnedAt)
  })
})
