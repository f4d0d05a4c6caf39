// The consumer sends a batch's follow-up work in one go, and acknowledges messages only once it is queued.
import { describe, expect, it } from 'vitest'
import { env, createExecutionContext } from 'cloudflare:test'
import type { Env, WorkMessage } from '../../worker/env.ts'
import { consumeBatch } from '../../worker/queue/consumer.ts'
import { createWorkspace, uuid } from './helpers.ts'
import { getSurvey } from '../../worker/services/surveys.ts'
import { storeResponse } from '../../worker/services/responses.ts'
import { receiver } from '../receivers/client.ts'
import { createDestination } from '../receivers/alert-fixtures.ts'

function fakeBatch(bodies: WorkMessage[]) {
  const outcome = new Map<number, string>()
  const messages = bodies.map((body, i) => ({
    id: String(i), timestamp: new Date(), body, attempts: 1,
    ack: () => outcome.set(i, 'ack'),
    retry: () => outcome.set(i, 'retry'),
  }))
  return { batch: { queue: 'stayloop-work', messages, ackAll() {}, retryAll() {} } as unknown as MessageBatch<WorkMessage>, outcome }
}

function spyQueue(fail = false) {
  const calls: MessageSendRequest<WorkMessage>[][] = []
  const queue = {
    async send(body: WorkMessage) { calls.push([{ body }]) },
    async sendBatch(messages: Iterable<MessageSendRequest<WorkMessage>>) {
      if (fail) throw new Error('queue unavailable')
      calls.push([...messages])
    },
  }
  return { queue: queue as unknown as Queue<WorkMessage>, calls }
}

/**
 * Detractor answers from different customers, stored as the route stores them but not enqueued
 * (the test runs the consumer itself), with a destination: each answer's follow-up is a delivery.
 */
async function answered(count: number) {
  const ws = await createWorkspace()
  await createDestination(ws, { url: receiver().url('ok') })
  const survey = (await getSurvey(env.DB, ws.workspaceId, ws.surveys.nps))!
  const ids: string[] = []
  for (let i = 0; i < count; i++) {
    const id = uuid()
    await storeResponse(env.DB, ws.workspaceId, survey, { id, customer: { id: `cust-${i}`, traits: {} }, score: 2, comment: 'Reports are broken again', finished: true }, Date.now())
    ids.push(id)
  }
  return { ws, messages: ids.map((responseId): WorkMessage => ({ type: 'analyze', workspaceId: ws.workspaceId, responseId })) }
}

describe('queue consumer', () => {
  // An answer is rescored within its own message (so its alert carries the risk after it): the
  // follow-up work is the deliveries of the alerts the answers raised.
  it("sends a batch's follow-up work (a delivery per answer's alert) in one sendBatch, then acknowledges", async () => {
    const { messages } = await answered(3)
    const { batch, outcome } = fakeBatch(messages)
    const spy = spyQueue()
    await consumeBatch(batch, { ...(env as unknown as Env), QUEUE: spy.queue }, createExecutionContext())
    expect(spy.calls).toHaveLength(1)
    expect(spy.calls[0].map((m) => m.body.type)).toEqual(['deliver', 'deliver', 'deliver'])
    expect([...outcome.values()]).toEqual(['ack', 'ack', 'ack'])
  })

  it('retries the messages rather than acknowledging them when their follow-up work cannot be queued', async () => {
    const { messages } = await answered(2)
    const { batch, outcome } = fakeBatch(messages)
    await consumeBatch(batch, { ...(env as unknown as Env), QUEUE: spyQueue(true).queue }, createExecutionContext())
    expect([...outcome.values()]).toEqual(['retry', 'retry'])
  })
})
