import { afterEach, describe, expect, it } from 'vitest'
import { DAY, addDays, bucketFor, dayString, parseDay, periodFromQuery, periodToQuery, presetPeriod, setWorkspaceZone } from './period.ts'
import { apiQuery } from './filters.ts'

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

describe("days in the workspace's time zone, whatever the browser's", () => {
  const browserZone = process.env.TZ
  afterEach(() => {
    process.env.TZ = browserZone
    setWorkspaceZone('UTC')
  })

  it('a browser in Los Angeles asks for UTC days when the workspace is on UTC', () => {
    process.env.TZ = 'America/Los_Angeles'
    setWorkspaceZone('UTC')
    expect(apiQuery({ from: '2026-12-03', to: '2026-12-03' })).toEqual({ from: String(Date.UTC(2026, 11, 3)), to: String(Date.UTC(2026, 11, 4)) })
    // 21:00 on 3 December in Los Angeles is already 4 December in UTC: the trend ends with the 4th.
    const p = presetPeriod('7', Date.UTC(2026, 11, 4, 5))
    expect(p.to).toBe(Date.UTC(2026, 11, 5))
    expect(dayString(p.to - 1)).toBe('2026-12-04')
  })

  it("counts from midnight in the workspace's zone (Shanghai, 8 hours ahead)", () => {
    setWorkspaceZone('Asia/Shanghai')
    expect(parseDay('2026-12-03')).toBe(Date.UTC(2026, 11, 2, 16))
    expect(dayString(Date.UTC(2026, 11, 2, 16))).toBe('2026-12-03')
    expect(dayString(Date.UTC(2026, 11, 2, 15, 59))).toBe('2026-12-02')
  })

  it('a day across a daylight-saving change is 23 or 25 hours long', () => {
    setWorkspaceZone('America/New_York')
    const start = parseDay('2026-03-08')!
    expect(start).toBe(Date.UTC(2026, 2, 8, 5))
    expect(addDays(start, 1) - start).toBe(23 * 3_600_000)
    const p = periodFromQuery(new URLSearchParams('from=2026-11-01&to=2026-11-01'), 0)
    expect(p.to - p.from).toBe(25 * 3_600_000)
  })
})
