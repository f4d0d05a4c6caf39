// Loading what the risk model reads from D1: customer rows, daily counters and answers, for one
// customer (rescore) or many at once (fit, backtest), mapped to the domain's CustomerFacts.
import type { CustomerDay, CustomerFacts, CustomerRecord, SurveyAnswer } from '../domain/risk/index.ts'
import { DAY_MS } from '../domain/risk/index.ts'
import type { CustomerRow } from './customer-view.ts'

/** How far back a customer's counters and answers are read: the features look back at most 120 days; NPS change further. */
export const HISTORY_DAYS = 180
export const ANSWER_DAYS = 365

export const DAY_COLUMNS = `day, sessions, logins, page_views AS pageViews, feature_uses AS featureUses, email_clicks AS emailClicks,
  purchases, revenue, tickets, complaints, payment_failures AS paymentFailures, payment_late AS paymentLate`

export const ANSWER_COLUMNS = `customer_pk, survey_kind, score, sentiment_label, sentiment_score, topics, reason, offer_accepted, finished, created_at`

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

/** Statements (for one batch) reading one customer's counters and answers. */
export function oneCustomerStatements(db: D1Database, customerPk: string, now: number): [D1PreparedStatement, D1PreparedStatement] {
  return [
    db.prepare(`SELECT ${DAY_COLUMNS} FROM customer_days WHERE customer_pk = ? AND day >= ? ORDER BY day`).bind(customerPk, isoDay(now - HISTORY_DAYS * DAY_MS)),
    db.prepare(`SELECT ${ANSWER_COLUMNS} FROM responses WHERE customer_pk = ? AND created_at >= ? ORDER BY created_at DESC LIMIT 200`).bind(customerPk, now - ANSWER_DAYS * DAY_MS),
  ]
}

export function answersOf(rows: AnswerRow[]): SurveyAnswer[] {
  return rows.map(surveyAnswer).filter((a): a is SurveyAnswer => a !== null)
}

/**
 * Facts for many customers, reading counters and answers in chunks of `chunk` customers per
 * statement (one D1 batch per chunk), from `since` on.
 */
export async function loadManyFacts(db: D1Database, rows: CustomerRow[], since: number, chunk = 100): Promise<Map<string, CustomerFacts>> {
  const out = new Map<string, CustomerFacts>()
  for (const row of rows) out.set(row.pk, { customer: customerRecord(row), days: [], responses: [] })
  for (let i = 0; i < rows.length; i += chunk) {
    const pks = JSON.stringify(rows.slice(i, i + chunk).map((r) => r.pk))
    const [days, answers] = await db.batch([
      db.prepare(`SELECT customer_pk, ${DAY_COLUMNS} FROM customer_days WHERE customer_pk IN (SELECT value FROM json_each(?)) AND day >= ?`).bind(pks, isoDay(since)),
      db.prepare(`SELECT ${ANSWER_COLUMNS} FROM responses WHERE customer_pk IN (SELECT value FROM json_each(?)) AND created_at >= ?`).bind(pks, since),
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

/** The customer as known at `at`: no churn yet, not seen after `at` (features filter the rest). */
export function asOf(facts: CustomerFacts, at: number): CustomerFacts {
  return { ...facts, customer: { ...facts.customer, churnedAt: null, churnReason: null, lastSeenAt: Math.min(facts.customer.lastSeenAt, at) } }
}
