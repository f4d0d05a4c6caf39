// Customers are created on first sight (widget or server) and keyed by the workspace's own id.
import { newId } from '../lib/ids.ts'

export interface CustomerInput {
  id: string
  traits?: Record<string, unknown>
  email?: string | null
  locale?: string | null
  plan?: string | null
  revenue?: number | null
  valueTier?: string | null
  firstSeenAt?: number | null
  renewalAt?: number | null
  /** From a public (widget) route: email and plan fill only what is unset (lib/schemas.ts customerOf). */
  selfReported?: boolean
}

/**
 * An upsert statement that creates the customer or merges what is given (traits are merged key
 * by key; absent fields keep their value; a self-reported email or plan only fills an empty one).
 * RETURNING gives the internal pk either way.
 */
export function upsertCustomerStatement(db: D1Database, workspaceId: string, input: CustomerInput, now: number, seenAt = now, surveyedAt: number | null = null): D1PreparedStatement {
  const traits = JSON.stringify(input.traits ?? {})
  const email = input.email ?? (typeof input.traits?.email === 'string' ? input.traits.email : null)
  const plan = input.plan ?? (typeof input.traits?.plan === 'string' ? input.traits.plan : null)
  return db
    .prepare(
      `INSERT INTO customers (pk, workspace_id, external_id, traits, email, locale, plan, revenue, value_tier,
         first_seen_at, last_seen_at, renewal_at, last_surveyed_at, created_at, updated_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, COALESCE(?8, 0), ?9, COALESCE(?10, ?11), ?11, ?12, ?14, ?13, ?13)
       ON CONFLICT (workspace_id, external_id) DO UPDATE SET
         -- Self-reported traits never restate an email or plan the server set (the columns keep theirs).
         traits = json_patch(customers.traits, CASE WHEN ?15 = 1 THEN json_remove(excluded.traits,
           CASE WHEN customers.email IS NULL THEN '$.__none' ELSE '$.email' END,
           CASE WHEN customers.plan IS NULL THEN '$.__none' ELSE '$.plan' END) ELSE excluded.traits END),
         email = CASE WHEN ?15 = 1 THEN COALESCE(customers.email, ?5) ELSE COALESCE(?5, customers.email) END,
         locale = COALESCE(?6, customers.locale),
         plan = CASE WHEN ?15 = 1 THEN COALESCE(customers.plan, ?7) ELSE COALESCE(?7, customers.plan) END,
         revenue = COALESCE(?8, customers.revenue),
         value_tier = COALESCE(?9, customers.value_tier),
         first_seen_at = MIN(customers.first_seen_at, COALESCE(?10, customers.first_seen_at)),
         last_seen_at = MAX(customers.last_seen_at, ?11),
         renewal_at = COALESCE(?12, customers.renewal_at),
         last_surveyed_at = CASE WHEN ?14 IS NULL THEN customers.last_surveyed_at ELSE MAX(COALESCE(customers.last_surveyed_at, 0), ?14) END,
         updated_at = ?13
       RETURNING pk`,
    )
    .bind(newId('cus'), workspaceId, input.id, traits, email, input.locale ?? null, plan, input.revenue ?? null,
      input.valueTier ?? null, input.firstSeenAt ?? null, seenAt, input.renewalAt ?? null, now, surveyedAt, input.selfReported ? 1 : 0)
}

export async function findCustomerPk(db: D1Database, workspaceId: string, externalId: string): Promise<string | null> {
  const row = await db.prepare('SELECT pk FROM customers WHERE workspace_id = ? AND external_id = ?').bind(workspaceId, externalId).first<{ pk: string }>()
  return row?.pk ?? null
}
