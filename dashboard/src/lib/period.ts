// The period picker's arithmetic: presets of 7 / 30 / 90 days ending today, or a custom range of
// whole days (both ends included). Times are epoch ms; days are local calendar days.
export type Preset = '7' | '30' | '90'
export const PRESETS: Preset[] = ['7', '30', '90']
export const DAY = 86_400_000

export interface Period {
  preset: Preset | 'custom'
  from: number
  to: number // exclusive
}

function startOfDay(t: number): number {
  const d = new Date(t)
  d.setHours(0, 0, 0, 0)
  return d.getTime()
}

function addDays(t: number, days: number): number {
  const d = new Date(t)
  d.setDate(d.getDate() + days)
  return d.getTime()
}

export function presetPeriod(preset: Preset, now: number): Period {
  const to = addDays(startOfDay(now), 1)
  return { preset, from: addDays(to, -Number(preset)), to }
}

export function dayString(t: number): string {
  const d = new Date(t)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

export function parseDay(s: string | null): number | null {
  const m = s && /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  if (!m) return null
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  return d.getMonth() === Number(m[2]) - 1 ? d.getTime() : null
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
