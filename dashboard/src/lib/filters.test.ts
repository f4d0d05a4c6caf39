import { describe, expect, it } from 'vitest'
import { activeCount, apiQuery, filtersFromQuery } from './filters.ts'
import { parseDay, DAY } from './period.ts'

describe('response filters', () => {
  it('passes a score band by name (the API limits it to NPS), never as a bare score range', () => {
    expect(apiQuery({ band: 'detractor' })).toEqual({ band: 'detractor' })
    expect(apiQuery({ band: 'promoter' })).toEqual({ band: 'promoter' })
    expect(apiQuery({ band: 'nonsense' })).toEqual({})
    expect(apiQuery({ band: 'constructor' })).toEqual({})
  })

  it('includes the last day: "to" becomes the next midnight', () => {
    const q = apiQuery({ from: '2026-11-01', to: '2026-11-07' })
    expect(Number(q.from)).toBe(parseDay('2026-11-01'))
    expect(Number(q.to)).toBe(parseDay('2026-11-07')! + DAY)
  })

  it('passes text filters through and drops empty ones', () => {
    const f = filtersFromQuery(new URLSearchParams('q=%20slow%20&topic=pricing&sentiment=&unknown=1'))
    expect(f).toEqual({ q: 'slow', topic: 'pricing' })
    expect(apiQuery(f)).toEqual({ q: 'slow', topic: 'pricing' })
    expect(activeCount(f)).toBe(2)
  })

  it('leaves out a topic the taxonomy no longer has, once the taxonomy is known', () => {
    expect(apiQuery({ topic: 'competitor', q: 'x' }, ['pricing'])).toEqual({ q: 'x' })
    expect(apiQuery({ topic: 'pricing' }, ['pricing'])).toEqual({ topic: 'pricing' })
    expect(apiQuery({ topic: 'competitor' }, null)).toEqual({ topic: 'competitor' })
  })
})

