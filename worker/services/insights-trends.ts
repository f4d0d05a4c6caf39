// GET /v1/insights/trends: NPS, CSAT, CES and answer counts per day or ISO week (Monday start),
// every bucket of the period present (null where nobody answered) so charts need no gap logic.
// Days are the workspace's: from local midnight, `offsetMs` ahead of UTC.
import { cesFromCounts, csatFromCounts, npsFromCounts, type ScoreCounts } from '../domain/metrics/index.ts'
import { isoDay } from './risk-facts.ts'
import { bucketCounts, localBucketCounts, type Bucket } from './rollups.ts'

export type { Bucket }

const DAY = 86_400_000
const SCORED = new Set(['nps', 'csat', 'ces'])

/** Start day of the bucket holding `t`, in a time zone `offsetMs` ahead of UTC. */
export function bucketOf(t: number, bucket: Bucket, offsetMs = 0): string {
  const local = t + offsetMs
  if (bucket === 'day') return isoDay(local)
  const weekday = (new Date(local).getUTCDay() + 6) % 7
  return isoDay(local - weekday * DAY)
}

export async function insightsTrends(db: D1Database, workspaceId: string, from: number, to: number, bucket: Bucket, offsetMs = 0) {
  // UTC days come from the daily rollups; any other zone's days are counted from the answers.
  const counted = offsetMs === 0 ? bucketCounts(db, workspaceId, from, to, bucket) : localBucketCounts(db, workspaceId, from, to, bucket, offsetMs)
  const { results } = await counted.all<{ bucket: string; kind: string; score: number; n: number }>()
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
  // t walks local midnights, written as UTC instants; key is that local date.
  for (let t = Date.parse(`${bucketOf(from, bucket, offsetMs)}T00:00:00Z`) - offsetMs; t < to; t += step) {
    const key = isoDay(t + offsetMs)
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
