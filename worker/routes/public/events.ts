// POST /v1/sites/{siteKey}/events: behaviour from the page, folded into daily counters on
// arrival and never stored raw.
import { Hono } from 'hono'
import * as z from 'zod'
import type { AppEnv } from '../../env.ts'
import { publicJson } from '../../lib/body.ts'
import { customerOf, customerRef, identityHash, timestamp } from '../../lib/schemas.ts'
import { upsertCustomerStatement } from '../../services/customers.ts'
import { counterStatements, sightingStatement } from '../../services/counters.ts'
import { EVENT_TYPES, foldSignals } from '../../domain/signals.ts'
import { ApiError } from '../../lib/errors.ts'
import { verifyCustomer } from '../../lib/identity.ts'

const body = z.strictObject({
  customer: customerRef,
  /** The customer id's HMAC, where the workspace verifies identities (lib/identity.ts). */
  hash: identityHash.optional(),
  events: z.array(z.strictObject({ type: z.enum(EVENT_TYPES), at: timestamp.optional() })).min(1).max(100),
})

/** Browsers' clocks drift; events from far in the past or future are someone's bug. */
const MAX_AGE = 7 * 86_400_000
const MAX_SKEW = 5 * 60_000

export const publicEvents = new Hono<AppEnv>().post('/', async (c) => {
  const input = await publicJson(c, body)
  const { workspaceId } = c.get('site')
  await verifyCustomer(c.get('site').identitySecrets, input.customer, input.hash)
  const now = Date.now()
  const events = input.events.map((e) => ({ type: e.type, at: e.at ?? now }))
  if (events.some((e) => e.at < now - MAX_AGE || e.at > now + MAX_SKEW)) {
    throw new ApiError('invalid_request', 'events.at: must be within the last 7 days')
  }
  const customer = customerOf(input.customer)!
  const lastSeen = Math.min(now, Math.max(...events.map((e) => e.at)))
  const db = c.env.DB
  await db.batch([
    upsertCustomerStatement(db, workspaceId, customer, now, lastSeen),
    sightingStatement(db, workspaceId, customer.id, lastSeen),
    ...counterStatements(db, workspaceId, { externalId: customer.id }, foldSignals(events)),
  ])
  return c.json({ accepted: events.length }, 202)
})
