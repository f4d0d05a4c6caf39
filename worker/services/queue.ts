// Work goes to the queue after its data is committed. If sending fails, nothing is lost: the
// cron sweep finds the unprocessed rows and enqueues them again.
import type { Env, WorkMessage } from '../env.ts'

/** `delaySeconds`: delivered no sooner than that (Queues allow up to 12 hours). */
export async function enqueue(env: Env, messages: WorkMessage[], { delaySeconds }: { delaySeconds?: number } = {}): Promise<void> {
  if (messages.length === 0) return
  try {
    for (let i = 0; i < messages.length; i += 100) {
      await env.QUEUE.sendBatch(messages.slice(i, i + 100).map((body) => (delaySeconds ? { body, delaySeconds } : { body })))
    }
  } catch (err) {
    console.error(JSON.stringify({ level: 'warn', msg: 'enqueue failed; the sweep will retry', error: String(err) }))
  }
}
