// A customer as the API shows them: profile, risk and recent activity totals.
export interface CustomerRow {
  pk: string
  workspace_id: string
  external_id: string
  traits: string
  email: string | null
  locale: string | null
  plan: string | null
  revenue: number
  value_tier: string | null
  first_seen_at: number
  last_seen_at: number
  renewal_at: number | null
  churned_at: number | null
  churn_reason: string | null
  last_surveyed_at: number | null
}

export async function getCustomerRow(db: D1Database, workspaceId: string, externalId: string): Promise<CustomerRow | null> {
  return db.prepare('SELECT * FROM customers WHERE workspace_id = ? AND external_id = ?').bind(workspaceId, externalId).first<CustomerRow>()
}

export async function customerView(db: D1Database, row: CustomerRow) {
  const since = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10)
  const [risk, activity] = await db.batch([
    db.prepare('SELECT score, tier, reasons, model_version, computed_at FROM risk_scores WHERE customer_pk = ?').bind(row.pk),
    db.prepare(
      `SELECT COALESCE(SUM(sessions),0) sessions, COALESCE(SUM(logins),0) logins, COALESCE(SUM(page_views),0) pageViews,
         COALESCE(SUM(feature_uses),0) featureUses, COALESCE(SUM(purchases),0) purchases, COALESCE(SUM(revenue),0) revenue,
         COALESCE(SUM(tickets),0) tickets, COALESCE(SUM(complaints),0) complaints, COALESCE(SUM(payment_failures),0) paymentFailures
       FROM customer_days WHERE customer_pk = ? AND day >= ?`,
    ).bind(row.pk, since),
  ])
  const r = risk.results[0] as { score: number; tier: string; reasons: string; model_version: string; computed_at: number } | undefined
  return {
    id: row.external_id,
    traits: JSON.parse(row.traits),
    email: row.email,
    locale: row.locale,
    plan: row.plan,
    revenue: row.revenue,
    valueTier: row.value_tier,
    firstSeenAt: row.first_seen_at,
    lastSeenAt: row.last_seen_at,
    renewalAt: row.renewal_at,
    churnedAt: row.churned_at,
    churnReason: row.churn_reason,
    risk: r ? { score: r.score, tier: r.tier, reasons: JSON.parse(r.reasons), modelVersion: r.model_version, computedAt: r.computed_at } : null,
    last30Days: activity.results[0],
  }
}
