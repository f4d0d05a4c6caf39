// POST /v1/signals: behaviour from your backend (batch up to 500), folded into daily counters;
// a cancellation is a churn outcome. Affected customers are rescored off the request path.
import { Hono } from 'hono'
import * as z from 'zod'
import type { AppEnv } from '../../env.ts'
import { serverJson } from '../../lib/body.ts'
import { externalId, pastTime } from '../../lib/schemas.ts'
import { storeSignals } from '../../services/signals.ts'
import { SIGNAL_TYPES } from '../../domain/signals.ts'
import { MAX_AMOUNT } from '../../domain/amount-bounds.ts'

export const signalInput = z.strictObject({
  customer: externalId,
  type: z.enum(SIGNAL_TYPES),
  // When it happened; left out, when it arrives (as the widget's events have it).
  at: pastTime.optional(),
  value: z.number().finite().min(-MAX_AMOUNT).max(MAX_AMOUNT).optional(),
  meta: z.record(z.string().max(100), z.union([z.string().max(1000), z.number().finite(), z.boolean(), z.null()])).optional(),
})

const body = z.strictObject({ signals: z.array(signalInput).min(1).max(500) })

export const signals = new Hono<AppEnv>().post('/', async (c) => {
  const input = await serverJson(c, body)
  const { workspaceId } = c.get('auth')
  const now = Date.now()
  const result = await storeSignals(c.env, workspaceId, input.signals.map((s) => ({ ...s, at: s.at ?? now })), c.executionCtx)
  return c.json(result, 202)
})
