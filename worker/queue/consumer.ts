// Queue consumer: each message is one unit of idempotent work; a failure retries that message only.
import type { Env, WorkMessage } from '../env.ts'
import { analyzeResponse } from './analyze.ts'

export async function consumeBatch(batch: MessageBatch<WorkMessage>, env: Env, _ctx: ExecutionContext): Promise<void> {
  for (const message of batch.messages) {
    try {
      await handle(message.body, env)
      message.ack()
    } catch (err) {
      console.error(JSON.stringify({ level: 'error', msg: 'queue message failed', type: message.body.type, error: String(err) }))
      message.retry({ delaySeconds: Math.min(300, 2 ** message.attempts) })
    }
  }
}

export async function handle(body: WorkMessage, env: Env): Promise<void> {
  switch (body.type) {
    case 'analyze':
      return analyzeResponse(env, body.workspaceId, body.responseId)
    case 'rescore':
      return
    case 'deliver':
      return
  }
}
