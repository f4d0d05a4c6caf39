// Storing an answer: idempotent on the client's id, partial answers merged, never half-written.
import type { SurveyDefinition } from '../domain/surveys/types.ts'
import { ApiError } from '../lib/errors.ts'
import { upsertCustomerStatement } from './customers.ts'

export interface ResponseInput {
  id: string
  customer?: { id: string; traits: Record<string, unknown> }
  clientId?: string
  score?: number | null
  comment?: string
  reason?: string
  offer?: { kind: string; accepted: boolean }
  locale?: string
  url?: string
  finished: boolean
}

export interface StoredResponse {
  created: boolean
  finished: boolean
  /** True when this write finished the response or changed what analysis reads. */
  needsAnalysis: boolean
  customerPk: string | null
}

export async function storeResponse(db: D1Database, workspaceId: string, survey: SurveyDefinition, input: ResponseInput, now: number): Promise<StoredResponse> {
  const existing = await db.prepare('SELECT survey_id, finished, comment, score FROM responses WHERE workspace_id = ? AND id = ?')
    .bind(workspaceId, input.id).first<{ survey_id: string; finished: number; comment: string | null; score: number | null }>()
  if (existing && existing.survey_id !== survey.id) throw new ApiError('conflict', `Response ${input.id} belongs to another survey`)
  const customerId = input.customer?.id ?? null
  const pkSql = '(SELECT pk FROM customers WHERE workspace_id = ?1 AND external_id = ?3)'
  const comment = input.comment?.trim() ? input.comment.trim() : null
  const statements: D1PreparedStatement[] = []
  if (input.customer) statements.push(upsertCustomerStatement(db, workspaceId, input.customer, now))
  const args = [workspaceId, input.id, customerId, survey.id, survey.kind, survey.version, input.clientId ?? null,
    input.score ?? null, comment, input.reason ?? null, input.offer?.kind ?? null,
    input.offer === undefined ? null : input.offer.accepted ? 1 : 0, input.locale ?? null, input.url ?? null,
    input.finished ? 1 : 0, now]
  // Insert-or-nothing tells a first write (changes = 1) from a repeat, even under concurrency;
  // the update then merges whatever this call adds. Both run in one transaction.
  statements.push(
    db.prepare(
      `INSERT INTO responses (id, workspace_id, survey_id, survey_kind, survey_version, customer_pk, client_id, score, comment, reason,
         offer_kind, offer_accepted, locale, url, finished, created_at, updated_at, finished_at)
       VALUES (?2, ?1, ?4, ?5, ?6, ${pkSql}, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?16, CASE WHEN ?15 = 1 THEN ?16 END)
       ON CONFLICT (workspace_id, id) DO NOTHING`,
    ).bind(...args),
    db.prepare(
      `UPDATE responses SET
         customer_pk = COALESCE(customer_pk, ${pkSql}),
         score = COALESCE(?8, score),
         comment = COALESCE(?9, comment),
         reason = COALESCE(?10, reason),
         offer_kind = COALESCE(?11, offer_kind),
         offer_accepted = COALESCE(?12, offer_accepted),
         locale = COALESCE(?13, locale),
         url = COALESCE(?14, url),
         finished = MAX(finished, ?15),
         finished_at = COALESCE(finished_at, CASE WHEN ?15 = 1 THEN ?16 END),
         updated_at = ?16
       WHERE workspace_id = ?1 AND id = ?2 AND survey_id = ?4`,
    ).bind(...args),
  )
  if (input.customer) {
    statements.push(db.prepare('UPDATE customers SET last_surveyed_at = MAX(COALESCE(last_surveyed_at, 0), ?) WHERE workspace_id = ? AND external_id = ?')
      .bind(now, workspaceId, input.customer.id))
  }
  const results = await db.batch(statements)
  const write = results[input.customer ? 1 : 0]
  const pk = input.customer ? ((results[0].results[0] as { pk: string } | undefined)?.pk ?? null) : null
  const created = write.meta.changes > 0
  const finished = input.finished || existing?.finished === 1
  const newlyFinished = input.finished && existing?.finished !== 1
  // A late comment on a finished answer changes what analysis reads.
  const changedText = existing?.finished === 1 && comment !== null && comment !== existing.comment
  const changedScore = existing?.finished === 1 && input.score != null && input.score !== existing.score
  return { created, finished, needsAnalysis: newlyFinished || changedText || changedScore, customerPk: pk }
}
