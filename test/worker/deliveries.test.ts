// Delivery that loses nothing: retries on the real queue, timeouts, 410, dead letters and replay,
// the sweep for lost messages, daily digests, and the deliveries API.
import { describe, expect, it } from 'vitest'
import { env } from 'cloudflare:test'
import { api, createWorkspace, eventually, expectError, sitePost, uuid, type TestWorkspace } from './helpers.ts'
import { received, receiver } from '../receivers/client.ts'
import { createDestination, deliveriesOf, deliveryReaches, deliveryState, makeDue, plantDelivery } from '../receivers/alert-fixtures.ts'
import { attemptDelivery } from '../../worker/queue/deliver.ts'
import { sendDigests, sweepDeliveries } from '../../worker/queue/sweep-deliveries.ts'
import { DEFAULT_RETRY_POLICY, type DeliveryProblem } from '../../worker/domain/alerts/index.ts'

interface DeliveryView {
  id: string; status: string; attempts: number; lastStatus: number | null; lastError: string | null; problem: DeliveryProblem | null; destinationName: string | null; kind: string
  attemptsLog: { at: number; statusCode: number | null; error: string | null; problem: DeliveryProblem | null; durationMs: number }[]
}

async function listDeliveries(ws: TestWorkspace, query = ''): Promise<{ data: DeliveryView[]; total: number; nextCursor: string | null }> {
  return (await api(ws, 'GET', `/v1/deliveries${query}`)).json() as never
}

