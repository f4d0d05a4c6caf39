// Cron: every 5 minutes sweep what the queue may have missed (unanalysed answers, stuck
// deliveries, a taxonomy re-read that lost its message) and bring text model counts to the current features version; daily rescore everyone, refit models, send digests, purge by retention and check each
// workspace's learned text model.
import type { Env } from '../env.ts'
import { enqueue } from '../services/queue.ts'
import { dailyRisk } from './daily-risk.ts'
import { sweepDeliveries, sendDigests } from './sweep-deliveries.ts'
import { purgeExpired } from './purge.ts'
import { rebuildStaleTextModels } from '../services/text-model-rebuild.ts'
import { catchUpTextModels } from '../services/text-model-catch-up.ts'
import { enqueueTextModelChecks } from '../services/text-model-check.ts'
import { resumeRetopics } from './retopic.ts'
import { ABANDONED_AFTER_MS, EXIT_ABANDONED_AFTER_MS } from './alerts.ts'

export const FREQUENT = '*/5 * * * *'
export const DAILY = '17 3 * * *'

export async function runCron(cron: string, env: Env, now: number): Promise<void> {
  if (cron === DAILY) {
    await dailyRisk(env, now)
    await sendDigests(env, now)
    await purgeExpired(env, now)
    await enqueueTextModelChecks(env)
    return
  }
  await sweepUnanalyzed(env, now)
  await sweepDeliveries(env, now)
  await resumeRetopics(env, now)
  // Rebuild first, so comments learned while a workspace was stale are caught up the same tick.
  await rebuildStaleTextModels(env.DB)
  await catchUpTextModels(env.DB)
}

/** Answers re-enqueued per page, and pages per tick: after a queue outage, 5,000 every five minutes. */
const SWEEP_PAGE = 1000
const SWEEP_PAGES = 5

/**
 * Finished answers never analysed (a lost enqueue), and partial ones abandoned after a score or an exit
 * reason (queue/alerts.ts: abandonedAfterMs), oldest first.
 * Pages on (updated_at, id): the rows just enqueued are still unanalysed when the next page is read.
 */
export async function sweepUnanalyzed(env: Env, now: number, { page: pageSize = SWEEP_PAGE, pages = SWEEP_PAGES } = {}): Promise<number> {
  let swept = 0
  let after = { at: -1, id: '' }
  for (let page = 0; page < pages; page++) {
    const { results } = await env.DB.prepare(
      `SELECT workspace_id, id, updated_at FROM responses WHERE analyzed_at IS NULL
         AND ((finished = 1 AND updated_at < ?1)
              OR (finished = 0 AND ((score IS NOT NULL AND updated_at < ?2) OR (reason IS NOT NULL AND updated_at < ?6))))
         AND (updated_at, id) > (?3, ?4)
       ORDER BY updated_at, id LIMIT ?5`,
    ).bind(now - 60_000, now - ABANDONED_AFTER_MS, after.at, after.id, pageSize, now - EXIT_ABANDONED_AFTER_MS).all<{ workspace_id: string; id: string; updated_at: number }>()
    await enqueue(env, results.map((r) => ({ type: 'analyze' as const, workspaceId: r.workspace_id, responseId: r.id })))
    swept += results.length
    if (results.length < pageSize) break
    const last = results[results.length - 1]
    after = { at: last.updated_at, id: last.id }
  }
  return swept
}
