// Reading a time written as ISO-8601 (2026-11-20, 2026-11-20T10:00:00Z, 2026-11-20T18:00+08:00).
// Date.parse rolls impossible dates over (2026-02-30 reads as 2 March) and reads loose English
// ("Nov 31 2026") as it likes, so a typo would silently become another day in every figure.
// Here a date must exist in the calendar and the clock must be a real time of day, or it is no
// time at all. A time without an offset is UTC.

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
const daysIn = (y: number, month: number) => (month === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[month - 1])

/** Minutes ahead of UTC for "Z", "+08:00", "-0530", "+08"; null for an offset no zone has. */
function offsetMinutes(text: string | undefined): number | null {
  if (!text || text === 'Z' || text === 'z') return 0
  const sign = text[0] === '-' ? -1 : 1
  const digits = text.slice(1).replace(':', '')
  const hours = Number(digits.slice(0, 2))
  const minutes = Number(digits.slice(2) || '0')
  return hours > 23 || minutes > 59 ? null : sign * (hours * 60 + minutes)
}

/** Epoch ms of an ISO-8601 date or date-time, or null when it is malformed or names no real moment. */
export function parseIsoTime(text: string): number | null {
  const m = ISO.exec(text.trim())
  if (!m) return null
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const [hour, minute, second] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)]
  const ms = m[7] ? Number(m[7].padEnd(3, '0').slice(0, 3)) : 0
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null
  // 24:00 is the end of the day (ISO-8601 allows it); 24:30 or 10:61 is no time.
  if (hour > 24 || minute > 59 || second > 59 || (hour === 24 && (minute || second || ms))) return null
  const offset = offsetMinutes(m[8])
  if (offset === null) return null
  const at = new Date(0)
  at.setUTCFullYear(year, month - 1, day)
  at.setUTCHours(hour, minute, second, ms)
  return at.getTime() - offset * 60_000
}
