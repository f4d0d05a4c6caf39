// Zendesk remembers an Idempotency-Key for two hours, and retries run for a day: a retry after a
// timed-out attempt looks for the ticket by its external_id before creating it again.
import { describe, expect, it } from 'vitest'
import { env } from 'cloudflare:test'
import { createWorkspace } from './helpers.ts'
import { receiver, type ReceivedRequest } from '../receivers/client.ts'
import { createDestination, deliveryState, makeDue, plantDelivery } from '../receivers/alert-fixtures.ts'
import { attemptDelivery } from '../../worker/queue/deliver.ts'

const zendeskAt = (url: string) => ({ kind: 'zendesk', url, subdomain: 'acme', email: 'agent@acme.com', token: 'tok_123' })
const calls = (got: ReceivedRequest[]) => got.map((g) => `${g.method} ${g.path}`)
const ticketsOf = async (url: string) => {
  const auth = `Basic ${btoa('agent@acme.com/token:tok_123')}`
  return ((await (await fetch(url, { headers: { authorization: auth } })).json()) as { tickets: { external_id: string }[] }).tickets
}

/** As if an earlier attempt had timed out: it may have created the ticket. */
async function timedOutBefore(deliveryId: string): Promise<void> {
  await env.DB.batch([
    env.DB.prepare("INSERT INTO delivery_attempts (id, delivery_id, at, status_code, error, duration_ms) VALUES (?, ?, ?, NULL, 'timed out after 10000 ms', 10000)")
      .bind(`att_${crypto.randomUUID()}`, deliveryId, Date.now() - 3 * 3_600_000),
    env.DB.prepare('UPDATE deliveries SET attempts = 1 WHERE id = ?').bind(deliveryId),
  ])
}

describe('Zendesk deliveries after a timeout', () => {
  it('past the Idempotency-Key window, a ticket the timed-out attempt created is found, not made twice', async () => {
    const ws = await createWorkspace()
    const r = receiver()
    const url = r.url('zendesk-late/api/v2/tickets.json')
    const dest = await createDestination(ws, zendeskAt(url))
    const id = await plantDelivery(ws, dest.id)
    expect(await attemptDelivery(env, id, { timeoutMs: 300 })).toBe('pending')
    await makeDue(id)
    expect(await attemptDelivery(env, id)).toBe('delivered')

    const path = new URL(url).pathname
    expect(calls(await r.records())).toEqual([`POST ${path}`, `GET ${path}`])
    const [lookup] = (await r.records()).filter((g) => g.method === 'GET')
    expect(lookup.headers.authorization).toMatch(/^Basic /)
    const tickets = await ticketsOf(url)
    expect(tickets).toHaveLength(1)
    expect((await deliveryState(id)).last_status).toBe(200)
  }, 20_000)

  it('when the look-up finds no ticket, it is created once', async () => {
    const ws = await createWorkspace()
    const r = receiver()
    const url = r.url('zendesk/api/v2/tickets.json')
    const dest = await createDestination(ws, zendeskAt(url))
    const id = await plantDelivery(ws, dest.id)
    await timedOutBefore(id)
    expect(await attemptDelivery(env, id)).toBe('delivered')
    expect((await r.records()).map((g) => g.method)).toEqual(['GET', 'POST'])
    expect(await ticketsOf(url)).toHaveLength(1)
    expect((await deliveryState(id)).last_status).toBe(201)
  })

  it('a Zendesk that cannot answer the look-up is retried later, with no create in between', async () => {
    const ws = await createWorkspace()
    const r = receiver()
    const dest = await createDestination(ws, zendeskAt(r.url('down')))
    const id = await plantDelivery(ws, dest.id)
    await timedOutBefore(id)
    expect(await attemptDelivery(env, id)).toBe('pending')
    expect((await r.records()).map((g) => g.method)).toEqual(['GET'])
    expect(await deliveryState(id)).toMatchObject({ status: 'pending', attempts: 2, last_status: 503 })

    // Up again: the look-up finds nothing, and the ticket is made.
    await r.bringUp()
    await makeDue(id)
    expect(await attemptDelivery(env, id)).toBe('delivered')
    expect((await r.records()).map((g) => g.method)).toEqual(['GET', 'GET', 'POST'])
  })

  it('without an earlier timeout there is no look-up', async () => {
    const ws = await createWorkspace()
    const r = receiver()
    const dest = await createDestination(ws, zendeskAt(r.url('zendesk/api/v2/tickets.json')))
    const id = await plantDelivery(ws, dest.id)
    expect(await attemptDelivery(env, id)).toBe('delivered')
    expect((await r.records()).map((g) => g.method)).toEqual(['POST'])
  })
})
