// Erasing a customer leaves nothing about them in any table, including what the workspace's text
// model learned from their comments. All statements run in one batch.
import { learnIncrements, negateIncrements, type Teaching } from '../domain/text/index.ts'
import { incrementStatement } from './text-model.ts'
export async function eraseCustomerStatements(db: D1Database, workspaceId: string, pk: string): Promise<D1PreparedStatement[]> {
  const { results: learned } = await db.prepare(
    'SELECT comment, learned_label FROM responses WHERE customer_pk = ? AND learned_label IS NOT NULL AND comment IS NOT NULL',
  ).bind(pk).all<{ comment: string; learned_label: string }>()
  const unlearn = await unlearnStatements(db, workspaceId, learned)
  return [
    ...unlearn,
    db.prepare('DELETE FROM delivery_attempts WHERE delivery_id IN (SELECT d.id FROM deliveries d JOIN alerts a ON a.id = d.alert_id WHERE a.customer_pk = ?)').bind(pk),
    db.prepare('DELETE FROM deliveries WHERE alert_id IN (SELECT id FROM alerts WHERE customer_pk = ?)').bind(pk),
    db.prepare('DELETE FROM alerts WHERE customer_pk = ?').bind(pk),
    db.prepare('DELETE FROM response_topics WHERE workspace_id = ? AND response_id IN (SELECT id FROM responses WHERE customer_pk = ?)').bind(workspaceId, pk),
    db.prepare('DELETE FROM responses WHERE customer_pk = ?').bind(pk),
    db.prepare('DELETE FROM displays WHERE customer_pk = ?').bind(pk),
    db.prepare('DELETE FROM customer_days WHERE customer_pk = ?').bind(pk),
    db.prepare('DELETE FROM risk_scores WHERE customer_pk = ?').bind(pk),
    db.prepare('DELETE FROM risk_history WHERE customer_pk = ?').bind(pk),
    db.prepare('DELETE FROM customers WHERE pk = ?').bind(pk),
  ]
}

/** What their comments taught the workspace's text model is taken back, count for count. */
async function unlearnStatements(db: D1Database, workspaceId: string, rows: { comment: string; learned_label: string }[]): Promise<D1PreparedStatement[]> {
  const incs = rows.flatMap((r) => negateIncrements(learnIncrements(r.comment, JSON.parse(r.learned_label) as Teaching)))
  const statement = incrementStatement(db, workspaceId, incs)
  // Rows left at zero would still hold the words they wrote.
  return statement ? [statement, db.prepare('DELETE FROM text_model_counts WHERE workspace_id = ? AND count = 0').bind(workspaceId)] : []
}
