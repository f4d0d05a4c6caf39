// The period picker's arithmetic: presets of 7 / 30 / 90 days ending today, or a custom range of
// whole days (both ends included). Times are epoch ms; days are calendar days in the workspace's
// time zone (Settings: "days start at midnight in this time zone"), never the browser's, so a
// teammate in Los Angeles and one in Shanghai ask the API for the same day.
import { localMidnight, utcOffsetMinutes } from '../../../worker/domain/timezone.ts'

export type Preset = '7' | '30' | '90'
export const PRESETS: Preset[] = ['7', '30', '90']
export const DAY = 86_400_000

export interface Period {
  preset: Preset | 'custom'
  from: number
  to: number // exclusive
}

let zone = 'UTC'

/** The workspace's IANA zone, set once the workspace is loaded (and when Settings change it). */
export function setWorkspaceZone(timeZone: string | undefined) {
  zone = timeZone || 'UTC'
}

export function workspaceZone(): string {
  return zone
}

const offsetAt = (t: number) => utcOffsetMinutes(zone, t) * 60_000

const midnight = (y: number, m: number, d: number) => localMidnight(zone, y, m, d)

function ymd(t: number): [number, number, number] {
  const d = new Date(t + offsetAt(t))
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]
}

function startOfDay(t: number): number {
  return midnight(...ymd(t))
}

/** Local midnight `days` calendar days after the day holding `t` (23 or 25 hours across DST). */
export function addDays(t: number, days: number): number {
  const [y, m, d] = ymd(t)
  return midnight(y, m, d + days)
}

export function presetPeriod(preset: Preset, now: number): Period {
  const to = addDays(startOfDay(now), 1)
  return { preset, from: addDays(to, -Number(preset)), to }
}

export function dayString(t: number): string {
  const [y, m, d] = ymd(t)
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

export function parseDay(s: string | null): number | null {
  const m = s && /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (new Date(Date.UTC(y, mo - 1, d)).getUTCMonth() !== mo - 1) return null
  return midnight(y, mo, d)
}

// From the URL: ?period=7|30|90 or ?from=YYYY-MM-DD&to=YYYY-MM-DD; 30 days otherwise.
export function periodFromQuery(q: URLSearchParams, now: number): Period {
  const from = parseDay(q.get('from'))
  const to = parseDay(q.get('to'))
  if (from !== null && to !== null && from <= to) return { preset: 'custom', from, to: addDays(to, 1) }
  const p = q.get('period')
  return presetPeriod(p === '7' || p === '90' ? p : '30', now)
}

export function periodToQuery(p: Period): Record<string, string> {
  return p.preset === 'custom' ? { from: dayString(p.from), to: dayString(addDays(p.to, -1)) } : { period: p.preset }
}

// Daily points up to five weeks, weekly beyond, so a chart never has hundreds of points.
export function bucketFor(p: Period): 'day' | 'week' {
  return p.to - p.from <= 35 * DAY ? 'day' : 'week'
}
