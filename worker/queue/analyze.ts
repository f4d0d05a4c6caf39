// Analysis of a stored response, off the request path. Filled in by the text analytics work.
import type { Env } from '../env.ts'

export async function analyzeResponse(env: Env, workspaceId: string, responseId: string): Promise<void> {
  await env.DB.prepare('UPDATE responses SET analyzed_at = ? WHERE workspace_id = ? AND id = ? AND analyzed_at IS NULL')
    .bind(Date.now(), workspaceId, responseId).run()
}
