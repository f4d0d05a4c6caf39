import { describe, expect, it } from 'vitest'
import { isTimeZone, utcOffsetMinutes } from './timezone.ts'
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
})
