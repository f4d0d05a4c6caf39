// GET /v1/insights/summary: every figure aggregated in SQL (one batch, counts only; answer counts
// come from the daily rollups), then the metrics domain applies the formulas.
import {
  churnRate, cltv, cesFromCounts, csatFromCounts, npsFromCounts, repeatPurchaseFromCounts, responseRate, retentionRate,
  saveRateFromCounts, savedStillActiveFromCounts, type ScoreCounts,
} from '../domain/metrics/index.ts'
import type { Period } from '../lib/period.ts'
import { isoDay } from './risk-facts.ts'
import { answerCounts, scoreCounts } from './rollups.ts'
import { periodChurns } from './churn-history.ts'

const DAY = 86_400_000
const SAVED_DAYS = 30

/**
 * start: customers at the period's start; lost: those of them who churned within it; retained:
 * those of them not lost, so still customers at its end (start = lost + retained); end: customers
 * at its end; new: the other customers at its end, who joined within it or came back (end =
 * retained + new); returned: those of `new` who had joined before it (customers again after a
 * churn); joined: everyone who joined within it, including those gone again before its end.
 * Churns are read from the churn history: a customer who comes back stays lost in the period
 * they left.
 */
interface CustomerCounts { start: number; lost: number; retained: number; end: number; new: number; returned: number; joined: number; revenue: number }
interface AnswerCounts { responses: number; exitStarted: number; exitSaved: number }

function customerCounts(db: D1Database, workspaceId: string, from: number, to: number) {
  return db.prepare(
    `WITH ${periodChurns('?1', '?2', '?3')},
     f AS (
       SELECT c.first_seen_at < ?2 AND COALESCE(h.gone_start, 0) = 0 AS at_start, COALESCE(h.churned, 0) AS churned,
              c.first_seen_at < ?3 AND COALESCE(h.gone_end, 0) = 0 AS at_end, c.first_seen_at, c.revenue
         FROM customers c LEFT JOIN h ON h.customer_pk = c.pk WHERE c.workspace_id = ?1)
     SELECT COALESCE(SUM(at_start), 0) AS start,
            COALESCE(SUM(at_start AND churned), 0) AS lost,
            COALESCE(SUM(at_start AND NOT churned), 0) AS retained,
            COALESCE(SUM(at_end), 0) AS "end",
            COALESCE(SUM(at_end AND NOT (at_start AND NOT churned)), 0) AS "new",
            COALESCE(SUM(at_end AND NOT (at_start AND NOT churned) AND first_seen_at < ?2), 0) AS returned,
            COALESCE(SUM(first_seen_at >= ?2 AND first_seen_at < ?3), 0) AS joined,
            COALESCE(SUM(CASE WHEN at_end THEN revenue ELSE 0 END), 0) AS revenue
       FROM f`,
  ).bind(workspaceId, from, to)
}

function displayCount(db: D1Database, workspaceId: string, from: number, to: number) {
  return db.prepare('SELECT COUNT(*) AS displays FROM displays WHERE workspace_id = ? AND created_at >= ? AND created_at < ?').bind(workspaceId, from, to)
}

/**
 * Saved flows old enough to judge (30 days passed by `now`), and how many of those customers had not
 * churned 30 days on (from the history: gone in those 30 days counts, even if they came back later).
 */
function savedStillActive(db: D1Database, workspaceId: string, from: number, to: number, now: number) {
  return db.prepare(
    `SELECT COUNT(*) AS saved, COALESCE(SUM(NOT EXISTS (SELECT 1 FROM customer_churns h WHERE h.customer_pk = c.pk
              AND h.churned_at <= COALESCE(r.finished_at, r.updated_at) + ?5
              AND (h.returned_at IS NULL OR h.returned_at > COALESCE(r.finished_at, r.updated_at)))), 0) AS stillActive
       FROM responses r JOIN customers c ON c.pk = r.customer_pk
      WHERE r.workspace_id = ?1 AND r.survey_kind = 'exit' AND r.offer_accepted = 1 AND r.created_at >= ?2 AND r.created_at < ?3
        AND COALESCE(r.finished_at, r.updated_at) + ?5 <= ?4`,
  ).bind(workspaceId, from, to, now, SAVED_DAYS * DAY)
}

/**
 * Revenue saved: the monthly revenue of the distinct customers who accepted an offer in an exit
 * survey answered in [from, to), the answers the save rate counts as saved (a customer saved
 * twice counts once; anonymous answers have no revenue to count).
 */
export function revenueSaved(db: D1Database, workspaceId: string, from: number, to: number) {
  return db.prepare(
    `SELECT COUNT(*) AS customers, COALESCE(SUM(c.revenue), 0) AS value FROM customers c
      WHERE c.pk IN (SELECT r.customer_pk FROM responses r WHERE r.workspace_id = ? AND r.survey_kind = 'exit'
                        AND r.created_at >= ? AND r.created_at < ? AND r.offer_accepted = 1)`,
  ).bind(workspaceId, from, to)
}

