// POST /v1/risk/fit: refit on the workspace's own outcomes, keep only if better on held-out
// customers. GET /v1/risk/backtest: would the score have warned us, replayed on past dates.
import { Hono } from 'hono'
import * as z from 'zod'
import type { AppEnv } from '../../env.ts'
import { validate } from '../../lib/body.ts'
import { fitWorkspace } from '../../services/risk-fit.ts'
import { runBacktest } from '../../services/risk-backtest.ts'
import { loadSettings } from '../../services/workspaces.ts'

const backtestQuery = z.strictObject({
  k: z.coerce.number().int().min(1).max(10_000).optional(),
  horizon: z.coerce.number().int().min(7).max(365).default(90),
  cutoffs: z.coerce.number().int().min(1).max(26).default(8),
  every: z.coerce.number().int().min(1).max(90).default(7),
})

export const risk = new Hono<AppEnv>()
  .post('/fit', async (c) => {
    const { workspaceId } = c.get('auth')
    const { model: _model, ...report } = await fitWorkspace(c.env.DB, workspaceId, Date.now())
    return c.json(report)
  })
  .get('/backtest', async (c) => {
    const q = validate(backtestQuery, c.req.query())
    const { workspaceId } = c.get('auth')
    const k = q.k ?? (await loadSettings(c.env.DB, workspaceId)).weeklyCallCapacity
    const report = await runBacktest(c.env.DB, workspaceId, Date.now(), { k, horizonDays: q.horizon, cutoffs: q.cutoffs, everyDays: q.every })
    return c.json(report)
  })
