// Loading what the risk model reads from D1: customer rows, daily counters and answers, for one
// customer (rescore) or many at once (fit, backtest), mapped to the domain's CustomerFacts.
import type { CustomerDay, CustomerFacts, CustomerRecord, SurveyAnswer } from '../domain/risk/index.ts'
import { DAY_MS, lastSeenBy } from '../domain/risk/index.ts'
import type { CustomerRow } from './customer-view.ts'

/** How far back a customer's counters and answers are read: the features look back at most 120 days; NPS change further. */
export const HISTORY_DAYS = 180
export const ANSWER_DAYS = 365

/** customer_days columns as CustomerDay fields; `t` is the table alias. */
export const dayColumns = (t: string) =>
  `${t}.day, ${t}.sessions, ${t}.logins, ${t}.page_views AS pageViews, ${t}.feature_uses AS featureUses, ${t}.email_clicks AS emailClicks,
   ${t}.purchases, ${t}.revenue, ${t}.tickets, ${t}.complaints, ${t}.payment_failures AS paymentFailures, ${t}.payment_late AS paymentLate, ${t}.sightings`

export const answerColumns = (t: string) =>
  ['customer_pk', 'survey_kind', 'score', 'sentiment_label', 'sentiment_score', 'topics', 'reason', 'offer_accepted', 'finished', 'created_at'].map((c) => `${t}.${c}`).join(', ')

export interface AnswerRow {
  customer_pk: string
  survey_kind: string
  score: number | null
  sentiment_label: string | null
  sentiment_score: number | null
  topics: string | null
  reason: string | null
  offer_accepted: number | null
  finished: number
  created_at: number
}

export const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10)

export function customerRecord(row: CustomerRow): CustomerRecord {
  return {
    id: row.external_id,
    plan: row.plan,
    revenue: row.revenue,
    valueTier: row.value_tier,
    traits: JSON.parse(row.traits),
    firstSeenAt: row.first_seen_at,
    lastSeenAt: row.last_seen_at,
    churnedAt: row.churned_at,
    churnReason: row.churn_reason,
    renewalAt: row.renewal_at,
  }
}

export function surveyAnswer(row: AnswerRow): SurveyAnswer | null {
  if (row.survey_kind === 'custom') return null
  const topics = row.topics ? (JSON.parse(row.topics) as { id: string }[]).map((t) => t.id) : null
  return {
    at: row.created_at,
    kind: row.survey_kind as SurveyAnswer['kind'],
    score: row.score,
    sentiment: row.sentiment_label ? { label: row.sentiment_label, score: row.sentiment_score ?? 0 } : null,
    topics,
    reason: row.reason,
    offerAccepted: row.offer_accepted === null ? null : row.offer_accepted === 1,
    finished: row.finished === 1,
  }
}

/**
 * Statements (for one batch) reading one customer's counters and answers. Only answers the queue has
 * analysed count: the answer's own rescore (analyse, rescore, then its alert) is where its risk is
 * told, so a rescore from a signal or the daily pass in the seconds before cannot page it first.
 */
export function oneCustomerStatements(db: D1Database, customerPk: string, now: number): [D1PreparedStatement, D1PreparedStatement] {
  return [
    db.prepare(`SELECT ${dayColumns('d')} FROM customer_days d WHERE customer_pk = ? AND day >= ? ORDER BY day`).bind(customerPk, isoDay(now - HISTORY_DAYS * DAY_MS)),
    db.prepare(`SELECT ${answerColumns('r')} FROM responses r WHERE customer_pk = ? AND created_at >= ? AND analyzed_at IS NOT NULL ORDER BY created_at DESC LIMIT 200`).bind(customerPk, now - ANSWER_DAYS * DAY_MS),
  ]
}

export function answersOf(rows: AnswerRow[]): SurveyAnswer[] {
  return rows.map(surveyAnswer).filter((a): a is SurveyAnswer => a !== null)
}

export interface FactsWindow {
  row: CustomerRow
  /** Counters and answers in [from, to) are read. */
  from: number
  to: number
}

/**
 * Facts for many customers, each read over their own window, `chunk` customers per statement
 * (one D1 batch per chunk); the (customer_pk, day) and (customer_pk, created_at) indexes serve
 * each window as a range.
 */
export async function loadManyFacts(db: D1Database, windows: FactsWindow[], chunk = 100): Promise<Map<string, CustomerFacts>> {
  const out = new Map<string, CustomerFacts>()
  for (const w of windows) out.set(w.row.pk, { customer: customerRecord(w.row), days: [], responses: [] })
  for (let i = 0; i < windows.length; i += chunk) {
    const part = windows.slice(i, i + chunk)
    const dayRanges = JSON.stringify(part.map((w) => [w.row.pk, isoDay(w.from), isoDay(w.to)]))
    const timeRanges = JSON.stringify(part.map((w) => [w.row.pk, w.from, w.to]))
    const [days, answers] = await db.batch([
      db.prepare(
        `SELECT d.customer_pk, ${dayColumns('d')} FROM json_each(?) j JOIN customer_days d
           ON d.customer_pk = json_extract(j.value, '$[0]') AND d.day >= json_extract(j.value, '$[1]') AND d.day <= json_extract(j.value, '$[2]')`,
      ).bind(dayRanges),
      db.prepare(
        `SELECT ${answerColumns('r')} FROM json_each(?) j JOIN responses r
           ON r.customer_pk = json_extract(j.value, '$[0]') AND r.created_at >= json_extract(j.value, '$[1]') AND r.created_at < json_extract(j.value, '$[2]')
           AND r.analyzed_at IS NOT NULL`,
      ).bind(timeRanges),
    ])
    for (const d of days.results as (CustomerDay & { customer_pk: string })[]) {
      const { customer_pk, ...day } = d
      out.get(customer_pk)?.days.push(day)
    }
    for (const a of answers.results as AnswerRow[]) {
      const answer = surveyAnswer(a)
      if (answer) out.get(a.customer_pk)?.responses.push(answer)
    }
  }
  return out
}

/**
 * The customer as known at `at`: no churn yet, last seen when they were by then (not today's
 * last_seen_at cut to `at`, which made a silent customer who came back look active that day).
 * The features filter the counters and answers.
 */
export function asOf(facts: CustomerFacts, at: number): CustomerFacts {
  return { ...facts, customer: { ...facts.customer, churnedAt: null, churnReason: null, lastSeenAt: lastSeenBy(facts, at) } }
}
