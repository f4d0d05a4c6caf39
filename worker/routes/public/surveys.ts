// GET /v1/sites/{siteKey}/surveys: the surveys this visitor may see now, ready to render.
import { Hono } from 'hono'
import * as z from 'zod'
import type { AppEnv } from '../../env.ts'
import { validate } from '../../lib/body.ts'
import { verifyCustomer } from '../../lib/identity.ts'
import { identityHash } from '../../lib/schemas.ts'
import { activeSurveys } from '../../services/surveys.ts'
import { loadSettings } from '../../services/workspaces.ts'
import { blockedUntil, eligibleSurveys, inSample, matchesTargeting, type SurveyHistory } from '../../domain/surveys/eligibility.ts'
import { surveyForWidget } from '../../domain/surveys/widget-strings.ts'

const query = z.strictObject({
  customer: z.string().min(1).max(200).optional(),
  /** The customer id's HMAC, where the workspace verifies identities (lib/identity.ts). */
  hash: identityHash.optional(),
  locale: z.string().max(35).optional(),
  url: z.string().max(2048).optional(),
  clientId: z.string().min(1).max(100).optional(),
  /** `show(surveyId)`: that survey, whatever triggers and throttling say. */
  survey: z.string().min(1).max(64).optional(),
})

export const publicSurveys = new Hono<AppEnv>().get('/', async (c) => {
  const q = validate(query, c.req.query())
  const { workspaceId } = c.get('site')
  await verifyCustomer(c.get('site').identitySecrets, q.customer, q.hash)
  const db = c.env.DB
  const [settings, surveys] = await Promise.all([loadSettings(db, workspaceId), activeSurveys(db, workspaceId)])
  const now = Date.now()
  let traits: Record<string, unknown> = {}
  let input = { now, personId: q.customer ?? q.clientId ?? '', traits, lastSurveyedAt: null as number | null, lastLaterAt: null as number | null, recontactDays: settings.recontactDays, history: new Map<string, SurveyHistory>() }
  if (q.customer) {
    const customer = await db.prepare('SELECT pk, traits, last_surveyed_at FROM customers WHERE workspace_id = ? AND external_id = ?')
      .bind(workspaceId, q.customer).first<{ pk: string; traits: string; last_surveyed_at: number | null }>()
    if (customer) {
      traits = JSON.parse(customer.traits)
      const [shown, answered] = await db.batch([
        db.prepare(`SELECT survey_id, MAX(CASE WHEN status != 'later' THEN created_at END) AS last_shown,
            MAX(CASE WHEN status = 'later' THEN updated_at END) AS last_later FROM displays WHERE customer_pk = ? GROUP BY survey_id`).bind(customer.pk),
        db.prepare('SELECT DISTINCT survey_id FROM responses WHERE customer_pk = ? AND finished = 1').bind(customer.pk),
      ])
      const answeredIds = new Set((answered.results as { survey_id: string }[]).map((r) => r.survey_id))
      let lastLaterAt: number | null = null
      for (const r of shown.results as { survey_id: string; last_shown: number | null; last_later: number | null }[]) {
        input.history.set(r.survey_id, { lastShownAt: r.last_shown, lastLaterAt: r.last_later, answered: answeredIds.has(r.survey_id) })
        if (r.last_later !== null) lastLaterAt = Math.max(lastLaterAt ?? 0, r.last_later)
      }
      for (const id of answeredIds) if (!input.history.has(id)) input.history.set(id, { lastShownAt: null, lastLaterAt: null, answered: true })
      input = { ...input, traits, lastSurveyedAt: customer.last_surveyed_at, lastLaterAt }
    }
  }
  let chosen
  if (q.survey) {
    chosen = surveys.filter((s) => s.id === q.survey)
  } else if (q.customer) {
    chosen = eligibleSurveys(surveys, input)
  } else {
    // Anonymous visitors: the widget throttles from localStorage; the server applies what it can.
    chosen = surveys.filter((s) => matchesTargeting(s.targeting, {}) && (!q.clientId || inSample(q.clientId, s.id, s.sampling)))
  }
  c.header('cache-control', 'no-store')
  return c.json({
    data: chosen.map((s) => surveyForWidget(s, q.locale, settings.defaultLocale)),
    throttle: { recontactDays: settings.recontactDays, blockedUntil: q.customer ? blockedUntil(input) : null },
  })
})
