// The consumer sends a batch's follow-up work in one go, and acknowledges messages only once it is queued.
import { describe, expect, it } from 'vitest'
import { env, createExecutionContext } from 'cloudflare:test'
import type { Env, WorkMessage } from '../../worker/env.ts'
import { consumeBatch } from '../../worker/queue/consumer.ts'
import { analyzed, createWorkspace, sitePost, uuid } from './helpers.ts'

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

async function answered(count: number) {
  const ws = await createWorkspace()
  const ids: string[] = []
  for (let i = 0; i < count; i++) {
    const id = uuid()
    await sitePost(ws, 'responses', { id, surveyId: ws.surveys.nps, customer: `cust-${i}`, score: 9, comment: 'Lovely reports', finished: true })
    await analyzed(ws, id)
    ids.push(id)
  }
  return { ws, messages: ids.map((responseId): WorkMessage => ({ type: 'analyze', workspaceId: ws.workspaceId, responseId })) }
}

describe('queue consumer', () => {
  it("sends a batch's follow-up work (one rescore per analysed answer) in one sendBatch, then acknowledges", async () => {
    const { messages } = await answered(3)
    const { batch, outcome } = fakeBatch(messages)
    const spy = spyQueue()
    await consumeBatch(batch, { ...(env as unknown as Env), QUEUE: spy.queue }, createExecutionContext())
    expect(spy.calls).toHaveLength(1)
    expect(spy.calls[0].map((m) => m.body.type)).toEqual(['rescore', 'rescore', 'rescore'])
    expect([...outcome.values()]).toEqual(['ack', 'ack', 'ack'])
  })

  it('retries the messages rather than acknowledging them when their follow-up work cannot be queued', async () => {
    const { messages } = await answered(2)
    const { batch, outcome } = fakeBatch(messages)
    await consumeBatch(batch, { ...(env as unknown as Env), QUEUE: spyQueue(true).queue }, createExecutionContext())
    expect([...outcome.values()]).toEqual(['retry', 'retry'])
  })
})