function purchaseCounts(db: D1Database, workspaceId: string, from: number, to: number) {
  return db.prepare(
    `SELECT COALESCE(SUM(n >= 1), 0) AS purchasers, COALESCE(SUM(n >= 2), 0) AS repeaters FROM
       (SELECT SUM(purchases) AS n FROM customer_days WHERE workspace_id = ? AND day >= ? AND day <= ? AND purchases > 0 GROUP BY customer_pk)`,
  ).bind(workspaceId, isoDay(from), isoDay(to - 1))
}

function riskCounts(db: D1Database, workspaceId: string) {
  return db.prepare(
    `SELECT s.tier, COUNT(*) AS n, COALESCE(SUM(c.revenue), 0) AS revenue FROM risk_scores s JOIN customers c ON c.pk = s.customer_pk
      WHERE s.workspace_id = ? AND c.churned_at IS NULL GROUP BY s.tier`,
  ).bind(workspaceId)
}

const first = <T>(r: D1Result) => r.results[0] as T
const kindCounts = (r: D1Result, kind: string): ScoreCounts =>
  (r.results as { kind: string; score: number; n: number }[]).filter((x) => x.kind === kind).map(({ score, n }) => ({ score, n }))

export async function insightsSummary(db: D1Database, workspaceId: string, period: Period, now = Date.now()) {
  const { from, to, previous: prev } = period
  const results = await db.batch([
    customerCounts(db, workspaceId, from, to), customerCounts(db, workspaceId, prev.from, prev.to),
    scoreCounts(db, workspaceId, from, to), scoreCounts(db, workspaceId, prev.from, prev.to),
    answerCounts(db, workspaceId, from, to), answerCounts(db, workspaceId, prev.from, prev.to),
    displayCount(db, workspaceId, from, to), displayCount(db, workspaceId, prev.from, prev.to),
    // Judged with what is known today: a March save is judged once April is over.
    savedStillActive(db, workspaceId, from, to, now),
    purchaseCounts(db, workspaceId, from, to), purchaseCounts(db, workspaceId, prev.from, prev.to),
    riskCounts(db, workspaceId),
    revenueSaved(db, workspaceId, from, to),
  ])
  const [cur, old, scores, oldScores, answers, oldAnswers, shown, oldShown, saved, buys, oldBuys, risk, savedRevenue] = results
  const c = first<CustomerCounts>(cur)
  const o = first<CustomerCounts>(old)
  const churn = churnRate(c.start, c.lost)
  const retention = retentionRate(c.start, c.retained)
  const life = cltv(c.revenue, c.end, c.start, c.lost, (to - from) / DAY)
  const nps = npsFromCounts(kindCounts(scores, 'nps'))
  const csat = csatFromCounts(kindCounts(scores, 'csat'))
  const ces = cesFromCounts(kindCounts(scores, 'ces'))
  const a = first<AnswerCounts>(answers)
  const displays = first<{ displays: number }>(shown).displays
  const s = first<{ saved: number; stillActive: number }>(saved)
  const b = first<{ purchasers: number; repeaters: number }>(buys)
  const ob = first<{ purchasers: number; repeaters: number }>(oldBuys)
  const tiers = { high: 0, medium: 0, low: 0 }
  let highRevenue = 0
  for (const t of risk.results as { tier: keyof typeof tiers; n: number; revenue: number }[]) {
    tiers[t.tier] = t.n
    if (t.tier === 'high') highRevenue = t.revenue
  }
  const oa = first<AnswerCounts>(oldAnswers)
  const rate = responseRate(a.responses, displays)
  const saves = saveRateFromCounts(a.exitSaved, a.exitStarted)
  return {
    period: { from, to },
    previous: { from: prev.from, to: prev.to },
    churnRate: { ...churn, previous: churnRate(o.start, o.lost).value },
    retentionRate: { value: retention.value, start: c.start, retained: c.retained, end: c.end, new: c.new, returned: c.returned, joined: c.joined, previous: retentionRate(o.start, o.retained).value },
    repeatPurchaseRate: { ...repeatPurchaseFromCounts(b.repeaters, b.purchasers), previous: repeatPurchaseFromCounts(ob.repeaters, ob.purchasers).value },
    cltv: { ...life, previous: cltv(o.revenue, o.end, o.start, o.lost, (prev.to - prev.from) / DAY).value },
    nps: { value: nps.value, promoters: nps.promoters, passives: nps.passives, detractors: nps.detractors, total: nps.responses, previous: npsFromCounts(kindCounts(oldScores, 'nps')).value },
    csat: { value: csat.value, satisfied: csat.satisfied, total: csat.responses, previous: csatFromCounts(kindCounts(oldScores, 'csat')).value },
    ces: { value: ces.value, total: ces.responses, previous: cesFromCounts(kindCounts(oldScores, 'ces')).value },
    responseRate: { ...rate, previous: responseRate(oa.responses, first<{ displays: number }>(oldShown).displays).value },
    saveRate: { ...saves, previous: saveRateFromCounts(oa.exitSaved, oa.exitStarted).value },
    savedStillActiveRate: savedStillActiveFromCounts(s.stillActive, s.saved),
    revenueSaved: first<{ value: number; customers: number }>(savedRevenue),
    revenueAtRisk: { value: highRevenue, customers: tiers.high },
    riskTiers: tiers,
  }
}
