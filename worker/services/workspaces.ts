import { ApiError } from '../lib/errors.ts'
import { resolveSettings, type WorkspaceSettings } from '../domain/settings.ts'

export async function loadSettings(db: D1Database, workspaceId: string): Promise<WorkspaceSettings> {
  const row = await db.prepare('SELECT settings FROM workspaces WHERE id = ?').bind(workspaceId).first<{ settings: string }>()
  if (!row) throw new ApiError('not_found', 'Workspace not found')
  return resolveSettings(JSON.parse(row.settings))
}
