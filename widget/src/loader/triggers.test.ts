import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Survey, TriggerEnv } from '../types.ts'
import { isEligible, resetTriggers, triggers } from './triggers.ts'
import { recordDisplay } from '../shared/throttle.ts'
import { bucket } from '../shared/hash.ts'

const survey = (id: string, trigger: Survey['trigger'], extra: Partial<Survey> = {}): Survey =>
  ({ id, kind: 'nps', version: 1, locale: 'en', sampling: 100, trigger, frequency: { mode: 'once' }, text: { question: 'q', followUps: {} }, ...extra }) as Survey

describe('eligibility before the bundle loads', () => {
  beforeEach(() => localStorage.clear())
  const env: TriggerEnv = { site: 's', run: () => {} }

  it('URL rule decides', () => {
    const s = survey('a', { type: 'pageview', url: { match: 'starts_with', value: '/billing' } })
    expect(isEligible(s, env, localStorage, 'https://x/billing/plan', '/billing/plan', 0)).toBe(true)
    expect(isEligible(s, env, localStorage, 'https://x/team', '/team', 0)).toBe(false)
  })

  it('anonymous: local frequency log and sticky sampling apply', () => {
    localStorage.setItem('stayloop:cid', 'client-1')
    const b = bucket('client-1', 'a')
    expect(isEligible(survey('a', { type: 'pageview' }, { sampling: b + 1 }), env, localStorage, '', '/', 0)).toBe(true)
    expect(isEligible(survey('a', { type: 'pageview' }, { sampling: b }), env, localStorage, '', '/', 0)).toBe(false)
    recordDisplay(localStorage, 's', 'a', 'shown', 90, 1000)
    expect(isEligible(survey('a', { type: 'pageview' }), env, localStorage, '', '/', 2000)).toBe(false)
  })

  it('localStorage blocked: no automatic survey (it could not be throttled), and nothing thrown', () => {
    resetTriggers()
    const real = Object.getOwnPropertyDescriptor(window, 'localStorage')!
    Object.defineProperty(window, 'localStorage', { configurable: true, get: () => { throw new DOMException('denied', 'SecurityError') } })
    try {
      const run = vi.fn()
      expect(() => triggers([survey('a', { type: 'pageview' })], { site: 's', run })).not.toThrow()
      expect(run).not.toHaveBeenCalled()
    } finally {
      Object.defineProperty(window, 'localStorage', real)
    }
  })

  it('identified: the server already throttled and sampled', () => {
    recordDisplay(localStorage, 's', 'a', 'shown', 90, 1000)
    const s = survey('a', { type: 'pageview' }, { sampling: 0 })
    expect(isEligible(s, { ...env, customer: { id: 'c1' } }, localStorage, '', '/', 1)).toBe(true)
  })
})

describe('triggers', () => {
  beforeEach(() => {
    localStorage.clear()
    resetTriggers()
    vi.useFakeTimers()
  })
  afterEach(() => vi.useRealTimers())

  it('page view shows the first due survey, and only one per page', () => {
    const run = vi.fn()
    triggers([survey('a', { type: 'pageview', url: { match: 'contains', value: '/nowhere' } }), survey('b', { type: 'pageview' }), survey('c', { type: 'pageview' })], { site: 's', run })
    expect(run.mock.calls.map((c) => c[0].id)).toEqual(['b'])
  })

  it('delay waits, event waits for its event, manual never fires', () => {
    const run = vi.fn()
    const list = [survey('m', { type: 'manual' }), survey('d', { type: 'delay', delayMs: 5000 }), survey('e', { type: 'event', event: 'purchase' })]
    triggers(list, { site: 's', run })
    triggers(list, { site: 's', run }, 'login')
    expect(run).not.toHaveBeenCalled()
    triggers(list, { site: 's', run }, 'purchase')
    expect(run.mock.calls.map((c) => c[0].id)).toEqual(['e'])
    vi.advanceTimersByTime(5000)
    expect(run).toHaveBeenCalledTimes(1) // one per page
  })

  it('delay fires after its time', () => {
    const run = vi.fn()
    triggers([survey('d', { type: 'delay', delayMs: 3000 })], { site: 's', run })
    vi.advanceTimersByTime(2999)
    expect(run).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(run).toHaveBeenCalledTimes(1)
  })

  it('exit intent: the pointer leaving through the top of the window', () => {
    const run = vi.fn()
    triggers([survey('x', { type: 'exit_intent' })], { site: 's', run })
    document.dispatchEvent(new MouseEvent('mouseout', { clientY: 200, bubbles: true }))
    expect(run).not.toHaveBeenCalled()
    document.dispatchEvent(new MouseEvent('mouseout', { clientY: -1, bubbles: true }))
    expect(run).toHaveBeenCalledTimes(1)
  })
})
