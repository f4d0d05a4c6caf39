// Delivery rows: loading one with its alert and destination, claiming it for an attempt, and
// the statements that record an attempt's outcome.
import type { DeliveryProblem, DestinationLike, Lang, NextState, StoredAlert, Digest } from '../domain/alerts/index.ts'
import { problemSentence } from '../domain/alerts/index.ts'
import { resolveSettings } from '../domain/settings.ts'
import { teamLanguage } from './alert-context.ts'

export interface DeliveryJob {
  id: string
  workspaceId: string
  status: string
  attempts: number
  nextAttemptAt: number | null
  /** 'digest' for a daily digest, which carries its Digest and the deliveries it stands for. */
  kind: string
  alert: StoredAlert
  digest: { digest: Digest; deliveryIds: string[] } | null
  destination: (DestinationLike & { id: string; enabled: boolean; disabledReason: string | null }) | null
  dashboardUrl: string | null
  /** The language the workspace's team reads alerts in. */
  teamLanguage: Lang
}

interface JobRow {
  id: string
  workspace_id: string
  status: string
  attempts: number
  next_attempt_at: number | null
  alert_id: string
  kind: string
  severity: StoredAlert['severity']
  response_id: string | null
  dedupe_key: string
  data: string
  alert_created_at: number
  dest_id: string | null
  dest_kind: DestinationLike['kind'] | null
  url: string | null
  secret: string | null
  previous_secret: string | null
  previous_secret_expires_at: number | null
  config: string | null
  enabled: number | null
  disabled_reason: string | null
  settings: string | null
}

export async function loadJob(db: D1Database, deliveryId: string): Promise<DeliveryJob | null> {
  const r = await db.prepare(
    `SELECT d.id, d.workspace_id, d.status, d.attempts, d.next_attempt_at, a.id AS alert_id, a.kind, a.severity, a.response_id, a.dedupe_key,
       a.data, a.created_at AS alert_created_at, t.id AS dest_id, t.kind AS dest_kind, t.url, t.secret, t.previous_secret,
       t.previous_secret_expires_at, t.config, t.enabled, t.disabled_reason, w.settings
     FROM deliveries d JOIN alerts a ON a.id = d.alert_id
       LEFT JOIN destinations t ON t.id = d.destination_id AND t.workspace_id = d.workspace_id
       LEFT JOIN workspaces w ON w.id = d.workspace_id
     WHERE d.id = ?`,
  ).bind(deliveryId).first<JobRow>()
  if (!r) return null
  const data = JSON.parse(r.data)
  const settings = resolveSettings(r.settings ? JSON.parse(r.settings) : {})
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    status: r.status,
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at,
    kind: r.kind,
    alert: {
      id: r.alert_id,
      kind: r.kind as StoredAlert['kind'],
      severity: r.severity,
      dedupeKey: r.dedupe_key,
      customerId: data?.customer?.id ?? '',
      ...(r.response_id ? { responseId: r.response_id } : {}),
      data,
      createdAt: r.alert_created_at,
    },
    digest: r.kind === 'digest' ? data : null,
    destination: r.dest_id
      ? {
          id: r.dest_id,
          kind: r.dest_kind!,
          url: r.url ?? '',
          secret: r.secret,
          previousSecret: r.previous_secret,
          previousSecretExpiresAt: r.previous_secret_expires_at,
          config: r.config ? JSON.parse(r.config) : {},
          enabled: r.enabled === 1,
          disabledReason: r.disabled_reason,
        }
      : null,
    dashboardUrl: settings.dashboardUrl ?? null,
    teamLanguage: teamLanguage(settings),
  }
}

/**
 * Takes the delivery for one attempt: only if it is still pending, due, and nobody attempted it
 * since we read it. The lease pushes next_attempt_at past the attempt, so the sweep leaves an
 * attempt in flight alone but picks the delivery up again if this worker dies mid-attempt.
 */
export async function claim(db: D1Database, job: DeliveryJob, now: number, dueBy: number, leaseMs: number): Promise<boolean> {
  const res = await db.prepare(
    `UPDATE deliveries SET attempts = attempts + 1, next_attempt_at = ?
     WHERE id = ? AND status = 'pending' AND attempts = ? AND COALESCE(next_attempt_at, 0) <= ?`,
  ).bind(now + leaseMs, job.id, job.attempts, dueBy).run()
  return res.meta.changes > 0
}

export interface AttemptRecord {
  at: number
  statusCode: number | null
  /** Why it did not deliver (null for a 2xx); stored as its English sentence. */
  problem: DeliveryProblem | null
  durationMs: number
}

/** The attempt row, the delivery's new state, and what follows from it, for one batch. */
export function recordStatements(db: D1Database, job: DeliveryJob, attempts: number, attempt: AttemptRecord, state: NextState, attemptId: string, now: number): D1PreparedStatement[] {
  const error = attempt.problem ? problemSentence(attempt.problem) : null
  const statements = [
    db.prepare('INSERT INTO delivery_attempts (id, delivery_id, at, status_code, error, duration_ms) VALUES (?, ?, ?, ?, ?, ?)')
      .bind(attemptId, job.id, attempt.at, attempt.statusCode, error, attempt.durationMs),
    db.prepare(
      `UPDATE deliveries SET status = ?, next_attempt_at = ?, last_status = ?, last_error = ?, delivered_at = ?
       WHERE id = ? AND attempts = ?`,
    ).bind(state.status, state.status === 'pending' ? state.nextAttemptAt : null, attempt.statusCode, error,
      state.status === 'delivered' ? now : null, job.id, attempts),
  ]
  if (state.status === 'failed' && state.disableDestination && job.destination) {
    const reason = problemSentence({ code: 'gone', at: now })
    statements.push(db.prepare('UPDATE destinations SET enabled = 0, disabled_reason = ?, updated_at = ? WHERE id = ?').bind(reason, now, job.destination.id))
  }
  // A digest's final outcome is also the outcome of each alert it carried to this destination.
  if (job.digest && state.status !== 'pending') {
    statements.push(db.prepare(
      `UPDATE deliveries SET status = ?, delivered_at = ?, last_status = ?, last_error = ?
       WHERE status IN ('digest', 'failed', 'dead') AND workspace_id = ? AND id IN (SELECT value FROM json_each(?))`,
    ).bind(state.status, state.status === 'delivered' ? now : null, attempt.statusCode, error, job.workspaceId, JSON.stringify(job.digest.deliveryIds)))
  }
  return statements
}

/** Ends a delivery without an attempt (its destination was deleted or disabled). */
export function failWithout(db: D1Database, job: DeliveryJob, problem: DeliveryProblem): D1PreparedStatement {
  return db.prepare("UPDATE deliveries SET status = 'failed', next_attempt_at = NULL, last_error = ? WHERE id = ? AND status = 'pending' AND attempts = ?")
    .bind(problemSentence(problem), job.id, job.attempts)
}
