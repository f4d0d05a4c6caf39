import { expect, it } from 'vitest'
import { receiver } from '../receivers/client.ts'
import { env } from 'cloudflare:test'
it('workerd can reach the loopback receiver', async () => {
  const r = receiver()
  const res = await fetch(r.url('ok'), { method: 'POST', body: 'hi' })
  expect(res.status).toBe(200)
  const got = await r.records()
  expect(got[0].body).toBe('hi')
  const t0 = Date.now()
  await env.QUEUE.send({ type: 'deliver', deliveryId: 'nope' }, { delaySeconds: 2 })
  expect(Date.now() - t0).toBeLessThan(5000)
})
