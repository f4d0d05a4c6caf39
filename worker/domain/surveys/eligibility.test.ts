import { describe, expect, it } from 'vitest'
import { blockedUntil, eligibleSurveys, fnv1a, frequencyAllows, inSample, matchesTargeting, type EligibilityInput } from './eligibility.ts'
import type { SurveyDefinition } from './types.ts'

const DAY = 86_400_000
const now = Date.parse('2026-11-23T12:00:00Z')
const survey = (over: Partial<SurveyDefinition> = {}): SurveyDefinition => ({
  id: 'srv_a', kind: 'nps', name: 'NPS', status: 'active', version: 1, content: { locales: { en: { question: 'Q' } } },
  trigger: { type: 'manual' }, targeting: null, frequency: { mode: 'until_answered' }, sampling: 100, recontactDays: null, locales: ['en'], ...over,
})
const input = (over: Partial<EligibilityInput> = {}): EligibilityInput => ({
  now, personId: 'cust-1', traits: {}, lastSurveyedAt: null, lastLaterAt: null, recontactDays: 90, history: new Map(), ...over,
})

describe('sampling', () => {
  it('is FNV-1a (the widget computes the same) and sticky per person and survey', () => {
    expect(fnv1a('')).toBe(0x811c9dc5)
    expect(fnv1a('a')).toBe(0xe40c292c)
    const inside = Array.from({ length: 1000 }, (_, i) => inSample(`p${i}`, 'srv_a', 30)).filter(Boolean).length
    expect(inside).toBeGreaterThan(240)
    expect(inside).toBeLessThan(360)
    expect(inSample('p7', 'srv_a', 30)).toBe(inSample('p7', 'srv_a', 30))
    expect(inSample('p7', 'srv_a', 0)).toBe(false)
    expect(inSample('p7', 'srv_a', 100)).toBe(true)
  })
})

describe('throttling', () => {
  it('no survey within the recontact period of the last one shown or dismissed', () => {
    expect(eligibleSurveys([survey()], input({ lastSurveyedAt: now - 10 * DAY }))).toEqual([])
    expect(eligibleSurveys([survey()], input({ lastSurveyedAt: now - 91 * DAY }))).toHaveLength(1)
    expect(blockedUntil(input({ lastSurveyedAt: now - 10 * DAY }))).toBe(now + 80 * DAY)
    // A survey's own recontact period overrides the workspace's.
    expect(eligibleSurveys([survey({ recontactDays: 7 })], input({ lastSurveyedAt: now - 10 * DAY }))).toHaveLength(1)
  })

  it('"ask me later" snoozes for three days, not the whole period', () => {
    expect(eligibleSurveys([survey()], input({ lastLaterAt: now - DAY }))).toEqual([])
    expect(eligibleSurveys([survey()], input({ lastLaterAt: now - 4 * DAY }))).toHaveLength(1)
  })

  it('exit surveys answer a cancel click whatever the throttling says', () => {
    expect(eligibleSurveys([survey({ kind: 'exit', frequency: { mode: 'once' } })], input({ lastSurveyedAt: now - DAY, history: new Map([['srv_a', { lastShownAt: now - DAY, lastLaterAt: null, answered: true }]]) }))).toHaveLength(1)
  })

  it('per-survey frequency: once, until answered, every N days', () => {
    const shown = { lastShownAt: now - 10 * DAY, lastLaterAt: null, answered: false }
    expect(frequencyAllows({ mode: 'once' }, shown, now)).toBe(false)
    expect(frequencyAllows({ mode: 'until_answered' }, shown, now)).toBe(true)
    expect(frequencyAllows({ mode: 'until_answered' }, { ...shown, answered: true }, now)).toBe(false)
    expect(frequencyAllows({ mode: 'every', days: 7 }, shown, now)).toBe(true)
    expect(frequencyAllows({ mode: 'every', days: 30 }, shown, now)).toBe(false)
    expect(frequencyAllows({ mode: 'once' }, { lastShownAt: null, lastLaterAt: null, answered: false }, now)).toBe(true)
  })

  it('paused surveys are never eligible', () => {
    expect(eligibleSurveys([survey({ status: 'paused' })], input())).toEqual([])
  })
})

describe('targeting', () => {
  it('all trait rules must hold', () => {
    const t = { traits: [{ key: 'plan', op: 'in' as const, value: ['pro', 'business'] }, { key: 'seats', op: 'gt' as const, value: 5 }] }
    expect(matchesTargeting(t, { plan: 'pro', seats: 10 })).toBe(true)
    expect(matchesTargeting(t, { plan: 'pro', seats: 2 })).toBe(false)
    expect(matchesTargeting(t, { plan: 'starter', seats: 10 })).toBe(false)
    expect(matchesTargeting({ traits: [{ key: 'email', op: 'exists' }] }, {})).toBe(false)
    expect(matchesTargeting(null, {})).toBe(true)
  })
})
