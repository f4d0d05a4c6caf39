import { describe, expect, it } from 'vitest'
import { keyDrivers } from './drivers.ts'
import { emergingThemes } from './themes.ts'
import { DEFAULT_TAXONOMY } from './taxonomy.ts'
import { EXIT_REASON_TOPIC, weakLabel, weakTeaching } from './weak-label.ts'
import { EXIT_REASONS } from '../surveys/types.ts'

describe('key drivers', () => {
  it('computes NPS with and without a topic by hand', () => {
    const rows = [
      { score: 10, kind: 'nps' as const, topics: ['support'] },
      { score: 2, kind: 'nps' as const, topics: ['pricing'] },
      { score: 3, kind: 'nps' as const, topics: ['pricing', 'support'] },
      { score: 9, kind: 'nps' as const, topics: [] },
    ]
    const pricing = keyDrivers(rows).find((d) => d.topic === 'pricing')!
    // With pricing: 2 detractors of 2 -> -100. Without: 2 promoters of 2 -> +100.
    expect(pricing).toMatchObject({ mentions: 2, withTopic: -100, without: 100, impact: -200 })
    const support = keyDrivers(rows).find((d) => d.topic === 'support')!
    // With support: 1 promoter, 1 detractor -> 0. Without: 1 promoter, 1 detractor -> 0.
    expect(support.impact).toBe(0)
    expect(keyDrivers(rows)[0].topic).toBe('pricing')
  })
  it('computes CSAT as the share of 4-5 answers', () => {
    const d = keyDrivers([{ score: 5, kind: 'csat', topics: ['support'] }, { score: 1, kind: 'csat', topics: [] }])
    expect(d[0]).toMatchObject({ kind: 'csat', withTopic: 100, without: 0, impact: 100 })
  })
})

describe('weak labels', () => {
  it('maps scores to weak sentiment labels', () => {
    expect(weakLabel({ kind: 'nps', score: 9 })).toBe('pos')
    expect(weakLabel({ kind: 'nps', score: 7 })).toBeNull()
    expect(weakLabel({ kind: 'nps', score: 6 })).toBe('neg')
    expect(weakLabel({ kind: 'csat', score: 4 })).toBe('pos')
    expect(weakLabel({ kind: 'csat', score: 3 })).toBeNull()
    expect(weakLabel({ kind: 'csat', score: 2 })).toBe('neg')
    expect(weakLabel({ kind: 'ces', score: 2 })).toBe('pos')
    expect(weakLabel({ kind: 'ces', score: 6 })).toBe('neg')
    expect(weakLabel({ kind: 'exit', reason: 'too expensive' })).toBe('neg')
    expect(weakLabel({ kind: 'nps' })).toBeNull()
  })
  it('an exit reason named like a built-in name ("constructor") names no topic', () => {
    expect(weakTeaching({ kind: 'exit', reason: 'constructor' }, new Set(DEFAULT_TAXONOMY.map((t) => t.id)))).toEqual({ sentiment: 'neg' })
  })
  it('an exit reason that names a topic the workspace has labels the comment beside it with that topic', () => {
    const ids = new Set(DEFAULT_TAXONOMY.map((t) => t.id))
    expect(weakTeaching({ kind: 'exit', reason: 'too_expensive' }, ids)).toEqual({ sentiment: 'neg', topics: ['pricing'] })
    expect(weakTeaching({ kind: 'exit', reason: 'no_longer_needed' }, ids)).toEqual({ sentiment: 'neg' })
    // A workspace that removed the topic: sentiment only.
    expect(weakTeaching({ kind: 'exit', reason: 'too_expensive' }, new Set(['support']))).toEqual({ sentiment: 'neg' })
    expect(weakTeaching({ kind: 'nps', score: 10 }, ids)).toEqual({ sentiment: 'pos' })
    expect(weakTeaching({ kind: 'nps', score: 8 }, ids)).toBeNull()
    // Every mapped reason is a real exit reason, and every topic a default one.
    for (const [reason, topic] of Object.entries(EXIT_REASON_TOPIC)) {
      expect(EXIT_REASONS).toContain(reason)
      expect(ids.has(topic)).toBe(true)
    }
  })
})

describe('emerging themes', () => {
  const c = (id: string, text: string) => ({ id, text, topics: [] })
  it('groups variants of an uncovered phrase and reports the trend', () => {
    const recent = [c('a', 'Calendar sync doubles events'), c('b', 'the calendar sync doubled my meetings'), c('c', 'double events since calendar syncing'), c('d', 'too expensive'), c('e', 'too expensive')]
    const themes = emergingThemes({ recent, previous: [c('p', 'calendar sync is fine'), c('q', 'hello')], taxonomy: DEFAULT_TAXONOMY, minCount: 2 })
    const cal = themes.find((t) => t.phrase.includes('calendar'))!
    expect(cal.count).toBe(3)
    expect(cal.previous).toBe(1)
    expect(cal.trend).toBeCloseTo(10, 5) // 3/5 now vs 1/2 before: +10 points
    expect(cal.examples).toEqual(['a', 'b', 'c'])
    // All three comments are one complaint (calendar sync doubling events): one theme, its wordings variants.
    // (Not "duplicates": duplicated data is a reliability keyword, so no longer uncovered.)
    expect(cal.variants).toEqual(expect.arrayContaining(['sync doubles', 'doubles events']))
    expect(themes.filter((t) => t.phrase.includes('doubl'))).toEqual([])
    // "expensive" is a pricing keyword, so it is not emerging.
    expect(themes.some((t) => t.phrase.includes('expensive'))).toBe(false)
  })
  it('finds Chinese themes', () => {
    const recent = ['日历同步出问题', '日历同步又重复', '日历同步太烦'].map((t, i) => c(String(i), t))
    const themes = emergingThemes({ recent, previous: [], taxonomy: DEFAULT_TAXONOMY, minCount: 3 })
    // The whole recurring phrase, not its fragments (日历, 历同).
    expect(themes.map((t) => t.phrase)).toEqual(['日历同步'])
  })
})
