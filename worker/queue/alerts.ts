// Deciding alerts (and their deliveries) for an analysed response or a risk change. Safe to run
// twice: dedupe keys make the second run insert nothing, so nothing is delivered twice.
import type { Env } from '../env.ts'
import type { RiskChange } from './rescore.ts'
import { TIER_RANK, decideResponseAlerts, decideRiskAlerts } from '../domain/alerts/index.ts'
import { resolveSettings, type WorkspaceSettings } from '../domain/settings.ts'
import { loadCustomer, loadResponse, loadRisk, riskReasons } from '../services/alert-context.ts'
import { storeAlerts, withCooldown, type StoredAlerts } from '../services/alert-store.ts'

const NONE: StoredAlerts = { alertIds: [], pending: [], digest: [] }
/** As the cron's sweep: a partial answer untouched this long was abandoned after its score. */
const ABANDONED_AFTER_MS = 30 * 60_000
/** Answers older than this (an import, a backfill, a first analysis of old data) inform reports, not people. */
const STALE_AFTER_MS = 7 * 86_400_000

export async function alertsForResponse(env: Env, workspaceId: string, responseId: string, now = Date.now()): Promise<StoredAlerts> {
  const db = env.DB
  const settings = await workspaceSettings(db, workspaceId)
  if (!settings) return NONE
  const ctx = await loadResponse(db, workspaceId, responseId, settings)
  if (!ctx || now - ctx.updatedAt > STALE_AFTER_MS) return NONE
  const pk = ctx.customerPk
  const [customer, risk] = pk ? await Promise.all([loadCustomer(db, workspaceId, pk, settings), loadRisk(db, workspaceId, pk)]) : [null, null]
  // Someone who gave a 2 and closed the survey is still a detractor; the dedupe key (kind,
  // customer, response) keeps a later finish from alerting again.
  const abandoned = !ctx.response.finished && now - ctx.updatedAt >= ABANDONED_AFTER_MS
  const decided = decideResponseAlerts({ response: ctx.response, customer, risk }, { includePartial: abandoned })
  const kept = await withCooldown(db, workspaceId, pk, decided, now, settings.alertCooldownHours)
  return storeAlerts(env, workspaceId, pk, kept, now)
}

export async function alertsForRiskChange(env: Env, workspaceId: string, customerPk: string, change: RiskChange, now = Date.now()): Promise<StoredAlerts> {
  // Most rescores move no tier up: answer those without a query (the daily pass rescores everyone).
  const before = change.previous?.tier
  if (before ? TIER_RANK[change.current.tier] <= TIER_RANK[before] : change.current.tier === 'low') return NONE
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
  const kept = await withCooldown(db, workspaceId, customerPk, decided, now, settings.alertCooldownHours)
  return storeAlerts(env, workspaceId, customerPk, kept, now)
}

/** Null once the workspace is gone: its queued work simply ends. */
async function workspaceSettings(db: D1Database, workspaceId: string): Promise<WorkspaceSettings | null> {
  const row = await db.prepare('SELECT settings FROM workspaces WHERE id = ?').bind(workspaceId).first<{ settings: string }>()
  return row ? resolveSettings(JSON.parse(row.settings)) : null
}
