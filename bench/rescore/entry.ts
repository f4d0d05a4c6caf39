// Benchmark entry bundled by bench/rescore.mjs: rescoring a range of customers, and the daily
// cron's enqueue pass, timed inside workerd against local D1.
import { rescoreCustomer } from '../../worker/queue/rescore.ts'
import { dailyRisk } from '../../worker/queue/daily-risk.ts'
import type { Env } from '../../worker/env.ts'

export default {
  async fetch(req: Request, env: Env) {
    const url = new URL(req.url)
    const now = Number(url.searchParams.get('now'))
    const t0 = Date.now()
    let done = 0
    let sent = 0
    if (url.pathname === '/rescore') {
      const from = Number(url.searchParams.get('from'))
      const to = Number(url.searchParams.get('to'))
      for (let i = from; i < to; i++) {
        await rescoreCustomer(env, 'ws_bench', `cus_${String(i).padStart(7, '0')}`, now)
        done++
      }
    } else if (url.pathname === '/daily') {
      const counting = { ...env, QUEUE: { sendBatch: async (m: unknown[]) => { sent += m.length }, send: async () => { sent++ } } } as unknown as Env
      await dailyRisk(counting, now)
    }
    return Response.json({ ms: Date.now() - t0, done, sent })
  },
}
