import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { EVENT_TYPES } from '../../../worker/domain/signals.ts'
import { COUNTED_EVENT } from '../shared/api-limits.ts'

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
  delete w.stayloop
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
    // No client id: triggers.js samples anonymous visitors itself, with the server's function.
    expect(url.searchParams.has('clientId')).toBe(false)
    // Candidates go to the trigger chunk; the survey bundle is not loaded.
    expect(w.StayloopTriggers).toHaveBeenCalledTimes(1)
    expect(w.StayloopTriggers.mock.calls[0][1].customer).toEqual({ id: 'cust-42', traits: { plan: 'pro' } })
    expect(w.StayloopSurvey).not.toHaveBeenCalled()
  })

  it('sends the identity hash given to identify() with every request that names the customer', async () => {
    await boot(init, ['identify', 'cust-42', { plan: 'pro' }, 'a1b2'], ['track', 'login'])
    expect(new URL(fetchMock.mock.calls[0][0]).searchParams.get('hash')).toBe('a1b2')
    // The survey bundle and the triggers get it too (the bundle sends it with displays and answers).
    expect(w.StayloopTriggers.mock.calls[0][1].customer).toEqual({ id: 'cust-42', traits: { plan: 'pro' }, hash: 'a1b2' })
    dispatchEvent(new Event('pagehide'))
    expect(JSON.parse(beacon.mock.calls[0][1])).toEqual({ customer: 'cust-42', hash: 'a1b2', events: [{ type: 'login' }] })
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

  it('reset() forgets the customer, and this visitor’s client id, throttling block and log', async () => {
    // A dismissed survey blocks A for 90 days; the outbox (answers still to send) must stay.
    localStorage.setItem('stayloop:b:pk_demo', '' + (Date.now() + 90 * 86_400_000))
    localStorage.setItem('stayloop:l:pk_demo', '{"srv_1":[1,0]}')
    localStorage.setItem('stayloop:o:pk_demo', '[]')
    await boot(init, ['identify', 'cust-A'])
    fetchMock.mockClear()
    w.stayloop('reset')
    for (const k of ['stayloop:cid', 'stayloop:b:pk_demo', 'stayloop:l:pk_demo']) expect(localStorage.getItem(k)).toBeNull()
    expect(localStorage.getItem('stayloop:o:pk_demo')).toBe('[]')
    // B signs in on the same device: asked for surveys, as B.
    w.stayloop('identify', 'cust-B')
    await settle()
    expect(fetchMock).toHaveBeenCalledTimes(1)
    expect(new URL(fetchMock.mock.calls[0][0]).searchParams.get('customer')).toBe('cust-B')
  })

  it('identify() with no usable id is ignored with one warning: the visitor stays anonymous', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    await boot(init, ['identify', undefined, { plan: 'free' }], ['identify', null], ['identify', { id: 5 }], ['identify', ''])
    expect(new URL(fetchMock.mock.calls[0][0]).searchParams.get('customer')).toBeNull()
    expect(w.StayloopTriggers.mock.calls[0][1].customer).toBeUndefined()
    expect(warn).toHaveBeenCalledTimes(1)
    // A number is an id.
    w.stayloop('identify', 42)
    await settle()
    expect(new URL(fetchMock.mock.calls.at(-1)![0]).searchParams.get('customer')).toBe('42')
    warn.mockRestore()
  })

  it('track() sends only the exact names the API counts; one wrong name no longer costs the batch', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    vi.useFakeTimers()
    try {
      queue(init, ['identify', 'cust-7'], ['track', 'login'], ['track', 'feature'], ['track', 'login page_view'], ['track', { type: 'login' }], ['track', 'feature_used'])
      vi.resetModules()
      await import('./index.ts')
      await vi.advanceTimersByTimeAsync(2000)
      expect(JSON.parse(beacon.mock.calls[0][1]).events).toEqual([{ type: 'login' }, { type: 'feature_used' }])
      expect(warn).toHaveBeenCalledTimes(1)
      // The server's list, exactly.
      for (const type of EVENT_TYPES) expect(COUNTED_EVENT.test(type)).toBe(true)
    } finally {
      vi.useRealTimers()
      warn.mockRestore()
    }
  })

  it('asks for surveys without the page URL (a long one made the API refuse the request)', async () => {
    await boot(init)
    expect(new URL(fetchMock.mock.calls[0][0]).searchParams.has('url')).toBe(false)
  })

  it('the stub’s promises resolve once loaded: exit() called before widget.js gets its outcome', async () => {
    // The README's stub: each call returns a promise, resolved by the loader.
    w.stayloop = function () {
      const a = arguments as IArguments & { r?: unknown }
      return new Promise((r) => { a.r = r; (w.stayloop.q = w.stayloop.q || []).push(a) })
    }
    w.stayloop('init', init[1])
    const outcome = w.stayloop('exit', { survey: 'srv_exit' })
    vi.resetModules()
    await import('./index.ts')
    await expect(outcome).resolves.toEqual({ reason: 'too_expensive', offerAccepted: true })
  })

  it('exit() resolves with no answer, and rejects nothing, when survey.js cannot load', async () => {
    delete w.StayloopSurvey
    const unhandled = vi.fn()
    process.on('unhandledRejection', unhandled)
    try {
      await boot(init)
      const outcome = w.stayloop('exit', { survey: 'srv_exit' })
      const script = [...document.head.querySelectorAll('script')].find((s) => s.src.endsWith('/widget/survey.js'))!
      script.dispatchEvent(new Event('error'))
      await expect(outcome).resolves.toEqual({ reason: null, offerAccepted: false })
      await settle()
      expect(unhandled).not.toHaveBeenCalled()
    } finally {
      process.off('unhandledRejection', unhandled)
    }
  })

  it('a second copy of widget.js (tag manager + hard-coded tag) leaves the first in charge', async () => {
    await boot(init, ['identify', 'cust-1'])
    const first = w.stayloop
    vi.resetModules()
    await import('./index.ts')
    expect(w.stayloop).toBe(first)
    await expect(w.stayloop('exit', {})).resolves.toEqual({ reason: 'too_expensive', offerAccepted: true })
    expect(w.StayloopSurvey.mock.calls[0][0]).toMatchObject({ site: 'pk_demo', host: 'http://api.test' })
  })

  it('with localStorage blocked it loads without throwing, and exit() still works', async () => {
    // As in Chrome with site data blocked: reading window.localStorage throws.
    const real = Object.getOwnPropertyDescriptor(window, 'localStorage')!
    Object.defineProperty(window, 'localStorage', { configurable: true, get: () => { throw new DOMException('denied', 'SecurityError') } })
    try {
      await boot(init, ['identify', 'cust-1'])
      expect(fetchMock).toHaveBeenCalledTimes(1)
      await expect(w.stayloop('exit', {})).resolves.toEqual({ reason: 'too_expensive', offerAccepted: true })
      w.stayloop('reset')
    } finally {
      Object.defineProperty(window, 'localStorage', real)
    }
  })
})
