import { describe, expect, it } from 'vitest'
import { parseIsoTime } from './iso-time.ts'

describe('parseIsoTime', () => {
  it('reads dates and date-times, with or without an offset (none is UTC)', () => {
    expect(parseIsoTime('2026-11-20')).toBe(Date.UTC(2026, 10, 20))
    expect(parseIsoTime('2026-11-20T10:00:00Z')).toBe(Date.UTC(2026, 10, 20, 10))
    expect(parseIsoTime('2026-11-20T10:00')).toBe(Date.UTC(2026, 10, 20, 10))
    expect(parseIsoTime('2026-11-20 10:00:05.25')).toBe(Date.UTC(2026, 10, 20, 10, 0, 5, 250))
    expect(parseIsoTime('2026-11-20T18:00:00+08:00')).toBe(Date.UTC(2026, 10, 20, 10))
    expect(parseIsoTime('2026-11-20T04:30:00-0530')).toBe(Date.UTC(2026, 10, 20, 10))
    expect(parseIsoTime('2026-11-20T24:00:00Z')).toBe(Date.UTC(2026, 10, 21))
    expect(parseIsoTime('2028-02-29')).toBe(Date.UTC(2028, 1, 29))
    expect(parseIsoTime('2000-02-29')).toBe(Date.UTC(2000, 1, 29))
    // The same moment as Date.parse reads every valid ISO form.
    for (const s of ['2026-11-20T10:00:00.123Z', '2026-01-31T23:59:59+01:00', '2024-12-31']) expect(parseIsoTime(s)).toBe(Date.parse(s))
  })

  it('refuses dates the calendar does not have instead of rolling them over', () => {
    // Date.parse reads these as 2 March, 1 March and 1 May.
    for (const s of ['2026-02-30', '2026-02-29', '2026-04-31T10:00:00Z', '2100-02-29', '2026-13-01', '2026-00-10', '2026-11-00']) expect(parseIsoTime(s), s).toBeNull()
  })

  it('refuses impossible clock times, offsets and anything not ISO-8601', () => {
    for (const s of ['2026-11-20T25:00:00Z', '2026-11-20T24:30:00Z', '2026-11-20T10:60:00Z', '2026-11-20T10:00:61Z', '2026-11-20T10:00:00+24:00',
      'Nov 31 2026', 'Fri, 20 Nov 2026 10:00:00 GMT', '20/11/2026', '2026-11', '2026-11-20T', 'yesterday', '']) expect(parseIsoTime(s), s).toBeNull()
  })
})
