// Rescoring one customer's churn risk: read their facts and the workspace's model in one batch,
// score, then write the current score and today's history point in one batch. Safe to run twice.
import type { Env } from '../env.ts'
import { churnedAsOf, riskFeatures, scoreRisk, type CustomerDay } from '../domain/risk/index.ts'
import { resolveSettings } from '../domain/settings.ts'
import type { CustomerRow } from '../services/customer-view.ts'
import { answersOf, customerRecord, isoDay, oneCustomerStatements, type AnswerRow } from '../services/risk-facts.ts'
import { activeModelStatement, modelFromJson } from '../services/risk-model.ts'
import { segmentRates } from '../services/risk-segments.ts'
import { silenceDays } from '../services/churn-definition.ts'

export interface RiskSnapshot {
  score: number
  tier: 'high' | 'medium' | 'low'
  reasons: { code: string; text: string; impact: number }[]
}

export interface RiskChange {
  previous: RiskSnapshot | null
  current: RiskSnapshot
}

interface ScoreRow {
  score: number
  tier: RiskSnapshot['tier']
  reasons: string
}

/**
 * Null when there is nothing to alert on: the customer is gone (erased) or churned. A churned
 * customer is lost, not at risk: their current score is removed so they leave at-risk lists,
 * revenue at risk and tier counts; their history stays for the timeline.
 */
export async function rescoreCustomer(env: Env, workspaceId: string, customerPk: string, now = Date.now()): Promise<RiskChange | null> {
  const db = env.DB
  const [customer, days, answers, model, workspace, previous] = await db.batch([
    db.prepare('SELECT * FROM customers WHERE pk = ? AND workspace_id = ?').bind(customerPk, workspaceId),
    ...oneCustomerStatements(db, customerPk, now),
    activeModelStatement(db, workspaceId),
    db.prepare('SELECT settings FROM workspaces WHERE id = ?').bind(workspaceId),
    db.prepare('SELECT score, tier, reasons FROM risk_scores WHERE customer_pk = ?').bind(customerPk),
  ])
  const row = customer.results[0] as CustomerRow | undefined
  const settingsRow = workspace.results[0] as { settings: string } | undefined
  if (!row || !settingsRow) return null
  const settings = resolveSettings(JSON.parse(settingsRow.settings))
  const record = customerRecord(row)

  // An inactivity churn is re-judged from last seen, so a customer who came back is scored again;
  // where no silence counts (churn-definition.ts), only a recorded churn ends the scoring.
  const churnedAt = row.churn_reason === 'inactive' ? null : record.churnedAt
  const silence = await silenceDays(db, workspaceId, settings, now, { cached: true })
  if (churnedAsOf({ churnedAt, lastSeenAt: record.lastSeenAt }, silence, now)) {
    if (previous.results.length) await db.prepare('DELETE FROM risk_scores WHERE customer_pk = ?').bind(customerPk).run()
    return null
  }

  const rates = await segmentRates(db, workspaceId, now)
  const riskModel = modelFromJson((model.results[0] as { model: string } | undefined)?.model)
  const facts = {
    customer: record,
    days: days.results as CustomerDay[],
    responses: answersOf(answers.results as AnswerRow[]),
    segmentChurnRate: rates.rateOf(record.plan),
  }
  const result = scoreRisk(riskFeatures(facts, now), riskModel, { thresholds: settings.riskThresholds })
  const current: RiskSnapshot = { score: result.score, tier: result.tier, reasons: result.reasons }

  const prev = previous.results[0] as ScoreRow | undefined
  // History is a point per change, not per day: a steady customer costs no writes (SCALING.md).
  const moved = !prev || Math.abs(prev.score - current.score) >= 1 || prev.tier !== current.tier
  await db.batch([
    db.prepare(
      `INSERT INTO risk_scores (customer_pk, workspace_id, score, tier, reasons, model_version, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (customer_pk) DO UPDATE SET score = excluded.score, tier = excluded.tier, reasons = excluded.reasons,
         model_version = excluded.model_version, computed_at = excluded.computed_at`,
    ).bind(customerPk, workspaceId, current.score, current.tier, JSON.stringify(current.reasons), riskModel.version, now),
    ...(moved ? [db.prepare(
      `INSERT INTO risk_history (customer_pk, workspace_id, day, score, tier) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (customer_pk, day) DO UPDATE SET score = excluded.score, tier = excluded.tier`,
    ).bind(customerPk, workspaceId, isoDay(now), current.score, current.tier)] : []),
  ])

  return { previous: prev ? { score: prev.score, tier: prev.tier, reasons: JSON.parse(prev.reasons) } : null, current }
}
