// GET /v1/insights/cohorts: monthly cohort retention (customers by first month, share active in
// each later month), churn per month, exit reasons and the save rate, all from SQL aggregates.
// Months run from local midnight on the 1st in the workspace's zone (`offsetMs` ahead of UTC).
// Activity is stored by UTC day; a UTC day falls mostly on the same local date at any offset
// within ±12 h, so its month is taken as is.
import { addMonths, churnRate, cohortTable, monthOf, saveRateFromCounts } from '../domain/metrics/index.ts'
import { goneAt, goneBy } from './churn-history.ts'
import { revenueSaved } from './insights-summary.ts'
import { localMidnight, utcOffsetMinutes } from '../domain/timezone.ts'

// Counting distinct active customers per cohort and month reads every counter row of the
// window: ~40 ms on the demo book (200 customers, 35,000 day rows), ~2 s at 2,000 customers and
// seconds more beyond. So an answer is kept in the isolate, but only while the data behind it is
// unchanged: every write that moves a figure here (an upsert with its activity, a churn, the daily
// churn marking, an erasure, an exit answer) changes the customers' or exit answers' count or
// newest updated_at, which one query (1-4 ms there) reads first. The TTL bounds what that check
// cannot see (a purge of old activity; a write stamped no later than the newest one, as another
// isolate's clock may).
const TTL_MS = 2 * 60_000
const memo = new Map<string, { at: number; version: string; value: Promise<Cohorts> }>()
type Cohorts = Awaited<ReturnType<typeof computeCohorts>>

async function dataVersion(db: D1Database, workspaceId: string): Promise<string> {
  const row = await db.prepare(
    `SELECT (SELECT COUNT(*) || ':' || COALESCE(MAX(updated_at), 0) FROM customers WHERE workspace_id = ?1) || '|' ||
            (SELECT COUNT(*) || ':' || COALESCE(MAX(updated_at), 0) FROM responses WHERE workspace_id = ?1 AND survey_kind = 'exit') AS version`,
  ).bind(workspaceId).first<{ version: string }>()
  return row?.version ?? ''
}

/**
 * Each month starts at local midnight on the 1st in `timeZone`, at the offset that month began with: a month
 * that began in summer time (October in Los Angeles) runs from its own midnight, as the summary's periods do.
 */
export async function insightsCohorts(db: D1Database, workspaceId: string, now: number, months = 12, timeZone = 'UTC'): Promise<Cohorts> {
  const offsetMs = utcOffsetMinutes(timeZone, now) * 60_000
  // The month in progress is part of the key: on the 1st the table moves on by itself.
  const key = `${workspaceId}|${months}|${timeZone}|${monthOf(now + offsetMs)}`
  const version = await dataVersion(db, workspaceId)
  const hit = memo.get(key)
  if (hit && hit.version === version && now - hit.at >= 0 && now - hit.at < TTL_MS) return hit.value
  if (memo.size > 500) memo.clear()
  const value = computeCohorts(db, workspaceId, now, months, offsetMs, timeZone)
  memo.set(key, { at: now, version, value })
  value.catch(() => memo.delete(key))
  return value
}

/**
 * Each month's churn from the churn history, as the summary counts it: start = customers at the
 * month's start (joined before it, not gone then); lost = those of them who churned within it, even
 * if they came back later. Per month: an index count of customers joined before it, less those
 * gone at its start, and the month's churns; work grows with churns, not customers × months.
 */
function churnByMonthQuery(db: D1Database, workspaceId: string, bounds: string) {
  return db.prepare(
    `SELECT m.month,
            (SELECT COUNT(*) FROM customers c WHERE c.workspace_id = ?2 AND c.first_seen_at < m.start)
              - (SELECT COUNT(DISTINCT h.customer_pk) FROM customer_churns h JOIN customers c ON c.pk = h.customer_pk
                  WHERE h.workspace_id = ?2 AND ${goneBy('h', 'm.start')}
                    AND c.first_seen_at < m.start) AS start,
            (SELECT COUNT(DISTINCT h.customer_pk) FROM customer_churns h JOIN customers c ON c.pk = h.customer_pk
              WHERE h.workspace_id = ?2 AND h.churned_at >= m.start AND h.churned_at < m.next
                AND c.first_seen_at < m.start AND NOT ${goneAt('c', 'm.start')}) AS lost
       FROM (SELECT json_extract(value, '$[0]') AS month, json_extract(value, '$[1]') AS start, json_extract(value, '$[2]') AS next FROM json_each(?1)) m
      ORDER BY m.month`,
  ).bind(bounds, workspaceId)
}

