// Adding folded counters to customer_days: one upsert per customer and day.
import { COUNTER_COLUMNS, utcDay, type Counter, type Counters } from '../domain/signals.ts'

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

/**
 * Records that the customer was seen on `at`'s day by something no counter holds (an identify
 * call, a survey shown or answered, a billing event): last_seen_at keeps only the latest sighting,
 * and a backtest replaying a past cutoff needs the earlier ones. Follows the customer upsert.
 */
export function sightingStatement(db: D1Database, workspaceId: string, externalId: string, at: number): D1PreparedStatement {
  return db.prepare(`INSERT INTO customer_days (customer_pk, workspace_id, day, sightings)
      VALUES ((SELECT pk FROM customers WHERE workspace_id = ?1 AND external_id = ?2), ?1, ?3, 1)
      ON CONFLICT (customer_pk, day) DO UPDATE SET sightings = sightings + 1`).bind(workspaceId, externalId, utcDay(at))
}
