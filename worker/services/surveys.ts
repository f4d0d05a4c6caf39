// Reading surveys from D1 into their domain shape.
import type { SurveyDefinition } from '../domain/surveys/types.ts'
import { TtlCache } from '../lib/ttl-cache.ts'

export interface SurveyRow {
  id: string
  workspace_id: string
  kind: SurveyDefinition['kind']
  name: string
  status: SurveyDefinition['status']
  version: number
  content: string
  trigger: string
  targeting: string | null
  frequency: string
  sampling: number
  recontact_days: number | null
  locales: string
  created_at: number
  updated_at: number
}

export function surveyFromRow(row: SurveyRow): SurveyDefinition {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    status: row.status,
    version: row.version,
    content: JSON.parse(row.content),
    trigger: JSON.parse(row.trigger),
    targeting: row.targeting ? JSON.parse(row.targeting) : null,
    frequency: JSON.parse(row.frequency),
    sampling: row.sampling,
    recontactDays: row.recontact_days,
    locales: JSON.parse(row.locales),
  }
}

export async function getSurvey(db: D1Database, workspaceId: string, id: string): Promise<(SurveyDefinition & { createdAt: number; updatedAt: number }) | null> {
  const row = await db.prepare('SELECT * FROM surveys WHERE workspace_id = ? AND id = ?').bind(workspaceId, id).first<SurveyRow>()
  return row ? { ...surveyFromRow(row), createdAt: row.created_at, updatedAt: row.updated_at } : null
}

export async function activeSurveys(db: D1Database, workspaceId: string): Promise<SurveyDefinition[]> {
  const { results } = await db.prepare("SELECT * FROM surveys WHERE workspace_id = ? AND status = 'active' ORDER BY created_at").bind(workspaceId).all<SurveyRow>()
  return results.map(surveyFromRow)
}

type CachedSurvey = (SurveyDefinition & { createdAt: number; updatedAt: number }) | null
const surveyCache = new TtlCache<CachedSurvey>(10_000)

/** The widget's hot path: a survey by id, cached briefly per isolate. */
export function getSurveyCached(db: D1Database, workspaceId: string, id: string): Promise<CachedSurvey> {
  return surveyCache.get(`${workspaceId}:${id}`, () => getSurvey(db, workspaceId, id))
}

export function forgetSurvey(workspaceId: string, id: string): void {
  surveyCache.delete(`${workspaceId}:${id}`)
}

/**
 * The content an answer under `version` was shown: the survey's own for the current version, the
 * kept one for a version an edit replaced, or null for one replaced before versions were kept.
 */
export async function contentOfVersion(db: D1Database, survey: SurveyDefinition, version: number): Promise<SurveyDefinition['content'] | null> {
  if (version === survey.version) return survey.content
  const row = await db.prepare('SELECT content FROM survey_versions WHERE survey_id = ? AND version = ?').bind(survey.id, version).first<{ content: string }>()
  return row ? JSON.parse(row.content) : null
}

/** Keeps the content an edit is about to replace (same batch as the edit; a repeat keeps the first). */
export function keepVersionStatement(db: D1Database, workspaceId: string, survey: SurveyDefinition, now: number): D1PreparedStatement {
  return db.prepare('INSERT OR IGNORE INTO survey_versions (survey_id, workspace_id, version, content, replaced_at) VALUES (?, ?, ?, ?, ?)')
    .bind(survey.id, workspaceId, survey.version, JSON.stringify(survey.content), now)
}
