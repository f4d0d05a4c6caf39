// The `total` of GET /v1/responses. Filters the daily rollups can answer (period, survey kind,
// score range) are counted exactly from them; any other filter (search, topic, sentiment, ...)
// counts matching rows up to a cap, so a broad filter over a million answers stays cheap and the
// list says "10,000+" rather than making every page wait for an exact figure.
import { filteredCount } from './rollups.ts'
import { responseWhere, type ResponseFilters } from './response-query.ts'

export const COUNT_CAP = 10_000
const ROLLUP_FILTERS = new Set(['kind', 'from', 'to', 'minScore', 'maxScore', 'limit', 'cursor'])
// Far enough either side of any stored time.
const BEGINNING = 0
const END_OF_TIME = 8.64e15

export function countStatement(db: D1Database, workspaceId: string, f: ResponseFilters) {
  const used = Object.entries(f).filter(([, v]) => v !== undefined).map(([k]) => k)
  if (used.every((k) => ROLLUP_FILTERS.has(k))) {
    const stmt = filteredCount(db, workspaceId, f.from ?? BEGINNING, f.to ?? END_OF_TIME, { kind: f.kind, minScore: f.minScore, maxScore: f.maxScore })
    return { stmt, capped: false }
  }
  const all = responseWhere(workspaceId, f, false)
  const stmt = db.prepare(`SELECT COUNT(*) AS n FROM (SELECT 1 FROM responses r WHERE ${all.sql} LIMIT ${COUNT_CAP + 1})`).bind(...all.args)
  return { stmt, capped: true }
}

/** `total` and whether it is exact (false: there are more than COUNT_CAP). */
export function readCount(n: number, capped: boolean) {
  return capped && n > COUNT_CAP ? { total: COUNT_CAP, totalExact: false } : { total: n, totalExact: true }
}
