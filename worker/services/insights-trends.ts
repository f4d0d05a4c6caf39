// GET /v1/insights/trends: NPS, CSAT, CES and answer counts per day or ISO week (Monday start),
// every bucket of the period present (null where nobody answered) so charts need no gap logic.
import { cesFromCounts, csatFromCounts, npsFromCounts, type ScoreCounts } from '../domain/metrics/index.ts'
import { isoDay } from './risk-facts.ts'

const DAY = 86_400_000
export type Bucket = 'day' | 'week'

const BUCKET_SQL: Record<Bucket, string> = {
  day: "date(created_at / 1000, 'unixepoch')",
  // The Monday on or before the day.
  week: "date(created_at / 1000, 'unixepoch', '-6 days', 'weekday 1')",
}

/** Start day of the bucket holding `t`. */
export function bucketOf(t: number, bucket: Bucket): string {
  if (bucket === 'day') return isoDay(t)
  const weekday = (new Date(t).getUTCDay() + 6) % 7
  return isoDay(t - weekday * DAY)
}

export async function insightsTrends(db: D1Database, workspaceId: string, from: number, to: number, bucket: Bucket) {
  const [scores, answers] = await db.batch([
    db.prepare(
      `SELECT ${BUCKET_SQL[bucket]} AS bucket, survey_kind AS kind, score, COUNT(*) AS n FROM responses
        WHERE workspace_id = ? AND survey_kind IN ('nps', 'csat', 'ces') AND created_at >= ? AND created_at < ? AND score IS NOT NULL
        GROUP BY bucket, kind, score`,
    ).bind(workspaceId, from, to),
    db.prepare(`SELECT ${BUCKET_SQL[bucket]} AS bucket, COUNT(*) AS n FROM responses WHERE workspace_id = ? AND created_at >= ? AND created_at < ? GROUP BY bucket`)
      .bind(workspaceId, from, to),
  ])
  const counts = new Map<string, ScoreCounts>()
  for (const r of scores.results as { bucket: string; kind: string; score: number; n: number }[]) {
    const key = `${r.bucket}|${r.kind}`
    counts.set(key, [...(counts.get(key) ?? []), { score: r.score, n: r.n }])
  }
  const totals = new Map((answers.results as { bucket: string; n: number }[]).map((r) => [r.bucket, r.n]))
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
