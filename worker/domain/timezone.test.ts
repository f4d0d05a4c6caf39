import { describe, expect, it } from 'vitest'
import { isTimeZone, utcOffsetMinutes, localMidnight } from './timezone.ts'
import { resolveSettings } from './settings.ts'

describe('time zones', () => {
  it('knows IANA names and nothing else', () => {
    for (const name of ['UTC', 'Asia/Shanghai', 'Asia/Taipei', 'America/New_York', 'Europe/Berlin']) expect(isTimeZone(name), name).toBe(true)
    for (const name of ['Mars/Olympus', 'GMT+25', '', 'constructor']) expect(isTimeZone(name), name).toBe(false)
  })
  it('gives the offset at a moment, daylight saving included', () => {
    const winter = Date.UTC(2026, 0, 15, 12), summer = Date.UTC(2026, 6, 15, 12)
    expect(utcOffsetMinutes('UTC', winter)).toBe(0)
    expect(utcOffsetMinutes('Asia/Shanghai', winter)).toBe(480)
    expect(utcOffsetMinutes('Asia/Kolkata', summer)).toBe(330)
    expect(utcOffsetMinutes('America/New_York', winter)).toBe(-300)
    expect(utcOffsetMinutes('America/New_York', summer)).toBe(-240)
    expect(utcOffsetMinutes('Europe/Berlin', summer)).toBe(120)
  })
  it('reads a saved zone the runtime does not know as UTC, and a known one as saved', () => {
    expect(resolveSettings({ timezone: 'Mars/Olympus' }).timezone).toBe('UTC')
    expect(resolveSettings({ timezone: 'Asia/Taipei' }).timezone).toBe('Asia/Taipei')
    expect(resolveSettings(null).timezone).toBe('UTC')
  })
  it('finds local midnight on a calendar day, at the offset of that day, and rolls over months', () => {
    expect(new Date(localMidnight('America/Los_Angeles', 2026, 10, 1)).toISOString()).toBe('2026-10-01T07:00:00.000Z')
    expect(new Date(localMidnight('America/Los_Angeles', 2026, 12, 1)).toISOString()).toBe('2026-12-01T08:00:00.000Z')
    expect(new Date(localMidnight('Asia/Shanghai', 2026, 1, 1)).toISOString()).toBe('2025-12-31T16:00:00.000Z')
    expect(localMidnight('UTC', 2026, 13, 1)).toBe(Date.parse('2027-01-01T00:00:00Z'))
  })
})
