import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

// The loader runs on import, like the script tag: each test queues commands, then imports it.
const w = window as any
const settle = () => new Promise((r) => setTimeout(r, 0))
let fetchMock: ReturnType<typeof vi.fn>
let beacon: ReturnType<typeof vi.fn>

function queue(...calls: unknown[][]) {
  w.stayloop = function () {
    ;(w.stayloop.q = w.stayloop.q || []).push(arguments)
  }
  for (const c of calls) w.stayloop(...c)
}

async function boot(...calls: unknown[][]) {
  queue(...calls)
  vi.resetModules()
  await import('./index.ts')
  await settle()
  await settle()
}

const list = (data: unknown[] = [{ id: 'srv_1', trigger: { type: 'pageview' } }], blockedUntil: number | null = null) => ({
  ok: true,
  json: async () => ({ data, throttle: { recontactDays: 30, blockedUntil } }),
})

beforeEach(() => {
  localStorage.clear()
  fetchMock = vi.fn(async () => list())
  beacon = vi.fn(() => true)
  vi.stubGlobal('fetch', fetchMock)
  Object.defineProperty(navigator, 'sendBeacon', { value: beacon, configurable: true })
  w.StayloopSurvey = vi.fn(async () => ({ reason: 'too_expensive', offerAccepted: true }))
  w.StayloopTriggers = vi.fn()
})
afterEach(() => vi.unstubAllGlobals())

const init = ['init', { site: 'pk_demo', host: 'http://api.test', locale: 'zh-Hant' }]

describe('loader', () => {
  it('replays queued calls in order, then asks for surveys once, as the identified customer', async () => {
    await boot(init, ['identify', 'cust-42', { plan: 'pro' }])
    expect(fetchMock).toHaveBeenCalledTimes(1)
    const url = new URL(fetchMock.mock.calls[0][0])
    expect(url.origin + url.pathname).toBe('http://api.test/v1/sites/pk_demo/surveys')
    expect(url.searchParams.get('customer')).toBe('cust-42')
    expect(url.searchParams.get('locale')).toBe('zh-Hant')
    expect(url.searchParams.get('clientId')).toBe(localStorage.getItem('stayloop:cid'))
    // Candidates go to the trigger chunk; the survey bundle is not loaded.
    expect(w.StayloopTriggers).toHaveBeenCalledTimes(1)
    expect(w.StayloopTriggers.mock.calls[0][1].customer).toEqual({ id: 'cust-42', traits: { plan: 'pro' } })
    expect(w.StayloopSurvey).not.toHaveBeenCalled()
  })

  it('shows nothing, and throws nothing, when the server refuses (origin not allowed, rate limited)', async () => {
    fetchMock.mockImplementation(async () => ({ ok: false, json: async () => ({ error: { code: 'forbidden', message: 'no', requestId: 'req_1' } }) }))
    await boot(init)
    expect(w.StayloopTriggers).not.toHaveBeenCalled()
    expect(w.StayloopSurvey).not.toHaveBeenCalled()
  })

  it('loads nothing more when the server has no candidates', async () => {
    fetchMock.mockImplementation(async () => list([]))
    await boot(init)
    expect(w.StayloopTriggers).not.toHaveBeenCalled()
    expect(w.StayloopSurvey).not.toHaveBeenCalled()
  })

  it('does not even ask while blocked, and remembers the server block for customers', async () => {
    const until = Date.now() + 86_400_000
    fetchMock.mockImplementation(async () => list([], until))
    await boot(init, ['identify', 'cust-1'])
    expect(localStorage.getItem('stayloop:b:pk_demo')).toBe('' + until)
    fetchMock.mockClear()
    await boot(init, ['identify', 'cust-1'])
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('show() and exit() go to the bundle and resolve with its outcome', async () => {
    await boot(init)
    await expect(w.stayloop('exit', { survey: 'srv_exit' })).resolves.toEqual({ reason: 'too_expensive', offerAccepted: true })
    expect(w.StayloopSurvey.mock.calls[0][1]).toEqual({ id: 'srv_exit', kind: 'exit' })
    expect(w.StayloopSurvey.mock.calls[0][0]).toMatchObject({ site: 'pk_demo', host: 'http://api.test', recontactDays: 30 })
    await w.stayloop('show', 'srv_nps')
    expect(w.StayloopSurvey.mock.calls[1][1]).toEqual({ id: 'srv_nps' })
  })

  it('a pending outbox from an earlier page loads the bundle to send it', async () => {
    localStorage.setItem('stayloop:o:pk_demo', '[{"key":"r:1"}]')
    await boot(init)
    expect(w.StayloopSurvey).toHaveBeenCalledWith(expect.objectContaining({ site: 'pk_demo' }), undefined)
  })

  it('track() batches known event types into one beacon; any name can trigger a survey', async () => {
    vi.useFakeTimers()
    try {
      queue(init, ['identify', 'cust-7'], ['track', 'login'], ['track', 'feature_used'], ['track', 'upgraded'])
      vi.resetModules()
      await import('./index.ts')
      expect(beacon).not.toHaveBeenCalled()
      await vi.advanceTimersByTimeAsync(2000)
      expect(beacon).toHaveBeenCalledTimes(1)
      const [url, body] = beacon.mock.calls[0]
      expect(url).toBe('http://api.test/v1/sites/pk_demo/events')
      expect(JSON.parse(body).events.map((e: { type: string }) => e.type)).toEqual(['login', 'feature_used'])
      expect(JSON.parse(body).customer).toBe('cust-7')
      w.stayloop('track', 'upgraded')
      await vi.advanceTimersByTimeAsync(0)
      expect(w.StayloopTriggers).toHaveBeenLastCalledWith(expect.any(Array), expect.any(Object), 'upgraded')
    } finally {
      vi.useRealTimers()
    }
  })

  it('reset() forgets the customer and the client id', async () => {
    await boot(init, ['identify', 'cust-9'])
    const before = localStorage.getItem('stayloop:cid')
    w.stayloop('reset')
    expect(localStorage.getItem('stayloop:cid')).toBeNull()
    w.stayloop('init', { locale: 'en' })
    await settle()
    const url = new URL(fetchMock.mock.calls.at(-1)![0])
    expect(url.searchParams.get('customer')).toBeNull()
    expect(url.searchParams.get('clientId')).not.toBe(before)
  })
})
