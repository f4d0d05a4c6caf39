// Shapes shared by several routes' bodies.
import * as z from 'zod'
import { pastTimeProblem, plannedTimeProblem } from '../domain/time-bounds.ts'
import { parseIsoTime } from '../domain/iso-time.ts'

export const traitValue = z.union([z.string().max(1000), z.number().finite(), z.boolean(), z.null()])
export const traits = z.record(z.string().min(1).max(100), traitValue).refine((t) => Object.keys(t).length <= 50, 'at most 50 traits')
export const externalId = z.string().min(1).max(200)

/** A customer id's HMAC under the workspace's identity secret, hex (lib/identity.ts); null is none (a server template printing a missing one must not cost the answer a 400). */
export const identityHash = z.string().max(128).nullable()

/** The widget may name a customer by id alone or with traits (and the id's hash, where the workspace verifies identities). */
export const customerRef = z.union([externalId, z.strictObject({ id: externalId, traits: traits.optional(), hash: identityHash.optional() })])

/**
 * Traits only the server sets (secret-key API, CSV, Stripe): inbound Stripe and Zendesk webhooks
 * find customers by them, so a visitor holding the public site key must not plant or change them.
 */
export const SERVER_TRAITS: ReadonlySet<string> = new Set(['stripe_customer_id', 'zendesk_user_id'])

/**
 * The customer a widget route names, as self-reported: traits add or change keys but never delete
 * one (null) nor touch SERVER_TRAITS, and email and plan only fill what the server has not set
 * (services/customers.ts). Anyone can send these routes with the public site key.
 */
export function customerOf(ref: z.infer<typeof customerRef> | undefined) {
  if (ref === undefined) return undefined
  if (typeof ref === 'string') return { id: ref, traits: {}, selfReported: true as const }
  const traits = Object.fromEntries(Object.entries(ref.traits ?? {}).filter(([k, v]) => v !== null && !SERVER_TRAITS.has(k)))
  return { id: ref.id, traits, selfReported: true as const }
}

/**
 * Epoch ms or ISO-8601 string, to epoch ms. A date the calendar lacks (2026-02-30) is refused, not
 * rolled over into another day. One schema rather than a union, so the message says what is wrong.
 */
export const timestamp = z.unknown().transform((v, ctx): number => {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 8.64e15) return v
  const at = typeof v === 'string' && v.length <= 40 ? parseIsoTime(v) : null
  if (at !== null) return at
  ctx.addIssue({ code: 'custom', message: 'must be epoch milliseconds or an ISO-8601 date that exists, e.g. 2026-11-20 or 2026-11-20T10:00:00Z' })
  return z.NEVER
})

/** When something happened (a signal, a churn): a timestamp within the bounds in time-bounds.ts. */
export const pastTime = timestamp.superRefine((at, ctx) => {
  const problem = pastTimeProblem(at, Date.now())
  if (problem) ctx.addIssue({ code: 'custom', message: problem })
})

/** A planned date (a renewal): a timestamp from 2000 to 2100. */
export const plannedTime = timestamp.superRefine((at, ctx) => {
  const problem = plannedTimeProblem(at)
  if (problem) ctx.addIssue({ code: 'custom', message: problem })
})

/** A list where each value may appear once (exit reasons, origins): a repeat is a mistake to name, not to store. */
export const distinct = <T extends z.ZodType<string>>(item: T, max: number, min = 0) =>
  z.array(item).min(min).max(max).refine((list) => new Set(list).size === list.length, 'each value may appear once')

export const clientId = z.string().min(1).max(100)

/** A timestamp in a query string: epoch ms as digits, or an ISO-8601 date. */
export const queryTimestamp = z.preprocess((v) => (typeof v === 'string' && /^\d{1,16}$/.test(v) ? Number(v) : v), timestamp)

/**
 * The end of a period in a query string (exclusive as a time). A plain date includes its whole
 * day: `from=2026-08-01&to=2026-08-31` is August, as a person means it, not August less its last day.
 */
export const queryEnd = z.unknown().transform((v, ctx): number => {
  const parsed = queryTimestamp.safeParse(v)
  if (parsed.success) return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? parsed.data + 86_400_000 : parsed.data
  ctx.addIssue({ code: 'custom', message: parsed.error.issues[0].message })
  return z.NEVER
})
