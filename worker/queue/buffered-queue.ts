// Follow-up work (rescore after analysis, deliveries after alerts, a delivery's retry) produced
// while one queue batch runs is sent in one sendBatch at the end rather than one send per
// message: a batch of 25 analyses then opens one connection to the queue instead of 25 (local
// dev ran out of sockets that way) and costs Cloudflare Queues one operation per 100 messages.
import type { WorkMessage } from '../env.ts'

const SEND_LIMIT = 100

export function bufferedQueue(queue: Queue<WorkMessage>): { queue: Queue<WorkMessage>; flush(): Promise<number> } {
  const pending: MessageSendRequest<WorkMessage>[] = []
  const buffer: Pick<Queue<WorkMessage>, 'send' | 'sendBatch'> = {
    async send(body, options) { pending.push({ body, ...options }); return { metadata: { metrics: { backlogCount: 0, backlogBytes: 0 } } } },
    async sendBatch(messages) { pending.push(...messages); return { metadata: { metrics: { backlogCount: 0, backlogBytes: 0 } } } },
  }
  return {
    // The work handlers only send (and never read the answer's backlog figures).
    queue: buffer as Queue<WorkMessage>,
    async flush() {
      const sent = pending.length
      for (let i = 0; i < pending.length; i += SEND_LIMIT) await queue.sendBatch(pending.slice(i, i + SEND_LIMIT))
      pending.length = 0
      return sent
    },
  }
}
