// Data retention: each workspace may keep answers for N days (settings.retentionDays). The daily
// cron deletes what is older, in bounded chunks so one run stays within Workers limits; what is
// left goes in the next run. The learned text model keeps its aggregate counts.
import type { Env } from '../env.ts'

const CHUNK = 2000
const MAX_CHUNKS_PER_RUN = 25

export async function purgeExpired(env: Env, now: number): Promise<number> {
  const { results } = await env.DB.prepare(
    "SELECT id, CAST(json_extract(settings, '$.retentionDays') AS INTEGER) AS days FROM workspaces WHERE json_extract(settings, '$.retentionDays') IS NOT NULL",
  ).all<{ id: string; days: number }>()
  let deleted = 0
  for (const w of results) {
    const cutoff = now - w.days * 86_400_000
    for (let i = 0; i < MAX_CHUNKS_PER_RUN; i++) {
      const [, , gone] = await env.DB.batch([
        env.DB.prepare(`DELETE FROM response_topics WHERE workspace_id = ?1 AND response_id IN
          (SELECT id FROM responses WHERE workspace_id = ?1 AND created_at < ?2 ORDER BY created_at LIMIT ${CHUNK})`).bind(w.id, cutoff),
        env.DB.prepare(`DELETE FROM displays WHERE rowid IN (SELECT rowid FROM displays WHERE workspace_id = ?1 AND created_at < ?2 LIMIT ${CHUNK})`).bind(w.id, cutoff),
        env.DB.prepare(`DELETE FROM responses WHERE rowid IN (SELECT rowid FROM responses WHERE workspace_id = ?1 AND created_at < ?2 ORDER BY created_at LIMIT ${CHUNK})`).bind(w.id, cutoff),
      ])
      deleted += gone.meta.changes
      if (gone.meta.changes < CHUNK) break
    }
    // The triggers have counted the purged answers out of the daily rollups; drop the empty rows.
    await env.DB.batch([
      env.DB.prepare('DELETE FROM response_rollups WHERE workspace_id = ? AND day <= ? AND responses = 0').bind(w.id, Math.floor(cutoff / 86_400_000)),
      env.DB.prepare('DELETE FROM topic_rollups WHERE workspace_id = ? AND day <= ? AND volume = 0').bind(w.id, Math.floor(cutoff / 86_400_000)),
    ])
  }
  return deleted
}
