// Storing an answer: idempotent on the client's id, partial answers merged, never half-written.
import type { SurveyDefinition } from '../domain/surveys/types.ts'
import { ApiError } from '../lib/errors.ts'
import { upsertCustomerStatement } from './customers.ts'
import { sightingStatement } from './counters.ts'

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
  /** The survey version the answer was given under, when it says (else the survey's current one). */
  surveyVersion?: number
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
  const customerId = input.customer?.id ?? null
  const pkSql = '(SELECT pk FROM customers WHERE workspace_id = ?1 AND external_id = ?3)'
  const comment = input.comment?.trim() ? input.comment.trim() : null
  const statements: D1PreparedStatement[] = []
  // Answering counts as being surveyed: the recontact period starts even if the display call was lost.
  if (input.customer) statements.push(upsertCustomerStatement(db, workspaceId, input.customer, now, now, now), sightingStatement(db, workspaceId, input.customer.id, now))
  const args = [workspaceId, input.id, customerId, survey.id, survey.kind, input.surveyVersion ?? survey.version, input.clientId ?? null,
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
         updated_at = ?16,
         -- A late comment, a changed score, reason or offer answer, or a late finish is read again (SET
         -- sees the old values): an answer read as abandoned while its save offer was open may move on
         -- later, and an exit survey's alert waits for that.
         analyzed_at = CASE WHEN (?9 IS NOT NULL AND ?9 IS NOT comment) OR (?8 IS NOT NULL AND ?8 IS NOT score)
           OR (?10 IS NOT NULL AND ?10 IS NOT reason) OR (?12 IS NOT NULL AND ?12 IS NOT offer_accepted)
           OR (?15 = 1 AND finished = 0) THEN NULL ELSE analyzed_at END
       WHERE workspace_id = ?1 AND id = ?2 AND survey_id = ?4
       RETURNING finished, analyzed_at`,
    ).bind(...args),
  )
  const results = await db.batch(statements)
  const offset = input.customer ? 2 : 0
  const pk = input.customer ? ((results[0].results[0] as { pk: string } | undefined)?.pk ?? null) : null
  const created = results[offset].meta.changes > 0
  const after = results[offset + 1].results[0] as { finished: number; analyzed_at: number | null } | undefined
  // Neither inserted nor matched: the id exists under another survey.
  if (!after) throw new ApiError('conflict', `Response ${input.id} belongs to another survey`)
  const finished = after.finished === 1
  // Finished and not (or no longer) analysed: the queue reads it. Duplicates are harmless there.
  const needsAnalysis = finished && after.analyzed_at === null
  return { created, finished, needsAnalysis, customerPk: pk }
}
