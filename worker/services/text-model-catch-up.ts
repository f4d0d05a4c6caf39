// Comments and labelled examples learned while their workspace's counts were stale (learned_version
// NULL) are counted once the counts are current: after a rebuild, or when one raced with the
// rebuild's read. Each is counted only if still uncounted (and labelled as read) when the batch
// runs, so a repeated or overlapping cron tick cannot count it twice.
import { learnIncrements, TEXT_FEATURES_VERSION, type Teaching } from '../domain/text/index.ts'
import { COUNTS_CURRENT, guardedIncrementStatements, LEARNED_ROWS, type LearnedRows } from './text-model.ts'
import { examplesChangedStatement } from './text-model-examples.ts'

/** Per tick, comments and examples each: normally only the few that arrived during a rebuild. */
export const CATCH_UP_PER_TICK = 500

type Pending = { workspace_id: string; id: string; text: string; label: string }

export async function catchUpTextModels(db: D1Database, limit = CATCH_UP_PER_TICK): Promise<number> {
  const comments = await db.prepare(
    `SELECT r.workspace_id, r.id, r.comment AS text, r.learned_label AS label FROM responses r JOIN workspaces w ON w.id = r.workspace_id
     WHERE r.learned_label IS NOT NULL AND r.learned_version IS NULL AND r.comment IS NOT NULL AND w.text_model_version = ?
     LIMIT ?`,
  ).bind(TEXT_FEATURES_VERSION, limit).all<Pending>()
  const examples = await db.prepare(
    `SELECT e.workspace_id, e.id, e.text, e.teaching AS label FROM text_examples e JOIN workspaces w ON w.id = e.workspace_id
     WHERE e.learned_version IS NULL AND w.text_model_version = ?
     LIMIT ?`,
  ).bind(TEXT_FEATURES_VERSION, limit).all<Pending>()
  return await catchUp(db, LEARNED_ROWS.responses, comments.results) + await catchUp(db, LEARNED_ROWS.examples, examples.results)
}

async function catchUp(db: D1Database, source: LearnedRows, pending: Pending[]): Promise<number> {
  const byWorkspace = new Map<string, Pending[]>()
  for (const r of pending) byWorkspace.set(r.workspace_id, [...(byWorkspace.get(r.workspace_id) ?? []), r])
  let counted = 0
  for (const [workspaceId, rows] of byWorkspace) {
    const items = rows.map((r) => ({ id: r.id, label: r.label, incs: learnIncrements(r.text, JSON.parse(r.label) as Teaching) }))
    const marks = JSON.stringify(rows.map((r) => [r.id, r.label]))
    const done = await db.batch([
      ...guardedIncrementStatements(db, workspaceId, source, items, { sql: `r.learned_version IS NULL AND ${COUNTS_CURRENT}`, args: [workspaceId] }),
      db.prepare(
        `UPDATE ${source.table} SET learned_version = ? WHERE workspace_id = ? AND ${source.label} IS NOT NULL AND learned_version IS NULL AND ${COUNTS_CURRENT}
         AND EXISTS (SELECT 1 FROM json_each(?) j WHERE json_extract(j.value, '$[0]') = ${source.table}.id AND json_extract(j.value, '$[1]') = ${source.table}.${source.label})`,
      ).bind(TEXT_FEATURES_VERSION, workspaceId, workspaceId, marks),
      // Examples' learned_version changed: an upload that read them before must read again.
      ...(source === LEARNED_ROWS.examples ? [examplesChangedStatement(db, workspaceId)] : []),
    ])
    counted += done.at(source === LEARNED_ROWS.examples ? -2 : -1)!.meta.changes
  }
  return counted
}
