// A customer's story in one list, newest first: answers, alerts, tier changes, churns and returns.
import type { Alert, CustomerDetail, ResponseItem, Timeline } from './types.ts'

export type TimelineEvent =
  | { at: number; type: 'response'; response: ResponseItem }
  | { at: number; type: 'alert'; alert: Alert }
  | { at: number; type: 'tier'; from: string | null; to: string; score: number }
  | { at: number; type: 'churn'; reason: string | null }
  | { at: number; type: 'return' }
  | { at: number; type: 'first_seen' }

export function dayToTime(day: string): number {
  const [y, m, d] = day.split('-').map(Number)
  return Date.UTC(y, (m || 1) - 1, d || 1)
}

export function buildTimeline(customer: Pick<CustomerDetail, 'firstSeenAt' | 'churnedAt' | 'churnReason'>, tl: Partial<Timeline>): TimelineEvent[] {
  const events: TimelineEvent[] = []
  for (const r of tl.responses ?? []) events.push({ at: r.createdAt, type: 'response', response: r })
  for (const a of tl.alerts ?? []) events.push({ at: a.createdAt, type: 'alert', alert: a })
  let prev: string | null = null
  for (const p of [...(tl.risk ?? [])].sort((a, b) => a.day.localeCompare(b.day))) {
    if (p.tier !== prev) events.push({ at: dayToTime(p.day), type: 'tier', from: prev, to: p.tier, score: p.score })
    prev = p.tier
  }
  if (tl.churns) {
    for (const ch of tl.churns) {
      events.push({ at: ch.churnedAt, type: 'churn', reason: ch.reason })
      if (ch.returnedAt != null) events.push({ at: ch.returnedAt, type: 'return' })
    }
  } else if (customer.churnedAt) events.push({ at: customer.churnedAt, type: 'churn', reason: customer.churnReason })
  if (customer.firstSeenAt) events.push({ at: customer.firstSeenAt, type: 'first_seen' })
  return events.sort((a, b) => b.at - a.at)
}

// The risk line: a point is stored only when the score moves, so the last score holds until today.
export function riskLine(risk: Timeline['risk'], today: string): { day: string; score: number }[] {
  const points = [...risk].sort((a, b) => a.day.localeCompare(b.day)).map(({ day, score }) => ({ day, score }))
  const last = points[points.length - 1]
  return last && last.day < today ? [...points, { day: today, score: last.score }] : points
}
