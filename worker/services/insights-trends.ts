// GET /v1/insights/trends: NPS, CSAT, CES and answer counts per day or ISO week (Monday start),
// every bucket of the period present (null where nobody answered) so charts need no gap logic.
import { cesFromCounts, csatFromCounts, npsFromCounts, type ScoreCounts } from '../domain/metrics/index.ts'
import { isoDay } from './risk-facts.ts'
import { bucketCounts, type Bucket } from './rollups.ts'

export type { Bucket }

const DAY = 86_400_000
const SCORED = new Set(['nps', 'csat', 'ces'])

/** Start day of the bucket holding `t`. */
export function bucketOf(t: number, bucket: Bucket): string {
  if (bucket === 'day') return isoDay(t)
  const weekday = (new Date(t).getUTCDay() + 6) % 7
  return isoDay(t - weekday * DAY)
}

export async function insightsTrends(db: D1Database, workspaceId: string, from: number, to: number, bucket: Bucket) {
  const { results } = await bucketCounts(db, workspaceId, from, to, bucket).all<{ bucket: string; kind: string; score: number; n: number }>()
  const counts = new Map<string, ScoreCounts>()
  const totals = new Map<string, number>()
  for (const r of results) {
    totals.set(r.bucket, (totals.get(r.bucket) ?? 0) + r.n)
    if (r.score < 0 || !SCORED.has(r.kind)) continue
    const key = `${r.bucket}|${r.kind}`
    counts.set(key, [...(counts.get(key) ?? []), { score: r.score, n: r.n }])
  }
  const data = []
  const step = bucket === 'day' ? DAY : 7 * DAY
  for (let t = Date.parse(`${bucketOf(from, bucket)}T00:00:00Z`); t < to; t += step) {
    const key = isoDay(t)
    data.push({
      bucket: key,
      nps: npsFromCounts(counts.get(`${key}|nps`) ?? []).value,
      csat: csatFromCounts(counts.get(`${key}|csat`) ?? []).value,
      ces: cesFromCounts(counts.get(`${key}|ces`) ?? []).value,
      responses: totals.get(key) ?? 0,
    })
  }
  return data
}
