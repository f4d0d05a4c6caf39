import { describe, expect, it } from 'vitest'
import { DAY, bucketFor, dayString, parseDay, periodFromQuery, periodToQuery, presetPeriod } from './period.ts'

const NOW = new Date(2026, 10, 23, 15, 30).getTime()

describe('period', () => {
  it('a preset ends at the end of today and spans whole days', () => {
    const p = presetPeriod('7', NOW)
    expect(dayString(p.to)).toBe('2026-11-24')
    expect(dayString(p.from)).toBe('2026-11-17')
    expect(Math.round((p.to - p.from) / DAY)).toBe(7)
  })

  it('reads a custom range with both days included', () => {
    const p = periodFromQuery(new URLSearchParams('from=2026-10-01&to=2026-10-31'), NOW)
    expect(p.preset).toBe('custom')
    expect(dayString(p.from)).toBe('2026-10-01')
    expect(dayString(p.to)).toBe('2026-11-01')
    expect(periodToQuery(p)).toEqual({ from: '2026-10-01', to: '2026-10-31' })
  })

  it('falls back to 30 days for a reversed or broken range', () => {
    expect(periodFromQuery(new URLSearchParams('from=2026-10-31&to=2026-10-01'), NOW).preset).toBe('30')
    expect(periodFromQuery(new URLSearchParams('period=banana'), NOW).preset).toBe('30')
    expect(periodFromQuery(new URLSearchParams('period=90'), NOW).preset).toBe('90')
  })

  it('refuses impossible dates', () => {
    expect(parseDay('2026-02-30')).toBeNull()
    expect(parseDay('26-1-1')).toBeNull()
    expect(parseDay('2026-02-28')).not.toBeNull()
  })

  it('draws daily points up to five weeks, weekly beyond', () => {
    expect(bucketFor(presetPeriod('30', NOW))).toBe('day')
    expect(bucketFor(presetPeriod('90', NOW))).toBe('week')
  })
})
