// GET /v1/insights/summary, /trends and /cohorts: the retention figures the dashboard shows.
// (/insights/themes and /insights/drivers live in themes.ts.)
import { Hono } from 'hono'
import * as z from 'zod'
import type { AppEnv } from '../../env.ts'
import { validate } from '../../lib/body.ts'
import { ApiError } from '../../lib/errors.ts'
import { periodFrom } from '../../lib/period.ts'
import { insightsSummary } from '../../services/insights-summary.ts'
import { insightsTrends } from '../../services/insights-trends.ts'
import { insightsCohorts } from '../../services/insights-cohorts.ts'
import { loadSettings } from '../../services/workspaces.ts'
import { utcOffsetMinutes } from '../../domain/timezone.ts'

const MAX_BUCKETS = 400
const trendQuery = z.object({ bucket: z.enum(['day', 'week']).default('day') })
const cohortQuery = z.object({ months: z.coerce.number().int().min(1).max(36).default(12) })

/** The workspace's time zone and how far its clocks are ahead of UTC at `at`, in ms. */
async function workspaceZone(db: D1Database, workspaceId: string, at: number) {
  const { timezone } = await loadSettings(db, workspaceId)
  return { timezone, offsetMs: utcOffsetMinutes(timezone, at) * 60_000 }
}

export const insights = new Hono<AppEnv>()
  .get('/summary', async (c) => {
    const period = periodFrom(c.req.query())
    return c.json(await insightsSummary(c.env.DB, c.get('auth').workspaceId, period))
  })
  .get('/trends', async (c) => {
    const { bucket, ...rest } = c.req.query()
    const period = periodFrom(rest)
    const q = validate(trendQuery, { bucket })
    if ((period.to - period.from) / (q.bucket === 'day' ? 86_400_000 : 7 * 86_400_000) > MAX_BUCKETS) {
      throw new ApiError('invalid_request', `period: at most ${MAX_BUCKETS} ${q.bucket}s; use bucket=week or a shorter period`)
    }
    const { workspaceId } = c.get('auth')
    // The zone's offset at the period's end: across a daylight-saving change, answers in the hour
    // between the two offsets may land on the neighbouring day.
    const { timezone, offsetMs } = await workspaceZone(c.env.DB, workspaceId, period.to - 1)
    const data = await insightsTrends(c.env.DB, workspaceId, period.from, period.to, q.bucket, offsetMs)
    return c.json({ bucket: q.bucket, timezone, period: { from: period.from, to: period.to }, data })
  })
  .get('/cohorts', async (c) => {
    const q = validate(cohortQuery, c.req.query())
    const { workspaceId } = c.get('auth')
    const now = Date.now()
    const { timezone } = await loadSettings(c.env.DB, workspaceId)
    return c.json({ timezone, ...await insightsCohorts(c.env.DB, workspaceId, now, q.months, timezone) })
  })
