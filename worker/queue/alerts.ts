// Deciding alerts (and their deliveries) for an analysed response or a risk change. Safe to run
// twice: dedupe keys make the second run insert nothing, so nothing is delivered twice.
import type { Env } from '../env.ts'
import type { RiskChange } from './rescore.ts'
import type { RiskSnapshot } from '../domain/alerts/index.ts'
import { decideResponseAlerts, decideRiskAlerts } from '../domain/alerts/index.ts'
import { isAlertableRise } from '../domain/alerts/rules.ts'
import { resolveSettings, type WorkspaceSettings } from '../domain/settings.ts'
import { loadCustomer, loadResponse, loadRisk, riskReasons } from '../services/alert-context.ts'
import { storeAlerts, type StoredAlerts } from '../services/alert-store.ts'

const NONE: StoredAlerts = { alertIds: [], pending: [], digest: [], held: [] }
/** A partial answer untouched this long was abandoned after its score (the cron's sweep analyses it then). */
export const ABANDONED_AFTER_MS = 30 * 60_000
/**
 * An exit answer whose reason is in waits only for an optional comment (or an offer's answer): a
 * host page moves on as soon as `exit()` resolves, so it counts as abandoned after a minute. Each
 * write of one queues a check for then (routes/public/responses.ts), so its alert reaches the team
 * within about a minute; the sweep is the fallback. (A page that unloads finishes it at once.)
 */
export const EXIT_ABANDONED_AFTER_MS = 60_000

/**
 * For the check queued a minute after an exit answer's write: still unfinished, unread (a finish,
 * the sweep or an earlier check read it) and untouched since (a later write queued its own check).
 */
export async function stillAbandoned(env: Env, workspaceId: string, responseId: string, now = Date.now()): Promise<boolean> {
  const row = await env.DB.prepare('SELECT finished, analyzed_at, updated_at FROM responses WHERE workspace_id = ? AND id = ?')
    .bind(workspaceId, responseId).first<{ finished: number; analyzed_at: number | null; updated_at: number }>()
  return !!row && row.finished === 0 && row.analyzed_at === null && now - row.updated_at >= EXIT_ABANDONED_AFTER_MS
}

/** Only exit surveys have a reason. */
export function abandonedAfterMs(response: { reason?: string | null }): number {
  return response.reason ? EXIT_ABANDONED_AFTER_MS : ABANDONED_AFTER_MS
}
/** Answers older than this (an import, a backfill, a first analysis of old data) inform reports, not people. */
const STALE_AFTER_MS = 7 * 86_400_000

export interface ResponseAlerts extends StoredAlerts {
  /** How many alerts the answer called for, before dedupe and cool-down (0 when it called for none). */
  decided: number
}

/**
 * One message per answer: the customer is rescored first (the caller passes the change), so the
 * answer's alert carries the risk after the answer; the risk change pages separately only when
 * the answer itself called for no alert. A redelivered message decides the same again, so the
 * rule holds on retries too (the dedupe key then keeps the answer's alert from repeating).
 */
export async function alertsForAnswer(env: Env, workspaceId: string, responseId: string, rescored: { customerPk: string; change: RiskChange | null } | null, now = Date.now()): Promise<StoredAlerts> {
  const answer = await alertsForResponse(env, workspaceId, responseId, now, rescored?.change ?? undefined)
  if (answer.decided > 0 || !rescored?.change) return answer
  return alertsForRiskChange(env, workspaceId, rescored.customerPk, rescored.change, now)
}

/** `change`, when given, is the rescore this answer caused: its risk (and the tier before) goes into the alert. */
export async function alertsForResponse(env: Env, workspaceId: string, responseId: string, now = Date.now(), change?: RiskChange): Promise<ResponseAlerts> {
  const quiet = { ...NONE, decided: 0 }
  const db = env.DB
  const settings = await workspaceSettings(db, workspaceId)
  if (!settings) return quiet
  const ctx = await loadResponse(db, workspaceId, responseId, settings)
  if (!ctx || now - ctx.updatedAt > STALE_AFTER_MS) return quiet
  const pk = ctx.customerPk
  const [customer, risk] = pk
    ? await Promise.all([loadCustomer(db, workspaceId, pk, settings), change ? riskAfter(change) : loadRisk(db, workspaceId, pk)])
    : [null, null]
  // Someone who gave a 2 and closed the survey is still a detractor; the dedupe key (kind,
  // customer, response) keeps a later finish from alerting again.
  const abandoned = !ctx.response.finished && now - ctx.updatedAt >= abandonedAfterMs(ctx.response)
  const decided = decideResponseAlerts({ response: ctx.response, customer, risk, offerPending: ctx.offerPending }, { includePartial: abandoned })
  const stored = await storeAlerts(env, workspaceId, pk, decided, now, settings.alertCooldownHours)
  return { ...stored, decided: decided.length }
}

export async function alertsForRiskChange(env: Env, workspaceId: string, customerPk: string, change: RiskChange, now = Date.now()): Promise<StoredAlerts> {
  // Most rescores are no rise worth a page: answer those without a query (the daily pass rescores everyone).
  if (!isAlertableRise(change.previous, change.current)) return NONE
  const db = env.DB
  const settings = await workspaceSettings(db, workspaceId)
  if (!settings) return NONE
  const customer = await loadCustomer(db, workspaceId, customerPk, settings)
  if (!customer) return NONE
  const { previous, current } = change
  const decided = decideRiskAlerts({
    customer,
    previous: previous ? { tier: previous.tier, score: previous.score } : null,
    current: { tier: current.tier, score: current.score, reasons: riskReasons(current.reasons) },
    at: now,
  })
  return storeAlerts(env, workspaceId, customerPk, decided, now, settings.alertCooldownHours)
}

/** The risk after an answer, with the tier before it when the answer moved it. */
function riskAfter({ previous, current }: RiskChange): RiskSnapshot {
  const moved = previous && previous.tier !== current.tier
  return {
    score: current.score,
    tier: current.tier,
    ...(moved ? { previousTier: previous.tier, previousScore: previous.score } : {}),
    reasons: riskReasons(current.reasons),
  }
}

/** Null once the workspace is gone: its queued work simply ends. */
async function workspaceSettings(db: D1Database, workspaceId: string): Promise<WorkspaceSettings | null> {
  const row = await db.prepare('SELECT settings FROM workspaces WHERE id = ?').bind(workspaceId).first<{ settings: string }>()
  return row ? resolveSettings(JSON.parse(row.settings)) : null
}
