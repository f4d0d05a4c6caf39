// The workspace's learned text model in D1: counts per (label, token). Only the rows for one
// comment's features (plus the label totals) are loaded to analyse it.
import { DOC_TOKEN, TOTAL_TOKEN, learningFeatures, modelFromRows, type CountIncrement, type ModelView } from '../domain/text/index.ts'
import { DEFAULT_TAXONOMY, type TopicDef } from '../domain/text/index.ts'

export async function loadModel(db: D1Database, workspaceId: string, features: string[]): Promise<ModelView> {
  const tokens = JSON.stringify([DOC_TOKEN, TOTAL_TOKEN, ...features])
  const { results } = await db.prepare('SELECT label, token, count FROM text_model_counts WHERE workspace_id = ? AND token IN (SELECT value FROM json_each(?))')
    .bind(workspaceId, tokens).all<{ label: string; token: string; count: number }>()
  return modelFromRows(results)
}

/**
 * Adds increments in one statement. `guard` is an SQL condition (with its own args) evaluated in
 * the same transaction, so a retried message cannot count the same comment twice.
 */
export function incrementStatement(db: D1Database, workspaceId: string, incs: CountIncrement[], guard?: { sql: string; args: unknown[] }): D1PreparedStatement | null {
  const merged = new Map<string, number>()
  for (const i of incs) {
    const key = JSON.stringify([i.label, i.token])
    merged.set(key, (merged.get(key) ?? 0) + i.delta)
  }
  const rows = [...merged].filter(([, d]) => d !== 0).map(([k, d]) => [...JSON.parse(k), d])
  if (rows.length === 0) return null
  return db.prepare(
    `INSERT INTO text_model_counts (workspace_id, label, token, count)
     SELECT ?, json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]') FROM json_each(?)
     WHERE ${guard ? guard.sql : '1'}
     ON CONFLICT (workspace_id, token, label) DO UPDATE SET count = count + excluded.count`,
  ).bind(workspaceId, JSON.stringify(rows), ...(guard?.args ?? []))
}

export function featuresOf(text: string): string[] {
  return learningFeatures(text)
}

export async function loadTaxonomy(db: D1Database, workspaceId: string): Promise<{ topics: TopicDef[]; isDefault: boolean }> {
  const row = await db.prepare('SELECT taxonomy FROM workspaces WHERE id = ?').bind(workspaceId).first<{ taxonomy: string | null }>()
  const stored = row?.taxonomy ? (JSON.parse(row.taxonomy) as TopicDef[]) : null
  return stored ? { topics: stored, isDefault: false } : { topics: DEFAULT_TAXONOMY, isDefault: true }
}
