// Queue consumer: each message is one unit of idempotent work; a failure retries that message
// only. The chain for an answer: analyze → rescore the customer → the answer's alerts (or, if
// it called for none, alerts for the risk change) → deliver.
import type { Env, WorkMessage } from '../env.ts'
import { analyzeResponse } from './analyze.ts'
import { rescoreCustomer } from './rescore.ts'
import { alertsForAnswer, alertsForRiskChange, stillAbandoned } from './alerts.ts'
import { deliver } from './deliver.ts'
import { bufferedQueue } from './buffered-queue.ts'
import { checkTextModel } from '../services/text-model-check.ts'
import { retopicPage } from './retopic.ts'

export async function consumeBatch(batch: MessageBatch<WorkMessage>, env: Env, _ctx: ExecutionContext): Promise<void> {
  const followUps = bufferedQueue(env.QUEUE)
  const batchEnv: Env = { ...env, QUEUE: followUps.queue }
  const done: Message<WorkMessage>[] = []
  // Messages are independent and idempotent: run them side by side (deliveries wait on the network).
  await Promise.all(batch.messages.map(async (message) => {
    try {
      await handle(message.body, batchEnv)
      done.push(message)
    } catch (err) {
      console.error(JSON.stringify({ level: 'error', msg: 'queue message failed', type: message.body.type, error: String(err) }))
      message.retry({ delaySeconds: Math.min(300, 2 ** message.attempts) })
    }
  }))
  // A message is acknowledged only once the work it led to is queued; if that send fails, the
  // messages run again (they are idempotent) rather than lose their follow-ups.
  try {
    await followUps.flush()
    for (const message of done) message.ack()
  } catch (err) {
    console.error(JSON.stringify({ level: 'error', msg: 'follow-up work not queued; retrying the batch', error: String(err) }))
    for (const message of done) message.retry({ delaySeconds: Math.min(300, 2 ** message.attempts) })
  }
}

export async function handle(body: WorkMessage, env: Env): Promise<void> {
  switch (body.type) {
    case 'analyze': {
      if (body.ifAbandoned && !(await stillAbandoned(env, body.workspaceId, body.responseId))) return
      const analyzed = await analyzeResponse(env, body.workspaceId, body.responseId)
      if (!analyzed) return
      // Rescore before deciding: the answer's alert carries the risk after it, and the rise it
      // caused is not paged a second time (alertsForAnswer).
      const pk = analyzed.customerPk
      const rescored = pk ? { customerPk: pk, change: await rescoreCustomer(env, body.workspaceId, pk) } : null
      await alertsForAnswer(env, body.workspaceId, body.responseId, rescored)
      return
    }
    case 'rescore': {
      const change = await rescoreCustomer(env, body.workspaceId, body.customerPk)
      if (change) await alertsForRiskChange(env, body.workspaceId, body.customerPk, change)
      return
    }
    case 'rescore_many': {
      for (const customerPk of body.customerPks) {
        const change = await rescoreCustomer(env, body.workspaceId, customerPk)
        if (change) await alertsForRiskChange(env, body.workspaceId, customerPk, change)
      }
      return
    }
    case 'deliver':
      return deliver(env, body.deliveryId)
    case 'check_text_model':
      await checkTextModel(env.DB, body.workspaceId)
      return
    case 'retopic':
      await retopicPage(env, body.workspaceId, body.revision)
      return
  }
}
