// Adding folded counters to customer_days: one upsert per customer and day.
import { COUNTER_COLUMNS, type Counter, type Counters } from '../domain/signals.ts'

/** `customerPkSql` is a bound subquery or `?`, so the statement can follow the customer upsert in one batch. */
export function counterStatements(
  db: D1Database,
  workspaceId: string,
  customer: { pk: string } | { externalId: string },
  days: Map<string, Counters>,
): D1PreparedStatement[] {
  const statements: D1PreparedStatement[] = []
  for (const [day, counters] of days) {
    const entries = Object.entries(counters).filter(([, n]) => n) as [Counter, number][]
    if (entries.length === 0) continue
    const columns = entries.map(([k]) => COUNTER_COLUMNS[k])
    const pkSql = 'pk' in customer ? '?' : '(SELECT pk FROM customers WHERE workspace_id = ? AND external_id = ?)'
    const pkArgs = 'pk' in customer ? [customer.pk] : [workspaceId, customer.externalId]
    const sql = `INSERT INTO customer_days (customer_pk, workspace_id, day, ${columns.join(', ')})
      VALUES (${pkSql}, ?, ?, ${columns.map(() => '?').join(', ')})
      ON CONFLICT (customer_pk, day) DO UPDATE SET ${columns.map((c) => `${c} = ${c} + excluded.${c}`).join(', ')}`
    statements.push(db.prepare(sql).bind(...pkArgs, workspaceId, day, ...entries.map(([, n]) => n)))
  }
  return statements
}