async function computeCohorts(db: D1Database, workspaceId: string, now: number, months: number, offsetMs: number, timeZone: string) {
  const monthStart = (month: string) => localMidnight(timeZone, Number(month.slice(0, 4)), Number(month.slice(5, 7)), 1)
  const last = monthOf(now + offsetMs)
  const firstMonth = addMonths(last, -(months - 1))
  const since = monthStart(firstMonth)
  const monthList = Array.from({ length: months }, (_, i) => addMonths(firstMonth, i))
  const bounds = JSON.stringify(monthList.map((m) => [m, monthStart(m), monthStart(addMonths(m, 1))]))
  const [sizes, active, churn, reasons, saves, savedRevenue] = await db.batch([
    db.prepare(`SELECT strftime('%Y-%m', (first_seen_at + ?) / 1000, 'unixepoch') AS cohort, COUNT(*) AS size FROM customers
                 WHERE workspace_id = ? AND first_seen_at >= ? AND first_seen_at <= ? GROUP BY cohort`).bind(offsetMs, workspaceId, since, now),
    db.prepare(`SELECT strftime('%Y-%m', (c.first_seen_at + ?) / 1000, 'unixepoch') AS cohort, substr(d.day, 1, 7) AS month, COUNT(DISTINCT d.customer_pk) AS n
                  FROM customer_days d JOIN customers c ON c.pk = d.customer_pk
                 WHERE d.workspace_id = ? AND d.day >= ? AND c.first_seen_at >= ? GROUP BY cohort, month`).bind(offsetMs, workspaceId, `${firstMonth}-01`, since),
    churnByMonthQuery(db, workspaceId, bounds),
    db.prepare(`SELECT reason, COUNT(*) AS count, COALESCE(SUM(offer_accepted = 1), 0) AS saved FROM responses
                 WHERE workspace_id = ? AND survey_kind = 'exit' AND created_at >= ? AND reason IS NOT NULL GROUP BY reason ORDER BY count DESC, reason`).bind(workspaceId, since),
    db.prepare(`SELECT COUNT(*) AS started, COALESCE(SUM(offer_accepted = 1), 0) AS saved FROM responses
                 WHERE workspace_id = ? AND survey_kind = 'exit' AND created_at >= ?`).bind(workspaceId, since),
    // The same answers as the save rate beside it: every exit answer since the first month.
    revenueSaved(db, workspaceId, since, Number.MAX_SAFE_INTEGER),
  ])
  const activeCounts = new Map((active.results as { cohort: string; month: string; n: number }[]).map((r) => [`${r.cohort}|${r.month}`, r.n]))
  // The month in progress is left out of retention: activity "so far" on the 10th would read as
  // customers lost. The table runs through the last complete month (`through`); the current
  // month's cohort appears once that month is over.
  const through = addMonths(last, -1)
  const endOfThrough = Date.parse(`${last}-01T00:00:00Z`) - 1
  const table = cohortTable(sizes.results as { cohort: string; size: number }[], (c, m) => activeCounts.get(`${c}|${m}`) ?? 0, endOfThrough)
  const s = saves.results[0] as { started: number; saved: number }
  return {
    computedAt: now,
    through,
    partialMonth: last,
    rows: table.map((r) => ({ cohort: r.cohort, size: r.size, retention: r.months.map((m) => m.rate) })),
    // The current month's churn is counted so far and says so (`partial`).
    churnByMonth: (churn.results as { month: string; start: number; lost: number }[]).map((m) => {
      const figure = churnRate(m.start, m.lost)
      return { month: m.month, rate: figure.value, lost: m.lost, start: m.start, partial: m.month === last }
    }),
    exitReasons: reasons.results as { reason: string; count: number; saved: number }[],
    saveRate: saveRateFromCounts(s.saved, s.started),
    revenueSaved: savedRevenue.results[0] as { value: number; customers: number },
  }
}
