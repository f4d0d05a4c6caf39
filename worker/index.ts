// Worker entry: HTTP, queue consumer, cron.
import { createApp } from './app.ts'
import type { Env, WorkMessage } from './env.ts'
import { consumeBatch } from './queue/consumer.ts'
import { runCron } from './queue/cron.ts'

const app = createApp()

export default {
  fetch: app.fetch,
  async queue(batch: MessageBatch<WorkMessage>, env: Env, ctx: ExecutionContext) {
    await consumeBatch(batch, env, ctx)
  },
  async scheduled(controller: ScheduledController, env: Env, ctx: ExecutionContext) {
    ctx.waitUntil(runCron(controller.cron, env, controller.scheduledTime))
  },
} satisfies ExportedHandler<Env, WorkMessage>
