// Replaying every delivery that gave up, after an outage: one call, each delivery once, none to a
// destination that is paused or gone, and another workspace's left alone.
import { describe, expect, it } from 'vitest'
import { env } from 'cloudflare:test'
import { api, createWorkspace, expectError, type TestWorkspace } from './helpers.ts'
import { receiver } from '../receivers/client.ts'
import { createDestination, deliveryReaches, deliveryState, plantDelivery } from '../receivers/alert-fixtures.ts'

async function gaveUp(ws: TestWorkspace, destinationId: string, status: 'failed' | 'dead', createdAt?: number): Promise<string> {
  const id = await plantDelivery(ws, destinationId)
  await env.DB.prepare("UPDATE deliveries SET status = ?, next_attempt_at = NULL, attempts = 3, last_status = 503, last_error = 'HTTP 503: down', created_at = COALESCE(?, created_at) WHERE id = ?")
    .bind(status, createdAt ?? null, id).run()
  return id
}
const replay = (ws: TestWorkspace, body: unknown) => api(ws, 'POST', '/v1/deliveries/replay', body)

describe('POST /v1/deliveries/replay', () => {
  it('queues every failed and dead delivery once, skipping paused and deleted destinations', async () => {
    const ws = await createWorkspace()
    const r = receiver()
    const live = await createDestination(ws, { url: r.url('ok') })
    const paused = await createDestination(ws, { url: r.url('ok') })
    const gone = await createDestination(ws, { url: r.url('ok') })
    const a = await gaveUp(ws, live.id, 'failed')
    const b = await gaveUp(ws, live.id, 'dead')
    const c = await gaveUp(ws, paused.id, 'failed')
    const d = await gaveUp(ws, gone.id, 'dead')
    const delivered = await plantDelivery(ws, live.id)
    await env.DB.prepare("UPDATE deliveries SET status = 'delivered' WHERE id = ?").bind(delivered).run()
    expect((await api(ws, 'PATCH', `/v1/destinations/${paused.id}`, { enabled: false })).status).toBe(200)
    expect((await api(ws, 'DELETE', `/v1/destinations/${gone.id}`)).status).toBe(204)
    const other = await createWorkspace()
    const theirs = await gaveUp(other, (await createDestination(other, { url: r.url('ok') })).id, 'failed')

    const res = await replay(ws, {})
    expect(res.status).toBe(202)
    expect(await res.json()).toEqual({ queued: 2, skipped: { destinationDisabled: 1, destinationDeleted: 1 }, more: false })
    await deliveryReaches(a, 'delivered')
    await deliveryReaches(b, 'delivered')
    const got = await r.records()
    expect(got.map((g) => g.headers['webhook-id']).sort()).toEqual([a, b].sort())
    expect((await deliveryState(c)).status).toBe('failed')
    expect((await deliveryState(d)).status).toBe('dead')
    expect((await deliveryState(theirs)).status).toBe('failed')

    // Nothing left that gave up: a second call queues nothing and sends nothing.
    expect(await (await replay(ws, {})).json()).toMatchObject({ queued: 0 })
    expect(await r.records()).toHaveLength(2)
  }, 30_000)

  it('narrows to one destination, a status and a start time', async () => {
    const ws = await createWorkspace()
    const r = receiver()
    const one = await createDestination(ws, { url: r.url('ok') })
    const two = await createDestination(ws, { url: r.url('ok') })
    const old = await gaveUp(ws, one.id, 'failed', Date.now() - 86_400_000)
    const recent = await gaveUp(ws, one.id, 'failed')
    const dead = await gaveUp(ws, one.id, 'dead')
    const elsewhere = await gaveUp(ws, two.id, 'failed')
    const res = await replay(ws, { destination: one.id, status: ['failed'], since: Date.now() - 3_600_000 })
    expect(await res.json()).toMatchObject({ queued: 1, more: false })
    await deliveryReaches(recent, 'delivered')
    for (const id of [old, elsewhere]) expect((await deliveryState(id)).status).toBe('failed')
    expect((await deliveryState(dead)).status).toBe('dead')
  }, 30_000)

  it('refuses bad input, a paused destination and another workspace\'s destination', async () => {
    const ws = await createWorkspace()
    const r = receiver()
    const dest = await createDestination(ws, { url: r.url('ok') })
    const id = await gaveUp(ws, dest.id, 'failed')
    await expectError(await replay(ws, { status: ['pending'] }), 400, 'invalid_request')
    await expectError(await replay(ws, { status: [] }), 400, 'invalid_request')
    await expectError(await replay(ws, { since: 'yesterday' }), 400, 'invalid_request')
    await expectError(await replay(ws, { everything: true }), 400, 'invalid_request')
    const other = await createWorkspace()
    await expectError(await replay(other, { destination: dest.id }), 404, 'not_found')
    await api(ws, 'PATCH', `/v1/destinations/${dest.id}`, { enabled: false })
    const refused = await expectError(await replay(ws, { destination: dest.id }), 409, 'conflict') as { details?: { problem: unknown }[] }
    expect(refused.details?.[0].problem).toMatchObject({ code: 'destination_disabled' })
    expect((await deliveryState(id)).status).toBe('failed')
    expect(await r.records()).toHaveLength(0)
  })
})