describe('deliveries', () => {
  it('a target answering 500, 500, then 200 gets the alert on the third attempt; the first retry comes within 10 s', async () => {
    const ws = await createWorkspace()
    const r = receiver()
    await createDestination(ws, { url: r.url('fail-twice'), name: 'Flaky' })
    await sitePost(ws, 'responses', { id: uuid(), surveyId: ws.surveys.nps, customer: 'c-1', score: 2, finished: true })
    const [first] = await received(r, (g) => g.length >= 1)
    const [delivery] = await deliveriesOf(ws)
    const afterFirst = await deliveryState(delivery.id)
    expect(afterFirst).toMatchObject({ status: 'pending', attempts: 1, last_status: 500 })
    expect(afterFirst.next_attempt_at! - first.at).toBeLessThanOrEqual(10_000 + 1_000)
    // The retry arrives by itself, from the delayed queue message.
    const two = await received(r, (g) => g.length >= 2, 18_000)
    // Scheduled within 10 s (above); arrival adds the local queue's batch wait, and slack for a busy machine.
    expect(two[1].at - two[0].at).toBeLessThanOrEqual(15_000)
    // The third would wait up to 25 s: move its time forward and run it.
    await eventuallyPending(delivery.id, 2)
    await makeDue(delivery.id)
    expect(await attemptDelivery(env, delivery.id)).toBe('delivered')
    // The queue's own delayed message for that retry, when it comes, sends nothing more.
    expect(await attemptDelivery(env, delivery.id)).toBe('not_pending')
    const got = await r.records()
    expect(got.map((g) => g.status)).toEqual([500, 500, 200])
    expect(new Set(got.map((g) => g.headers['webhook-id']))).toEqual(new Set([delivery.id]))
    const { data } = await listDeliveries(ws)
    expect(data[0]).toMatchObject({ id: delivery.id, status: 'delivered', attempts: 3, lastStatus: 200, destinationName: 'Flaky', destinationKind: 'webhook', kind: 'detractor' })
    expect(data[0].attemptsLog.map((a) => a.statusCode)).toEqual([500, 500, 200])
    expect(data[0].attemptsLog[0].error).toMatch(/HTTP 500/)
    // Filtered by destination: this one's deliveries only, none for another destination.
    const other = await createDestination(ws, { url: r.url('ok'), name: 'Other', filters: { kinds: ['exit'] } })
    expect((await listDeliveries(ws, `?destination=${delivery.destination_id}`)).data.map((d) => d.id)).toEqual([delivery.id])
    expect((await listDeliveries(ws, `?destination=${other.id}`)).data).toEqual([])
  }, 40_000)

  it('a target that times out is retried, and the retry delivers', async () => {
    const ws = await createWorkspace()
    const r = receiver()
    const dest = await createDestination(ws, { url: r.url('slow-once') })
    const id = await plantDelivery(ws, dest.id)
    expect(await attemptDelivery(env, id, { timeoutMs: 300 })).toBe('pending')
    const state = await deliveryState(id)
    expect(state).toMatchObject({ attempts: 1, last_status: null })
    expect(state.last_error).toMatch(/timed out/)
    await deliveryReaches(id, 'delivered', 18_000)
    expect((await r.records()).length).toBe(2)
  }, 30_000)

  it('a timed-out or unanswered attempt is listed with its problem as facts beside the sentence', async () => {
    const ws = await createWorkspace()
    const r = receiver()
    // One attempt in all: the delivery ends with it, and no retry changes what is listed.
    const once = { policy: { ...DEFAULT_RETRY_POLICY, maxAttempts: 1 } }
    const slow = await plantDelivery(ws, (await createDestination(ws, { url: r.url('slow-once'), name: 'Slow' })).id)
    const cut = await plantDelivery(ws, (await createDestination(ws, { url: r.url('hang-up'), name: 'Cut' })).id)
    expect(await attemptDelivery(env, slow, { ...once, timeoutMs: 300 })).toBe('dead')
    expect(await attemptDelivery(env, cut, once)).toBe('dead')
    const { data } = await listDeliveries(ws)
    const timedOut = data.find((d) => d.id === slow)!
    expect(timedOut).toMatchObject({ lastError: 'timed out after 300 ms', problem: { code: 'timeout', timeoutMs: 300 } })
    expect(timedOut.attemptsLog.map((a) => a.problem)).toEqual([{ code: 'timeout', timeoutMs: 300 }])
    const unanswered = data.find((d) => d.id === cut)!
    expect(unanswered.problem).toEqual({ code: 'network', detail: expect.any(String) })
    expect(unanswered.lastError).toBe(`network error: ${(unanswered.problem as { detail: string }).detail}`)
    expect(unanswered.attemptsLog[0].problem).toEqual(unanswered.problem)
    // A delivered attempt has no problem.
    const fine = await plantDelivery(ws, (await createDestination(ws, { url: r.url('ok') })).id)
    expect(await attemptDelivery(env, fine)).toBe('delivered')
    const delivered = (await listDeliveries(ws)).data.find((d) => d.id === fine)!
    expect(delivered.problem).toBeNull()
    expect(delivered.attemptsLog[0].problem).toBeNull()
  })

  it("429 is retried no sooner than the target's Retry-After", async () => {
    const ws = await createWorkspace()
    const r = receiver()
    const dest = await createDestination(ws, { url: r.url('rate-limited') })
    const id = await plantDelivery(ws, dest.id)
    const before = Date.now()
    expect(await attemptDelivery(env, id, { random: () => 0 })).toBe('pending')
    const state = await deliveryState(id)
    expect(state.last_status).toBe(429)
    expect(state.next_attempt_at! - before).toBeGreaterThanOrEqual(3_000)
    await deliveryReaches(id, 'delivered', 10_000)
  }, 20_000)

  it('410 Gone disables the destination; its other deliveries are not sent', async () => {
    const ws = await createWorkspace()
    const r = receiver()
    const dest = await createDestination(ws, { url: r.url('gone') })
    const a = await plantDelivery(ws, dest.id)
    const b = await plantDelivery(ws, dest.id)
    const before = Date.now()
    expect(await attemptDelivery(env, a)).toBe('failed')
    const after = Date.now()
    const view = (await (await api(ws, 'GET', `/v1/destinations/${dest.id}`)).json()) as { enabled: boolean; disabledReason: string; disabled: { code: string; at: number } }
    expect(view.enabled).toBe(false)
    expect(view.disabledReason).toMatch(/410/)
    // The same reason as facts: a client shows the date in its reader's locale without parsing English.
    expect(view.disabled).toEqual({ code: 'gone', at: expect.any(Number) })
    expect(view.disabled.at).toBeGreaterThanOrEqual(before)
    expect(view.disabled.at).toBeLessThanOrEqual(after)
    expect((await (await api(ws, 'GET', '/v1/destinations')).json() as { data: { disabled: unknown }[] }).data[0].disabled).toEqual(view.disabled)
    expect(await attemptDelivery(env, b)).toBe('failed')
    expect((await deliveryState(b)).last_error).toMatch(/disabled/)
    expect(await r.records()).toHaveLength(1)
    const listed = (await listDeliveries(ws)).data
    expect(listed.find((d) => d.id === a)!.problem).toEqual({ code: 'http_status', status: 410, detail: 'gone' })
    expect(listed.find((d) => d.id === b)!.problem).toEqual({ code: 'destination_disabled', reason: view.disabled })
    // Replaying to the disabled destination says why it cannot, instead of "pending" then failing.
    const refused = await expectError(await api(ws, 'POST', `/v1/deliveries/${b}/replay`), 409, 'conflict') as { message: string; details?: { problem: unknown }[] }
    expect(refused.message).toMatch(/disabled.*410/)
    expect(refused.details?.[0].problem).toEqual({ code: 'destination_disabled', reason: view.disabled })
    expect((await deliveryState(b)).status).toBe('failed')
  })

  it('a redirect is not followed and fails the delivery', async () => {
    const ws = await createWorkspace()
    const r = receiver()
    const dest = await createDestination(ws, { url: r.url('redirect') })
    const id = await plantDelivery(ws, dest.id)
    expect(await attemptDelivery(env, id)).toBe('failed')
    expect((await deliveryState(id)).last_status).toBe(302)
  })

  it('a target down for every attempt ends dead; replay delivers once it is back', async () => {
    const ws = await createWorkspace()
    const r = receiver()
    const dest = await createDestination(ws, { url: r.url('down') })
    const id = await plantDelivery(ws, dest.id)
    for (let i = 0; i < 40 && (await deliveryState(id)).status === 'pending'; i++) {
      await makeDue(id)
      await attemptDelivery(env, id)
    }
    const dead = await deliveryState(id)
    expect(dead).toMatchObject({ status: 'dead', attempts: DEFAULT_RETRY_POLICY.maxAttempts, last_status: 503 })
    expect(await r.records()).toHaveLength(DEFAULT_RETRY_POLICY.maxAttempts)
    expect((await listDeliveries(ws, '?status=dead')).total).toBe(1)

    // Replayed while the target is still down: the attempt counts on from the dead letter's, and the
    // retry schedule starts again (a first retry within 10 s, not a second dead letter).
    const max = DEFAULT_RETRY_POLICY.maxAttempts
    expect((await api(ws, 'POST', `/v1/deliveries/${id}/replay`)).status).toBe(202)
    const retried = await eventually(async () => {
      const s = await deliveryState(id)
      return s.attempts === max + 1 && s.last_status === 503 ? s : null
    })
    expect(retried.status).toBe('pending')
    expect(retried.next_attempt_at! - Date.now()).toBeLessThanOrEqual(10_000)

    await r.bringUp()
    await makeDue(id)
    await attemptDelivery(env, id)
    await deliveryReaches(id, 'delivered')
    const got = await r.records()
    expect(got.at(-1)!.status).toBe(200)
    expect(got.at(-1)!.headers['webhook-id']).toBe(id)
    const { data } = await listDeliveries(ws)
    // Every attempt ever made, counted and logged alike.
    expect(data[0].attemptsLog).toHaveLength(max + 2)
    expect(data[0].attempts).toBe(max + 2)
    // Only dead or failed deliveries replay; another workspace cannot see this one.
    await expectError(await api(ws, 'POST', `/v1/deliveries/${id}/replay`), 409, 'conflict')
    const other = await createWorkspace()
    await expectError(await api(other, 'POST', `/v1/deliveries/${id}/replay`), 404, 'not_found')
    expect((await listDeliveries(other)).total).toBe(0)
  }, 30_000)

  it('private targets are refused at send time outside local development', async () => {
    const ws = await createWorkspace()
    const r = receiver()
    const dest = await createDestination(ws, { url: r.url('ok') })
    const id = await plantDelivery(ws, dest.id)
    expect(await attemptDelivery({ ...env, STAYLOOP_DEV: '0' }, id)).toBe('failed')
    expect((await deliveryState(id)).last_error).toMatch(/refused: private, loopback/)
    expect(await r.records()).toHaveLength(0)
  })

  it('the sweep re-enqueues a delivery whose message was lost', async () => {
    const ws = await createWorkspace()
    const r = receiver()
    const dest = await createDestination(ws, { url: r.url('ok') })
    const lost = await plantDelivery(ws, dest.id, { nextAttemptAt: Date.now() - 5 * 60_000 })
    const recent = await plantDelivery(ws, dest.id, { nextAttemptAt: Date.now() + 60 * 60_000 })
    expect(await sweepDeliveries(env, Date.now())).toBeGreaterThanOrEqual(1)
    await deliveryReaches(lost, 'delivered')
    expect((await deliveryState(recent)).status).toBe('pending')
    expect(await r.records()).toHaveLength(1)
  })

  it('a digest destination gets one message a day with every alert that waited for it', async () => {
    const ws = await createWorkspace()
    const r = receiver()
    const dest = await createDestination(ws, { url: r.url('ok'), digest: true })
    const a = await plantDigestDelivery(ws, dest.id)
    const b = await plantDigestDelivery(ws, dest.id)
    const now = Date.now()
    expect(await sendDigests(env, now)).toBeGreaterThanOrEqual(1)
    const [got] = await received(r, (g) => g.length >= 1)
    const body = JSON.parse(got.body)
    expect(body.type).toBe('alert.digest')
    expect(body.data.total).toBe(2)
    await deliveryReaches(a, 'delivered')
    await deliveryReaches(b, 'delivered')
    // The same day again: nothing new, nothing sent twice.
    await plantDigestDelivery(ws, dest.id)
    await sendDigests(env, now + 1000)
    await new Promise((res) => setTimeout(res, 1500))
    expect(await r.records()).toHaveLength(1)
    const { data } = await listDeliveries(ws, '?status=delivered')
    expect(data.map((d) => d.kind).sort()).toEqual(['detractor', 'detractor', 'digest'])
  })

  it('says whom each delivery is about: the customer, why the alert fired and the start of the comment', async () => {
    const ws = await createWorkspace()
    const r = receiver()
    await createDestination(ws, { url: r.url('ok'), name: 'CS' })
    const comment = 'Reports time out every morning. '.repeat(12)
    await sitePost(ws, 'responses', { id: uuid(), surveyId: ws.surveys.nps, customer: 'cust_who', score: 2, comment, finished: true })
    await received(r, (g) => g.length >= 1)
    const { data } = await api(ws, 'GET', '/v1/deliveries').then((res) => res.json() as Promise<{ data: { about: { customerId: string; trigger: string; comment: string; why: Record<string, unknown> } }[] }>)
    expect(data[0].about.customerId).toBe('cust_who')
    expect(data[0].about.trigger).toMatch(/NPS 2/)
    // The trigger's facts too, for the dashboard to say in the reader's language; absent ones are left out.
    expect(data[0].about.why).toMatchObject({ surveyKind: 'nps', score: 2 })
    expect(data[0].about.why).not.toHaveProperty('exitOutcome')
    expect(data[0].about.comment.startsWith('Reports time out every morning.')).toBe(true)
    expect(data[0].about.comment.length).toBe(200)
  }, 20_000)

  it('validates its query', async () => {
    const ws = await createWorkspace()
    await expectError(await api(ws, 'GET', '/v1/deliveries?status=lost'), 400, 'invalid_request')
    await expectError(await api(ws, 'POST', '/v1/deliveries/dlv_nope/replay'), 404, 'not_found')
  })
})

async function eventuallyPending(id: string, attempts: number) {
  for (let i = 0; i < 100; i++) {
    const s = await deliveryState(id)
    if (s.status === 'pending' && s.attempts === attempts && s.last_status !== null) return
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error('delivery did not settle')
}

async function plantDigestDelivery(ws: TestWorkspace, destinationId: string): Promise<string> {
  const id = await plantDelivery(ws, destinationId)
  await env.DB.prepare("UPDATE deliveries SET status = 'digest', next_attempt_at = NULL WHERE id = ?").bind(id).run()
  return id
}
