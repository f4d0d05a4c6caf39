// Analysis of a stored response, off the request path. Filled in by the text analytics work.
import type { Env } from '../env.ts'

/** Returns null when there is nothing (left) to do for this response. */
export async function analyzeResponse(env: Env, workspaceId: string, responseId: string): Promise<{ customerPk: string | null } | null> {
  const row = await env.DB.prepare('UPDATE responses SET analyzed_at = ? WHERE workspace_id = ? AND id = ? RETURNING customer_pk')
    .bind(Date.now(), workspaceId, responseId).first<{ customer_pk: string | null }>()
  return row ? { customerPk: row.customer_pk } : null
}
