// Erasing a customer leaves nothing about them in any table, including what the workspace's text
// model learned from their comments. All statements run in one batch.
import { learnIncrements, negateIncrements, type Teaching } from '../domain/text/index.ts'
import { guardedIncrementStatements, LEARNED_ROWS, revokeRebuildStatement, TAKES_BACK } from './text-model.ts'

type Learned = { id: string; comment: string; learned_label: string }

export async function eraseCustomerStatements(db: D1Database, workspaceId: string, pk: string): Promise<D1PreparedStatement[]> {
  const { results: learned } = await db.prepare(
    'SELECT id, comment, learned_label FROM responses WHERE customer_pk = ? AND learned_label IS NOT NULL AND comment IS NOT NULL',
  ).bind(pk).all<Learned>()
  const unlearn = unlearnStatements(db, workspaceId, learned)
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
    db.prepare('DELETE FROM customer_churns WHERE customer_pk = ?').bind(pk),
    db.prepare('DELETE FROM customers WHERE pk = ?').bind(pk),
  ]
}

/**
 * What their comments taught the workspace's text model is taken back, count for count: each
 * comment whose teaching is in the counts under the current features when the batch runs (a
 * rebuild may have finished since the read). While the counts are stale (awaiting a rebuild), the
 * comments counted under the older features are taken back as well as today's features allow, so
 * their words do not wait for the rebuild to leave; the rebuild then recounts exactly, and any
 * rebuild under way is revoked (it read these comments).
 */
function unlearnStatements(db: D1Database, workspaceId: string, rows: Learned[]): D1PreparedStatement[] {
  const items = rows.map((r) => ({ id: r.id, label: r.learned_label, incs: negateIncrements(learnIncrements(r.comment, JSON.parse(r.learned_label) as Teaching)) }))
  return [
    ...guardedIncrementStatements(db, workspaceId, LEARNED_ROWS.responses, items, { sql: TAKES_BACK, args: [workspaceId] }),
    // Rows left at zero would still hold the words they wrote (below zero: stale counts taken back).
    db.prepare('DELETE FROM text_model_counts WHERE workspace_id = ? AND count <= 0').bind(workspaceId),
    revokeRebuildStatement(db, workspaceId),
  ]
}
