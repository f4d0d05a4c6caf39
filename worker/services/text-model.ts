// The workspace's learned text model in D1: counts per (label, token). Only the rows for one
// comment's features (plus the label totals) are loaded to analyse it.
// Counts are of one features version (workspaces.text_model_version); a comment's teaching is in
// them when its responses.learned_version is that version. Writers touch the counts only under
// TEXT_FEATURES_VERSION, checked in SQL when their batch runs (not when they read), so a rebuild
// finishing in between cannot leave a comment counted twice or taken back when it was never added.
import { DOC_TOKEN, TOTAL_TOKEN, TEXT_FEATURES_VERSION, modelFromRows, type CountIncrement, type ModelView } from '../domain/text/index.ts'
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
  const rows = mergeIncrements(incs)
  if (rows.length === 0) return null
  return db.prepare(
    `INSERT INTO text_model_counts (workspace_id, label, token, count)
     SELECT ?, json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]') FROM json_each(?)
     WHERE ${guard ? guard.sql : '1'}
     ON CONFLICT (workspace_id, token, label) DO UPDATE SET count = count + excluded.count`,
  ).bind(workspaceId, JSON.stringify(rows), ...(guard?.args ?? []))
}

/** Summed increments as few statements as D1 allows: ~200 KB of JSON each, all under `guard`. */
export function totalsStatements(db: D1Database, workspaceId: string, totals: CountTotals, guard: { sql: string; args: unknown[] }): D1PreparedStatement[] {
  const rows = totals.rows().map(([label, token, delta]) => ({ label, token, delta }))
  return chunkRows(rows, 200_000, (r) => r.label.length + r.token.length * 2 + 16).flatMap((chunk) => incrementStatement(db, workspaceId, chunk, guard) ?? [])
}

/** SQL, true when the workspace's counts are of the current features (one arg: the workspace id). */
export const COUNTS_CURRENT = `(SELECT text_model_version FROM workspaces WHERE id = ?) = ${TEXT_FEATURES_VERSION}`

/**
 * Whether forgetting a learned text (erasure, retention purge) takes its teaching out of the counts:
 * it was counted under the current features, or, while the counts await a rebuild, under older ones
 * (taken back as well as today's features allow, so its words do not wait for the rebuild). SQL over
 * `r`, the text's row (one arg: the workspace id); `takesBack` is the same rule in code.
 */
export const TAKES_BACK = `r.learned_version = ${TEXT_FEATURES_VERSION} OR (r.learned_version > 0 AND NOT (${COUNTS_CURRENT}))`
export function takesBack(learnedVersion: number | null, workspaceVersion: number): boolean {
  return learnedVersion === TEXT_FEATURES_VERSION || (learnedVersion !== null && learnedVersion > 0 && workspaceVersion !== TEXT_FEATURES_VERSION)
}

/**
 * A correction or erasure in a workspace being rebuilt: the rebuild read comments that have since
 * changed, so its claim (a negative version) is revoked and the next cron tick starts again.
 */
export function revokeRebuildStatement(db: D1Database, workspaceId: string): D1PreparedStatement {
  return db.prepare('UPDATE workspaces SET text_model_version = 0 WHERE id = ? AND text_model_version < 0').bind(workspaceId)
}

/** Where a learned text's label is kept: comments (responses) and labelled examples (text_examples). */
export const LEARNED_ROWS = {
  responses: { table: 'responses', label: 'learned_label' },
  examples: { table: 'text_examples', label: 'teaching' },
} as const
export type LearnedRows = (typeof LEARNED_ROWS)[keyof typeof LEARNED_ROWS]

/**
 * Increments of several learned texts (rows of `source`), each applied only if, when the statement
 * runs, its row still has the label it was read with and passes `cond` (SQL over `r`, that row).
 * Chunked so each bound JSON stays far below D1's 1 MB value limit.
 */
