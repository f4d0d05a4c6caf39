// POST /v1/sites/{siteKey}/responses: an answer, partial first, then comment, then finished,
// all under one client-generated id. First write 201, repeats 200, never a second row.
import { Hono } from 'hono'
import * as z from 'zod'
import type { AppEnv } from '../../env.ts'
import { publicJson } from '../../lib/body.ts'
import { ApiError } from '../../lib/errors.ts'
import { verifyCustomer } from '../../lib/identity.ts'
import { UUID_RE } from '../../lib/ids.ts'
import { clientId, customerOf, customerRef, identityHash } from '../../lib/schemas.ts'
import { contentOfVersion, getSurvey, getSurveyCached } from '../../services/surveys.ts'
import { storeResponse } from '../../services/responses.ts'
import { enqueue } from '../../services/queue.ts'
import { SCORE_RANGES } from '../../domain/surveys/types.ts'
import { exitOfferProblem } from '../../domain/surveys/exit-offer.ts'
import { safeText } from '../../domain/safe-text.ts'
import { EXIT_ABANDONED_AFTER_MS } from '../../queue/alerts.ts'

export const responseBody = z.strictObject({
  id: z.string().regex(UUID_RE, 'must be a UUID'),
  surveyId: z.string().min(1).max(64),
  customer: customerRef.optional(),
  /** The customer id's HMAC, where the workspace verifies identities (also accepted inside `customer`). */
  hash: identityHash.optional(),
  clientId: clientId.optional(),
  score: z.number().int().nullable().optional(),
  // Control and bidi-override characters hid what followed a NUL from search and reached the CSV export raw.
  comment: z.string().max(5000).transform((c) => safeText(c, { multiline: true })).optional(),
  reason: z.string().min(1).max(64).optional(),
  offer: z.strictObject({ kind: z.enum(['discount', 'pause', 'downgrade', 'talk']), accepted: z.boolean() }).optional(),
  locale: z.string().max(35).optional(),
  url: z.string().max(2048).optional(),
  // The survey version the widget showed: an answer queued offline may reach a survey edited since.
  surveyVersion: z.number().int().min(1).optional(),
  finished: z.boolean(),
})

interface StoredAnswer { survey_id: string; survey_version: number; reason: string | null; offer_kind: string | null }

export const publicResponses = new Hono<AppEnv>().post('/', async (c) => {
  const input = await publicJson(c, responseBody)
  const { workspaceId } = c.get('site')
  await verifyCustomer(c.get('site').identitySecrets, input.customer, input.hash)
  let survey = await getSurveyCached(c.env.DB, workspaceId, input.surveyId)
  // A version newer than this isolate's cached copy: the survey was edited elsewhere a moment ago.
  if (survey && input.surveyVersion !== undefined && input.surveyVersion > survey.version) survey = await getSurvey(c.env.DB, workspaceId, input.surveyId)
  // Archived, it takes no new answers; one shown before the archive (the widget names the version it
  // showed) may still arrive from an offline queue, and a 404 would have the widget drop it.
  if (!survey || (survey.status === 'archived' && input.surveyVersion === undefined)) throw new ApiError('not_found', `Unknown survey ${input.surveyId}`)
  const range = SCORE_RANGES[survey.kind]
  if (input.score != null) {
    if (!range) throw new ApiError('invalid_request', `score: a ${survey.kind} survey takes no score`)
    if (input.score < range[0] || input.score > range[1]) {
      throw new ApiError('invalid_request', `score: must be between ${range[0]} and ${range[1]} for ${survey.kind.toUpperCase()}`)
    }
  }
  if (input.reason !== undefined && survey.kind !== 'exit') throw new ApiError('invalid_request', `reason: not one of this survey's reasons`)
  if (input.surveyVersion !== undefined && input.surveyVersion > survey.version) {
    throw new ApiError('invalid_request', `surveyVersion: this survey is at version ${survey.version}`)
  }
  if (input.offer && survey.kind !== 'exit') throw new ApiError('invalid_request', 'offer: only exit surveys make offers')
  // A later write may only finish or add to an answer; a first one must hold some answer, or an empty
  // row would count as answered and keep the customer from being asked for months.
  const answers = input.score != null || !!input.comment || input.reason !== undefined || input.offer !== undefined
  // A write that sets a reason or an offer is checked against the other, whether sent or stored.
  const offerTouched = survey.kind === 'exit' && (input.reason !== undefined || input.offer !== undefined)
  const earlier = !answers || offerTouched
    ? await c.env.DB.prepare('SELECT survey_id, survey_version, reason, offer_kind FROM responses WHERE workspace_id = ? AND id = ?').bind(workspaceId, input.id).first<StoredAnswer>()
    : null
  if (!answers && !earlier) throw new ApiError('invalid_request', 'an answer needs a score, comment, reason or offer')
  if (offerTouched) {
    // The answer as it will stand once merged with what is stored (the widget sends the reason, then
    // the offer), judged by the reasons and offers of the version it was shown: an answer queued
    // offline across an edit is not refused (and lost) for a reason the edit removed. A version
    // replaced before versions were kept is unknown: only its shape is checked. An id under another
    // survey is a conflict below.
    const same = earlier?.survey_id === survey.id ? earlier : null
    const shown = await contentOfVersion(c.env.DB, survey, same?.survey_version ?? input.surveyVersion ?? survey.version)
    if (input.reason !== undefined && shown && !(shown.reasons ?? []).includes(input.reason)) throw new ApiError('invalid_request', `reason: not one of this survey's reasons`)
    const offerKind = input.offer?.kind ?? same?.offer_kind ?? null
    const problem = exitOfferProblem(shown ?? survey.content, {
      reason: input.reason ?? same?.reason ?? null,
      offer: offerKind === null ? null : { kind: offerKind },
    }, shown !== null)
    if (problem) throw new ApiError('invalid_request', problem)
  }
  const stored = await storeResponse(c.env.DB, workspaceId, survey, { ...input, customer: customerOf(input.customer) }, Date.now())
  if (stored.needsAnalysis) {
    c.executionCtx.waitUntil(enqueue(c.env, [{ type: 'analyze', workspaceId, responseId: input.id }]))
  } else if (survey.kind === 'exit' && !stored.finished && (input.reason ?? earlier?.reason)) {
    // Left at the comment step (or an offer): read once a minute passes with no further write.
    const check = { type: 'analyze' as const, workspaceId, responseId: input.id, ifAbandoned: true as const }
    c.executionCtx.waitUntil(enqueue(c.env, [check], { delaySeconds: EXIT_ABANDONED_AFTER_MS / 1000 + 1 }))
  }
  return c.json({ id: input.id, finished: stored.finished }, stored.created ? 201 : 200)
})
