// Comments learned while their workspace's counts were stale (learned_label set, learned_version
// NULL) are counted once the counts are current: after a rebuild, or when one raced with the
// rebuild's read. Each is counted only if still uncounted when the batch runs, so a repeated or
// overlapping cron tick cannot count it twice.
import { learnIncrements, TEXT_FEATURES_VERSION, type Teaching } from '../domain/text/index.ts'
import { COUNTS_CURRENT, responseIncrementStatements } from './text-model.ts'

/** Comments per tick: normally only the few that arrived while a workspace was being rebuilt. */
export const CATCH_UP_PER_TICK = 500

type Pending = { workspace_id: string; id: string; comment: string; learned_label: string }

export async function catchUpTextModels(db: D1Database, limit = CATCH_UP_PER_TICK): Promise<number> {
  const { results } = await db.prepare(
    `SELECT r.workspace_id, r.id, r.comment, r.learned_label FROM responses r JOIN workspaces w ON w.id = r.workspace_id
     WHERE r.learned_label IS NOT NULL AND r.learned_version IS NULL AND r.comment IS NOT NULL AND w.text_model_version = ?
     LIMIT ?`,
  ).bind(TEXT_FEATURES_VERSION, limit).all<Pending>()
  const byWorkspace = new Map<string, Pending[]>()
  for (const r of results) byWorkspace.set(r.workspace_id, [...(byWorkspace.get(r.workspace_id) ?? []), r])
  let counted = 0
  for (const [workspaceId, rows] of byWorkspace) {
    const items = rows.map((r) => ({ responseId: r.id, learnedLabel: r.learned_label, incs: learnIncrements(r.comment, JSON.parse(r.learned_label) as Teaching) }))
    const marks = JSON.stringify(rows.map((r) => [r.id, r.learned_label]))
    const done = await db.batch([
      ...responseIncrementStatements(db, workspaceId, items, { sql: `r.learned_version IS NULL AND ${COUNTS_CURRENT}`, args: [workspaceId] }),
      db.prepare(
        `UPDATE responses SET learned_version = ? WHERE workspace_id = ? AND learned_label IS NOT NULL AND learned_version IS NULL AND ${COUNTS_CURRENT}
         AND EXISTS (SELECT 1 FROM json_each(?) j WHERE json_extract(j.value, '$[0]') = responses.id AND json_extract(j.value, '$[1]') = responses.learned_label)`,
      ).bind(TEXT_FEATURES_VERSION, workspaceId, workspaceId, marks),
    ])
    counted += done.at(-1)!.meta.changes
  }
  return counted
}
