// Cron: every 5 minutes sweep what the queue may have missed; daily rescore, refit and purge.
import type { Env } from '../env.ts'
import { enqueue } from '../services/queue.ts'

const ABANDONED_AFTER_MS = 30 * 60_000

export async function runCron(cron: string, env: Env, now: number): Promise<void> {
  await sweepUnanalyzed(env, now)
}

/** Finished answers never analysed (a lost enqueue), and partial ones abandoned after a score. */
export async function sweepUnanalyzed(env: Env, now: number): Promise<number> {
  const { results } = await env.DB.prepare(
    `SELECT workspace_id, id FROM responses WHERE analyzed_at IS NULL
       AND ((finished = 1 AND updated_at < ?1) OR (finished = 0 AND updated_at < ?2 AND (score IS NOT NULL OR reason IS NOT NULL)))
     LIMIT 1000`,
  ).bind(now - 60_000, now - ABANDONED_AFTER_MS).all<{ workspace_id: string; id: string }>()
  await enqueue(env, results.map((r) => ({ type: 'analyze' as const, workspaceId: r.workspace_id, responseId: r.id })))
  return results.length
}