export function guardedIncrementStatements(db: D1Database, workspaceId: string, source: LearnedRows, items: { id: string; label: string; incs: CountIncrement[] }[], cond: { sql: string; args: unknown[] }): D1PreparedStatement[] {
  const rows: unknown[][] = []
  for (const item of items) {
    const merged = mergeIncrements(item.incs)
    for (const [label, token, delta] of merged) rows.push([label, token, delta, item.id, item.label])
  }
  return chunkRows(rows).map((chunk) => db.prepare(
    `INSERT INTO text_model_counts (workspace_id, label, token, count)
     SELECT ?, json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]'), json_extract(j.value, '$[2]') FROM json_each(?) j
     WHERE EXISTS (SELECT 1 FROM ${source.table} r WHERE r.workspace_id = ? AND r.id = json_extract(j.value, '$[3]')
       AND r.${source.label} = json_extract(j.value, '$[4]') AND (${cond.sql}))
     ON CONFLICT (workspace_id, token, label) DO UPDATE SET count = count + excluded.count`,
  ).bind(workspaceId, JSON.stringify(chunk), workspaceId, ...cond.args))
}

/** Increments summed per (label, token); `rows()` drops zeros. */
export class CountTotals {
  private readonly byLabel = new Map<string, Map<string, number>>()
  add(incs: Iterable<CountIncrement>): void {
    for (const i of incs) {
      let m = this.byLabel.get(i.label)
      if (!m) this.byLabel.set(i.label, (m = new Map()))
      m.set(i.token, (m.get(i.token) ?? 0) + i.delta)
    }
  }
  rows(): [label: string, token: string, count: number][] {
    const out: [string, string, number][] = []
    for (const [label, m] of this.byLabel) for (const [token, n] of m) if (n !== 0) out.push([label, token, n])
    return out
  }
}

export function mergeIncrements(incs: Iterable<CountIncrement>): [string, string, number][] {
  const totals = new CountTotals()
  totals.add(incs)
  return totals.rows()
}

/** Rows split so each chunk's JSON is about `maxChars` at most (D1 binds values up to 1 MB). */
export function chunkRows<T>(rows: T[], maxChars = 200_000, sizeOf = (row: T) => JSON.stringify(row).length): T[][] {
  const out: T[][] = []
  let chunk: T[] = []
  let size = 0
  for (const row of rows) {
    const n = sizeOf(row) + 1
    if (chunk.length && size + n > maxChars) {
      out.push(chunk)
      chunk = []
      size = 0
    }
    chunk.push(row)
    size += n
  }
  if (chunk.length) out.push(chunk)
  return out
}

export async function loadTaxonomy(db: D1Database, workspaceId: string): Promise<{ topics: TopicDef[]; isDefault: boolean }> {
  const row = await db.prepare('SELECT taxonomy FROM workspaces WHERE id = ?').bind(workspaceId).first<{ taxonomy: string | null }>()
  return taxonomyOf(row?.taxonomy ?? null)
}

/** A workspace's `taxonomy` column read: its own topics, or the default taxonomy when it has none. */
export function taxonomyOf(json: string | null): { topics: TopicDef[]; isDefault: boolean } {
  const stored = json ? (JSON.parse(json) as TopicDef[]) : null
  return stored ? { topics: stored, isDefault: false } : { topics: DEFAULT_TAXONOMY, isDefault: true }
}

/** The workspaces columns analysisSettingsOf reads, for a query that needs other columns beside them. */
export const ANALYSIS_COLUMNS = `taxonomy, json_extract(text_model_check, '$.gain') AS gain, json_extract(text_model_check, '$.topics.gain') AS topic_gain`
export type AnalysisColumns = { taxonomy: string | null; gain: number | null; topic_gain: number | null }

/**
 * What analysing a comment needs of its workspace: the taxonomy, and how far to trust what it
 * learned for sentiment and for topics (the daily self-check's gains; 1, the default, until checked).
 */
export function analysisSettingsOf(row: AnalysisColumns | null): { topics: TopicDef[]; modelGain: number; topicGain: number } {
  return { topics: taxonomyOf(row?.taxonomy ?? null).topics, modelGain: row?.gain ?? 1, topicGain: row?.topic_gain ?? 1 }
}

export async function loadAnalysisSettings(db: D1Database, workspaceId: string): Promise<{ topics: TopicDef[]; modelGain: number; topicGain: number }> {
  return analysisSettingsOf(await db.prepare(`SELECT ${ANALYSIS_COLUMNS} FROM workspaces WHERE id = ?`).bind(workspaceId).first<AnalysisColumns>())
}
