import { beforeEach, describe, expect, it, vi } from 'vitest'
import { Outbox, backoff, isPermanent, type OutboxDeps } from './outbox.ts'
import { outboxKey } from '../shared/keys.ts'

// A scripted server and a manual clock: replies are queued per call, timers run on demand.
function harness(replies: (number | Error | [number, string])[]) {
  const calls: { url: string; body: any }[] = []
  const timers: { at: number; fn: () => void }[] = []
  const clock = { now: 1_000_000 }
  const deps: OutboxDeps = {
    storage: localStorage,
    now: () => clock.now,
    setTimer: (fn, ms) => timers.push({ at: clock.now + ms, fn }),
    fetch: (async (url: string, init: RequestInit) => {
      calls.push({ url, body: JSON.parse(init.body as string) })
      const r = replies.length ? replies.shift()! : 201
      if (r instanceof Error) throw r
      const [status, retryAfter] = Array.isArray(r) ? r : [r, null]
      return { status, headers: { get: (h: string) => (h == 'retry-after' ? retryAfter : null) } } as unknown as Response
    }) as typeof fetch,
    beacon: (url, body) => (calls.push({ url: 'beacon:' + url, body: JSON.parse(body) }), true),
  }
  // Advances the clock to the next timer and runs it.
  const tick = async () => {
    timers.sort((a, b) => a.at - b.at)
    const t = timers.shift()
    if (!t) return false
    clock.now = Math.max(clock.now, t.at)
    t.fn()
    await settle()
    return true
  }
  return { calls, timers, clock, deps, tick }
}
const settle = () => new Promise((r) => setTimeout(r, 0))

describe('send queue', () => {
  beforeEach(() => localStorage.clear())

  it('stores before sending and clears on 2xx', async () => {
    const h = harness([201])
    const box = new Outbox('http://h', 'pk_1', h.deps)
    box.enqueue('r:1', '/responses', { id: '1', score: 9, finished: false })
    expect(JSON.parse(localStorage.getItem(outboxKey('pk_1'))!)).toHaveLength(1)
    await settle()
    expect(h.calls.map((c) => c.url)).toEqual(['http://h/v1/sites/pk_1/responses'])
    expect(localStorage.getItem(outboxKey('pk_1'))).toBeNull()
  })

  it('retries network errors and 5xx with growing backoff until 2xx', async () => {
    const h = harness([new TypeError('offline'), 503, 500, 200])
    const box = new Outbox('http://h', 'pk_1', h.deps)
    box.enqueue('r:1', '/responses', { id: '1', finished: true })
    await settle()
    const waits: number[] = []
    let last = h.clock.now
    while (await h.tick()) (waits.push(h.clock.now - last), (last = h.clock.now))
    expect(h.calls).toHaveLength(4)
    expect(waits).toEqual([1000, 2000, 4000])
    expect(box.items()).toEqual([])
  })

  it('honours Retry-After on 429 and retries 408', async () => {
    const h = harness([[429, '30'], 408, 201])
    const box = new Outbox('http://h', 'pk_1', h.deps)
    box.enqueue('d:1', '/displays', { id: '1' })
    await settle()
    const start = h.clock.now
    await h.tick()
    expect(h.clock.now - start).toBe(30_000)
    await h.tick()
    expect(h.calls).toHaveLength(3)
    expect(box.items()).toEqual([])
  })

  it('keeps an answer whose customer identity was refused (403), sending it again without the customer', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const h = harness([403, 201])
    const box = new Outbox('http://h', 'pk_1', h.deps)
    box.enqueue('r:1', '/responses', { id: '1', score: 9, customer: { id: 'u1', hash: 'stale' } })
    await settle()
    await h.tick()
    expect(h.calls).toHaveLength(2)
    expect(h.calls[1].body).toEqual({ id: '1', score: 9 })
    expect(box.items()).toEqual([])
    expect(warn).toHaveBeenCalledTimes(1)
    // Anonymous and still refused (an origin not allowed): dropped like any other 4xx.
    const again = harness([403])
    const other = new Outbox('http://h', 'pk_1', again.deps)
    other.enqueue('r:2', '/responses', { id: '2', score: 3 })
    await settle()
    expect(other.items()).toEqual([])
    warn.mockRestore()
  })

  it('drops an item on a permanent 4xx and keeps the others', async () => {
    const h = harness([400, 503])
    const box = new Outbox('http://h', 'pk_1', h.deps)
    box.enqueue('r:bad', '/responses', { id: 'bad' })
    box.enqueue('r:ok', '/responses', { id: 'ok' })
    await settle()
    expect(box.items().map((i) => i.key)).toEqual(['r:ok'])
  })

  it('merges sends with the same key into one item (no duplicates)', async () => {
    const h = harness([new TypeError('offline'), new TypeError('offline'), 201])
    const box = new Outbox('http://h', 'pk_1', h.deps)
    box.enqueue('r:1', '/responses', { id: '1', score: 3, finished: false })
    await settle()
    box.enqueue('r:1', '/responses', { id: '1', comment: 'slow', finished: true })
    await settle()
    expect(box.items()).toHaveLength(1)
    expect(box.items()[0].body).toEqual({ id: '1', score: 3, comment: 'slow', finished: true })
    while (await h.tick());
    expect(h.calls.at(-1)!.body).toEqual({ id: '1', score: 3, comment: 'slow', finished: true })
    expect(box.items()).toEqual([])
  })

  it('a reply to an older version does not drop fields merged meanwhile', async () => {
    const h = harness([201, 201])
    const box = new Outbox('http://h', 'pk_1', h.deps)
    box.enqueue('r:1', '/responses', { id: '1', score: 8, finished: false })
    // Merged while the first POST is in flight.
    box.enqueue('r:1', '/responses', { id: '1', comment: 'nice', finished: true })
    await settle()
    while (await h.tick());
    expect(h.calls.at(-1)!.body).toMatchObject({ comment: 'nice', finished: true })
    expect(box.items()).toEqual([])
  })

  it('survives a reload: a new outbox on the same storage sends what is left', async () => {
    const offline = harness([new TypeError('offline')])
    new Outbox('http://h', 'pk_1', offline.deps).enqueue('r:1', '/responses', { id: '1', score: 10, finished: true })
    await settle()
    const online = harness([201])
    await new Outbox('http://h', 'pk_1', online.deps).flush()
    // Not due yet (backoff), so the reloaded page waits for the timer.
    while (await online.tick());
    expect(online.calls.map((c) => c.body)).toEqual([{ id: '1', score: 10, finished: true }])
    expect(localStorage.getItem(outboxKey('pk_1'))).toBeNull()
  })

  it('on pagehide hands pending items to sendBeacon and keeps them for the next page', async () => {
    const h = harness([new TypeError('offline')])
    const box = new Outbox('http://h', 'pk_1', h.deps)
    box.enqueue('r:1', '/responses', { id: '1', finished: true })
    await settle()
    box.beacon()
    expect(h.calls.at(-1)).toEqual({ url: 'beacon:http://h/v1/sites/pk_1/responses', body: { id: '1', finished: true } })
    expect(box.items()).toHaveLength(1)
  })

  it('classifies statuses and caps backoff', () => {
    expect([400, 401, 403, 404, 409, 413, 422].every(isPermanent)).toBe(true)
    expect([408, 429, 500, 503, 0].some(isPermanent)).toBe(false)
    expect(backoff(1)).toBe(1000)
    expect(backoff(30)).toBe(300_000)
    expect(backoff(3, '5')).toBe(5000)
  })
})
