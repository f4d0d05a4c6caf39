// POST /v1/sites/{siteKey}/displays: a survey was shown, dismissed, or snoozed ("ask me later").
import { Hono } from 'hono'
import * as z from 'zod'
import type { AppEnv } from '../../env.ts'
import { publicJson } from '../../lib/body.ts'
import { ApiError } from '../../lib/errors.ts'
import { verifyCustomer } from '../../lib/identity.ts'
import { UUID_RE, newId } from '../../lib/ids.ts'
import { clientId, customerOf, customerRef, identityHash } from '../../lib/schemas.ts'
import { upsertCustomerStatement } from '../../services/customers.ts'
import { sightingStatement } from '../../services/counters.ts'

const body = z.strictObject({
  id: z.string().regex(UUID_RE, 'must be a UUID').optional(),
  surveyId: z.string().min(1).max(64),
  // The version the widget showed: it names a survey that was live, so a display sent after an archive is kept.
  surveyVersion: z.number().int().min(1).optional(),
  clientId,
  customer: customerRef.optional(),
  /** The customer id's HMAC, where the workspace verifies identities (also accepted inside `customer`). */
  hash: identityHash.optional(),
  status: z.enum(['shown', 'dismissed', 'later']).default('shown'),
})

export const publicDisplays = new Hono<AppEnv>().post('/', async (c) => {
  const input = await publicJson(c, body)
  const { workspaceId } = c.get('site')
  await verifyCustomer(c.get('site').identitySecrets, input.customer, input.hash)
  const db = c.env.DB
  const survey = await db.prepare('SELECT status, version FROM surveys WHERE workspace_id = ? AND id = ?').bind(workspaceId, input.surveyId).first<{ status: string; version: number }>()
  // An archived survey takes only displays that name a version it had: the widget showed it while it was live.
  if (!survey || (survey.status === 'archived' && input.surveyVersion === undefined)) throw new ApiError('not_found', `Unknown survey ${input.surveyId}`)
  if (input.surveyVersion !== undefined && input.surveyVersion > survey.version) throw new ApiError('invalid_request', `surveyVersion: this survey is at version ${survey.version}`)
  const now = Date.now()
  const id = input.id ?? newId('dsp')
  // A display id is the widget's; reused for another survey it would be stored nowhere, so it is
  // refused before anything is written (and again after, should two requests race).
  const taken = input.id && await db.prepare('SELECT survey_id FROM displays WHERE workspace_id = ? AND id = ?').bind(workspaceId, id).first<{ survey_id: string }>()
  if (taken && taken.survey_id !== input.surveyId) throw conflict(id)
  const customer = customerOf(input.customer)
  const statements: D1PreparedStatement[] = []
  if (customer) statements.push(upsertCustomerStatement(db, workspaceId, customer, now), sightingStatement(db, workspaceId, customer.id, now))
  const displayAt = statements.length
  statements.push(
    db.prepare(
      `INSERT INTO displays (id, workspace_id, survey_id, customer_pk, client_id, status, created_at, updated_at)
       VALUES (?2, ?1, ?3, (SELECT pk FROM customers WHERE workspace_id = ?1 AND external_id = ?7), ?4, ?5, ?6, ?6)
       ON CONFLICT (workspace_id, id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at
       WHERE displays.survey_id = excluded.survey_id`,
    ).bind(workspaceId, id, input.surveyId, input.clientId, input.status, now, customer?.id ?? null),
  )
  // "Ask me later" is not a contact: only shown and dismissed start the recontact period. A
  // "later" usually follows this display's "shown", so the period that showing started is taken
  // back: the last contact is recomputed from the other displays and the answers.
  if (customer && input.status !== 'later') {
    statements.push(
      db.prepare('UPDATE customers SET last_surveyed_at = MAX(COALESCE(last_surveyed_at, 0), ?) WHERE workspace_id = ? AND external_id = ?')
        .bind(now, workspaceId, customer.id),
    )
  } else if (customer) {
    statements.push(
      db.prepare(
        `UPDATE customers SET last_surveyed_at = (SELECT MAX(at) FROM (
           SELECT MAX(updated_at) AS at FROM displays WHERE customer_pk = customers.pk AND status != 'later'
           UNION ALL SELECT MAX(updated_at) FROM responses WHERE customer_pk = customers.pk))
         WHERE workspace_id = ? AND external_id = ?`,
      ).bind(workspaceId, customer.id),
    )
  }
  if ((await db.batch(statements))[displayAt].meta.changes === 0) throw conflict(id)
  return c.json({ id }, 201)
})

const conflict = (id: string) => new ApiError('conflict', `Display ${id} belongs to another survey`)
