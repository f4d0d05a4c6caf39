// POST /v1/sites/{siteKey}/responses: an answer, partial first, then comment, then finished,
// all under one client-generated id. First write 201, repeats 200, never a second row.
import { Hono } from 'hono'
import * as z from 'zod'
import type { AppEnv } from '../../env.ts'
import { publicJson } from '../../lib/body.ts'
import { ApiError } from '../../lib/errors.ts'
import { UUID_RE } from '../../lib/ids.ts'
import { clientId, customerOf, customerRef } from '../../lib/schemas.ts'
import { getSurveyCached } from '../../services/surveys.ts'
import { storeResponse } from '../../services/responses.ts'
import { enqueue } from '../../services/queue.ts'
import { SCORE_RANGES } from '../../domain/surveys/types.ts'

export const responseBody = z.strictObject({
  id: z.string().regex(UUID_RE, 'must be a UUID'),
  surveyId: z.string().min(1).max(64),
  customer: customerRef.optional(),
  clientId: clientId.optional(),
  score: z.number().int().nullable().optional(),
  comment: z.string().max(5000).optional(),
  reason: z.string().min(1).max(64).optional(),
  offer: z.strictObject({ kind: z.enum(['discount', 'pause', 'downgrade', 'talk']), accepted: z.boolean() }).optional(),
  locale: z.string().max(35).optional(),
  url: z.string().max(2048).optional(),
  finished: z.boolean(),
})

export const publicResponses = new Hono<AppEnv>().post('/', async (c) => {
  const input = await publicJson(c, responseBody)
  const { workspaceId } = c.get('site')
  const survey = await getSurveyCached(c.env.DB, workspaceId, input.surveyId)
  if (!survey || survey.status === 'archived') throw new ApiError('not_found', `Unknown survey ${input.surveyId}`)
  const range = SCORE_RANGES[survey.kind]
  if (input.score != null) {
    if (!range) throw new ApiError('invalid_request', `score: a ${survey.kind} survey takes no score`)
    if (input.score < range[0] || input.score > range[1]) {
      throw new ApiError('invalid_request', `score: must be between ${range[0]} and ${range[1]} for ${survey.kind.toUpperCase()}`)
    }
  }
  if (input.reason !== undefined) {
    const reasons = survey.content.reasons ?? []
    if (survey.kind !== 'exit' || !reasons.includes(input.reason)) throw new ApiError('invalid_request', `reason: not one of this survey's reasons`)
  }
  if (input.offer && survey.kind !== 'exit') throw new ApiError('invalid_request', 'offer: only exit surveys make offers')
  // A later write may only finish or add to an answer; a first one must hold some answer, or an empty
  // row would count as answered and keep the customer from being asked for months.
  const answers = input.score != null || !!input.comment || input.reason !== undefined || input.offer !== undefined
  if (!answers && !(await c.env.DB.prepare('SELECT 1 FROM responses WHERE workspace_id = ? AND id = ?').bind(workspaceId, input.id).first())) {
    throw new ApiError('invalid_request', 'an answer needs a score, comment, reason or offer')
  }
  const stored = await storeResponse(c.env.DB, workspaceId, survey, { ...input, customer: customerOf(input.customer) }, Date.now())
  if (stored.needsAnalysis) {
    c.executionCtx.waitUntil(enqueue(c.env, [{ type: 'analyze', workspaceId, responseId: input.id }]))
  }
  return c.json({ id: input.id, finished: stored.finished }, stored.created ? 201 : 200)
})
