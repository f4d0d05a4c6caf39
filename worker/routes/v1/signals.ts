// POST /v1/signals: behaviour from your backend (batch up to 500), folded into daily counters;
// a cancellation is a churn outcome. Affected customers are rescored off the request path.
import { Hono } from 'hono'
import * as z from 'zod'
import type { AppEnv } from '../../env.ts'
import { serverJson } from '../../lib/body.ts'
import { externalId, pastTime, plannedTime } from '../../lib/schemas.ts'
import { churnReasonProblem } from '../../domain/churn-reason.ts'
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
}).superRefine((s, ctx) => {
  // The meta the product reads: a cancellation's reason, and the date a renewal runs to.
  const reason = s.meta?.reason
  if (s.type === 'subscription_cancelled' && reason !== undefined && reason !== null) {
    const problem = typeof reason === 'string' ? churnReasonProblem(reason) : 'must be a string'
    if (problem) ctx.addIssue({ code: 'custom', path: ['meta', 'reason'], message: problem })
  }
  const renewalAt = s.meta?.renewalAt
  if (s.type === 'subscription_renewed' && renewalAt !== undefined && renewalAt !== null) {
    const parsed = plannedTime.safeParse(renewalAt)
    if (!parsed.success) ctx.addIssue({ code: 'custom', path: ['meta', 'renewalAt'], message: parsed.error.issues[0]?.message ?? 'must be a date' })
  }
})

const body = z.strictObject({ signals: z.array(signalInput).min(1).max(500) })

export const signals = new Hono<AppEnv>().post('/', async (c) => {
  const input = await serverJson(c, body)
  const { workspaceId } = c.get('auth')
  const now = Date.now()
  // Signals sent without a time arrive now, a millisecond apart in the order listed, so a cancellation then a
  // renewal in one batch reads as the customer leaving and coming back, not both at one instant.
  const last = input.signals.length - 1
  const result = await storeSignals(c.env, workspaceId, input.signals.map((s, i) => ({ ...s, at: s.at ?? now - (last - i) })), c.executionCtx)
  return c.json(result, 202)
})
