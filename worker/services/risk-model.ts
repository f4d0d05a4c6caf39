// The workspace's active risk model in D1 (risk_models), or the documented defaults.
import { defaultRiskModel, type RiskModel } from '../domain/risk/index.ts'
import { newId } from '../lib/ids.ts'

export async function loadActiveModel(db: D1Database, workspaceId: string): Promise<RiskModel> {
  const row = await db.prepare('SELECT model FROM risk_models WHERE workspace_id = ? AND active = 1 ORDER BY trained_at DESC LIMIT 1')
    .bind(workspaceId).first<{ model: string }>()
  return row ? modelFromJson(row.model) : defaultRiskModel()
}

export function activeModelStatement(db: D1Database, workspaceId: string): D1PreparedStatement {
  return db.prepare('SELECT model FROM risk_models WHERE workspace_id = ? AND active = 1 ORDER BY trained_at DESC LIMIT 1').bind(workspaceId)
}

/** A stored model that no longer parses (older shape) falls back to the defaults rather than failing every rescore. */
export function modelFromJson(text: string | undefined): RiskModel {
  if (!text) return defaultRiskModel()
  try {
    const model = JSON.parse(text) as RiskModel
    return model.kind === 'binned-logistic' && model.weights && model.bins ? model : defaultRiskModel()
  } catch {
    return defaultRiskModel()
  }
}

/** Makes `model` the only active one (older rows stay, inactive, as history). */
export function storeModelStatements(db: D1Database, workspaceId: string, model: RiskModel, metrics: Record<string, unknown>, now: number): D1PreparedStatement[] {
  return [
    db.prepare('UPDATE risk_models SET active = 0 WHERE workspace_id = ? AND active = 1').bind(workspaceId),
    db.prepare('INSERT INTO risk_models (id, workspace_id, model, metrics, active, trained_at) VALUES (?, ?, ?, ?, 1, ?)')
      .bind(newId('rmod'), workspaceId, JSON.stringify(model), JSON.stringify(metrics), now),
  ]
}
