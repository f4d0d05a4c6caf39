import { beforeEach, describe, expect, it } from 'vitest'
import type { Survey } from '../types.ts'
import { DAY, LATER_DAYS, blockedUntil, isDue, readLog, recordDisplay } from './throttle.ts'

const survey = (frequency: Survey['frequency']): Survey =>
  ({ id: 'srv_1', kind: 'nps', frequency, trigger: { type: 'pageview' } }) as Survey
const T0 = Date.UTC(2026, 0, 1)

describe('anonymous throttling in localStorage', () => {
  beforeEach(() => localStorage.clear())

  it('a never-shown survey is due and nothing is blocked', () => {
    expect(isDue(survey({ mode: 'once' }), readLog(localStorage, 's'), T0)).toBeTruthy()
    expect(blockedUntil(localStorage, 's')).toBe(0)
  })

  it('showing blocks every survey for the recontact period', () => {
    recordDisplay(localStorage, 's', 'srv_1', 'shown', 90, T0)
    expect(blockedUntil(localStorage, 's')).toBe(T0 + 90 * DAY)
    // Another site's state is separate.
    expect(blockedUntil(localStorage, 'other')).toBe(0)
  })

  it('once: never again after shown', () => {
    recordDisplay(localStorage, 's', 'srv_1', 'shown', 90, T0)
    expect(isDue(survey({ mode: 'once' }), readLog(localStorage, 's'), T0 + 400 * DAY)).toBeFalsy()
  })

  it('until_answered: again until an answer is recorded', () => {
    const s = survey({ mode: 'until_answered' })
    recordDisplay(localStorage, 's', 'srv_1', 'dismissed', 90, T0)
    expect(isDue(s, readLog(localStorage, 's'), T0 + DAY)).toBeTruthy()
    recordDisplay(localStorage, 's', 'srv_1', 'answered', 90, T0 + DAY)
    expect(isDue(s, readLog(localStorage, 's'), T0 + 2 * DAY)).toBeFalsy()
  })

  it('every N days: due again only after N days', () => {
    const s = survey({ mode: 'every', days: 30 })
    recordDisplay(localStorage, 's', 'srv_1', 'shown', 90, T0)
    expect(isDue(s, readLog(localStorage, 's'), T0 + 29 * DAY)).toBeFalsy()
    expect(isDue(s, readLog(localStorage, 's'), T0 + 30 * DAY)).toBeTruthy()
  })

  it('ask me later snoozes for a few days and keeps a "once" survey eligible', () => {
    recordDisplay(localStorage, 's', 'srv_1', 'shown', 90, T0)
    localStorage.clear()
    recordDisplay(localStorage, 's', 'srv_1', 'later', 90, T0)
    expect(blockedUntil(localStorage, 's')).toBe(T0 + LATER_DAYS * DAY)
    expect(isDue(survey({ mode: 'once' }), readLog(localStorage, 's'), T0 + LATER_DAYS * DAY)).toBeTruthy()
  })

  it('ask me later takes back the recontact period its own showing started (README: 3 days)', () => {
    const before = blockedUntil(localStorage, 's') || 0
    recordDisplay(localStorage, 's', 'srv_1', 'shown', 90, T0)
    expect(blockedUntil(localStorage, 's')).toBe(T0 + 90 * DAY)
    recordDisplay(localStorage, 's', 'srv_1', 'later', 90, T0 + 60_000, before)
    expect(blockedUntil(localStorage, 's')).toBe(T0 + 60_000 + LATER_DAYS * DAY)
  })

  it('ask me later keeps a longer block from before the showing (a show() during it)', () => {
    recordDisplay(localStorage, 's', 'srv_1', 'shown', 90, T0)
    const before = blockedUntil(localStorage, 's')
    recordDisplay(localStorage, 's', 'srv_2', 'shown', 90, T0 + DAY)
    recordDisplay(localStorage, 's', 'srv_2', 'later', 90, T0 + DAY, before)
    expect(blockedUntil(localStorage, 's')).toBe(T0 + 90 * DAY)
  })

  it('never shortens an existing block', () => {
    recordDisplay(localStorage, 's', 'srv_1', 'shown', 90, T0)
    recordDisplay(localStorage, 's', 'srv_2', 'later', 90, T0 + DAY)
    expect(blockedUntil(localStorage, 's')).toBe(T0 + 90 * DAY)
  })
})
