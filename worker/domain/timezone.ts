// A workspace's time zone (an IANA name, "Asia/Shanghai"): its reports count days from local
// midnight, so a team in Shanghai does not see its mornings filed under the day before.

/** Whether `name` is a time zone this runtime knows ("Asia/Shanghai", "UTC"). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name })
    return true
  } catch {
    return false
  }
}

/** Minutes the zone's clocks are ahead of UTC at `at` (Shanghai +480, New York -300 or -240). */
export function utcOffsetMinutes(timeZone: string, at: number): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
    .formatToParts(new Date(at))
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value)
  const local = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'))
  return Math.round((local - Math.floor(at / 1000) * 1000) / 60_000)
}

/** Epoch ms of local midnight starting the calendar day y-m-d in `timeZone` (m 1-12; overflowing days and months roll on). */
export function localMidnight(timeZone: string, y: number, m: number, d: number): number {
  const wall = Date.UTC(y, m - 1, d)
  const offsetAt = (t: number) => utcOffsetMinutes(timeZone, t) * 60_000
  // The offset at the guess, then at the answer: right across a daylight-saving change.
  return wall - offsetAt(wall - offsetAt(wall))
}
