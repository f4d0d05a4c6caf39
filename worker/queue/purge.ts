// Data retention: each workspace may keep answers for N days (settings.retentionDays). The daily
// cron deletes what is older, in bounded chunks so one run stays within Workers limits; what is
// left goes in the next run. What an expired comment taught the workspace's text model is taken
// back with it: retention means its words are gone, not only its row.
// Each chunk is read (with the workspace's model version) in one snapshot, and its batch applies
// only if every row read still has the label and version it was read with; otherwise the chunk is
// read again. So the counts lose exactly what those comments added.
import { learnIncrements, negateIncrements, type Teaching } from '../domain/text/index.ts'
import type { Env } from '../env.ts'
import { CountTotals, takesBack, totalsStatements } from '../services/text-model.ts'

/** Answers per batch: their comments' summed counts stay a few statements. */
const CHUNK = 500
const MAX_CHUNKS_PER_RUN = 100

type Expiring = { id: string; comment: string | null; learned_label: string | null; learned_version: number | null }

export async function purgeExpired(env: Env, now: number): Promise<number> {
  const { results } = await env.DB.prepare(
    "SELECT id, CAST(json_extract(settings, '$.retentionDays') AS INTEGER) AS days FROM workspaces WHERE json_extract(settings, '$.retentionDays') IS NOT NULL",
  ).all<{ id: string; days: number }>()
  let deleted = 0
  for (const w of results) {
    const cutoff = now - w.days * 86_400_000
    for (let i = 0; i < MAX_CHUNKS_PER_RUN; i++) {
      const chunk = await purgeChunk(env.DB, w.id, cutoff)
      deleted += chunk.deleted
      if (chunk.read < CHUNK) break
    }
    await env.DB.prepare(`DELETE FROM displays WHERE rowid IN (SELECT rowid FROM displays WHERE workspace_id = ?1 AND created_at < ?2 LIMIT ${CHUNK * MAX_CHUNKS_PER_RUN})`).bind(w.id, cutoff).run()
    // The triggers have counted the purged answers out of the daily rollups; drop the empty rows.
    await env.DB.batch([
      env.DB.prepare('DELETE FROM response_rollups WHERE workspace_id = ? AND day <= ? AND responses = 0').bind(w.id, Math.floor(cutoff / 86_400_000)),
      env.DB.prepare('DELETE FROM topic_rollups WHERE workspace_id = ? AND day <= ? AND volume = 0').bind(w.id, Math.floor(cutoff / 86_400_000)),
    ])
  }
  return deleted
}

/** Deletes up to CHUNK expired answers of one workspace; `read` < CHUNK means none are left. */
export async function purgeChunk(db: D1Database, workspaceId: string, cutoff: number): Promise<{ read: number; deleted: number }> {
  const [rows, ws] = await db.batch<unknown>([
    db.prepare('SELECT id, comment, learned_label, learned_version FROM responses WHERE workspace_id = ? AND created_at < ? ORDER BY created_at LIMIT ?').bind(workspaceId, cutoff, CHUNK),
    db.prepare('SELECT text_model_version AS version FROM workspaces WHERE id = ?').bind(workspaceId),
  ])
  const expiring = rows.results as Expiring[]
  if (expiring.length === 0) return { read: 0, deleted: 0 }
  const version = (ws.results[0] as { version: number } | undefined)?.version ?? 0
  const totals = new CountTotals()
  let learned = false
  for (const r of expiring) {
    if (!takesBack(r.learned_version, version) || !r.comment || !r.learned_label) continue
    totals.add(negateIncrements(learnIncrements(r.comment, JSON.parse(r.learned_label) as Teaching)))
    learned = true
  }
  const snapshot = JSON.stringify(expiring.map((r) => [r.id, r.learned_label, r.learned_version]))
  const unchanged = {
    sql: `(SELECT COUNT(*) FROM json_each(?) j JOIN responses r ON r.workspace_id = ? AND r.id = json_extract(j.value, '$[0]')
            WHERE r.learned_label IS json_extract(j.value, '$[1]') AND r.learned_version IS json_extract(j.value, '$[2]')) = ?
          AND (SELECT text_model_version FROM workspaces WHERE id = ?) IS ?`,
    args: [snapshot, workspaceId, expiring.length, workspaceId, ws.results.length ? version : null],
  }
  const ids = `SELECT json_extract(value, '$[0]') FROM json_each(?)`
  const results = await db.batch([
    ...totalsStatements(db, workspaceId, totals, unchanged),
    ...(learned ? [
      // Rows left at zero would still hold the words they wrote (below zero: stale counts taken back).
      db.prepare(`DELETE FROM text_model_counts WHERE workspace_id = ? AND count <= 0 AND ${unchanged.sql}`).bind(workspaceId, ...unchanged.args),
    ] : []),
    db.prepare(`DELETE FROM response_topics WHERE workspace_id = ? AND response_id IN (${ids}) AND ${unchanged.sql}`).bind(workspaceId, snapshot, ...unchanged.args),
    db.prepare(`DELETE FROM responses WHERE workspace_id = ? AND id IN (${ids}) AND ${unchanged.sql} RETURNING id`).bind(workspaceId, snapshot, ...unchanged.args),
    // A rebuild under way read these comments: it starts again without them.
    ...(learned ? [db.prepare(`UPDATE workspaces SET text_model_version = 0 WHERE id = ? AND text_model_version < 0 AND ${unchanged.sql}`).bind(workspaceId, ...unchanged.args)] : []),
  ])
  // RETURNING, not meta.changes: the rollup triggers' writes count in changes.
  const gone = results[results.length - (learned ? 2 : 1)].results.length
  // Changed under us (an analysis or correction in between): read the chunk again next time round.
  return { read: gone === 0 ? CHUNK : expiring.length, deleted: gone }
}
