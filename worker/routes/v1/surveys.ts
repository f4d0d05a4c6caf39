// /v1/surveys: create and edit surveys. Changing the questions bumps the version, so answers
// are read against the wording people saw.
import { Hono } from 'hono'
import type { AppEnv } from '../../env.ts'
import { serverJson } from '../../lib/body.ts'
import { ApiError } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { forgetSurvey, getSurvey, keepVersionStatement, surveyFromRow, type SurveyRow } from '../../services/surveys.ts'
import { surveyCreate, surveyPatch } from './survey-schema.ts'
import type { SurveyDefinition } from '../../domain/surveys/types.ts'

function checkExit(kind: string, content: SurveyDefinition['content']) {
  if (kind === 'exit' && !content.reasons?.length) throw new ApiError('invalid_request', 'content.reasons: an exit survey needs reasons')
  for (const reason of Object.keys(content.offers ?? {})) {
    if (!content.reasons?.includes(reason as never)) throw new ApiError('invalid_request', `content.offers.${reason}: not one of the survey's reasons`)
  }
}

const view = (s: SurveyDefinition & { createdAt: number; updatedAt: number }) => s

export const surveys = new Hono<AppEnv>()
  .get('/', async (c) => {
    const { results } = await c.env.DB.prepare("SELECT * FROM surveys WHERE workspace_id = ? AND status != 'archived' ORDER BY created_at").bind(c.get('auth').workspaceId).all<SurveyRow>()
    return c.json({ data: results.map((r) => ({ ...surveyFromRow(r), createdAt: r.created_at, updatedAt: r.updated_at })), nextCursor: null, total: results.length })
  })
  .post('/', async (c) => {
    const input = await serverJson(c, surveyCreate)
    checkExit(input.kind, input.content)
    const now = Date.now()
    const survey = { id: newId('srv'), version: 1, locales: Object.keys(input.content.locales), ...input, createdAt: now, updatedAt: now }
    await c.env.DB.prepare(
      `INSERT INTO surveys (id, workspace_id, kind, name, status, version, content, trigger, targeting, frequency, sampling, recontact_days, locales, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).bind(survey.id, c.get('auth').workspaceId, survey.kind, survey.name, survey.status, JSON.stringify(survey.content), JSON.stringify(survey.trigger),
      survey.targeting ? JSON.stringify(survey.targeting) : null, JSON.stringify(survey.frequency), survey.sampling, survey.recontactDays,
      JSON.stringify(survey.locales), now, now).run()
    return c.json(view(survey as SurveyDefinition & { createdAt: number; updatedAt: number }), 201)
  })
  .get('/:id', async (c) => {
    const survey = await getSurvey(c.env.DB, c.get('auth').workspaceId, c.req.param('id'))
    if (!survey) throw new ApiError('not_found', 'Unknown survey')
    return c.json(view(survey))
  })
  .patch('/:id', async (c) => {
    const input = await serverJson(c, surveyPatch)
    const { workspaceId } = c.get('auth')
    const current = await getSurvey(c.env.DB, workspaceId, c.req.param('id'))
    if (!current) throw new ApiError('not_found', 'Unknown survey')
    const next = { ...current, ...input, updatedAt: Date.now() } as typeof current
    checkExit(next.kind, next.content)
    if (input.content && JSON.stringify(input.content) !== JSON.stringify(current.content)) next.version = current.version + 1
    next.locales = Object.keys(next.content.locales)
    const db = c.env.DB
    await db.batch([
      // The version replaced is kept: answers given under it may still arrive (queued offline).
      ...(next.version !== current.version ? [keepVersionStatement(db, workspaceId, current, next.updatedAt)] : []),
      db.prepare(
        `UPDATE surveys SET name = ?, status = ?, version = ?, content = ?, trigger = ?, targeting = ?, frequency = ?, sampling = ?,
           recontact_days = ?, locales = ?, updated_at = ? WHERE id = ? AND workspace_id = ?`,
      ).bind(next.name, next.status, next.version, JSON.stringify(next.content), JSON.stringify(next.trigger), next.targeting ? JSON.stringify(next.targeting) : null,
        JSON.stringify(next.frequency), next.sampling, next.recontactDays, JSON.stringify(next.locales), next.updatedAt, next.id, workspaceId),
    ])
    forgetSurvey(workspaceId, next.id)
    return c.json(view(next))
  })
  .delete('/:id', async (c) => {
    // Archived, not deleted: its answers stay readable; it takes no new ones.
    const { workspaceId } = c.get('auth')
    const res = await c.env.DB.prepare("UPDATE surveys SET status = 'archived', updated_at = ? WHERE id = ? AND workspace_id = ?").bind(Date.now(), c.req.param('id'), workspaceId).run()
    if (res.meta.changes === 0) throw new ApiError('not_found', 'Unknown survey')
    forgetSurvey(workspaceId, c.req.param('id'))
    return c.body(null, 204)
  })
