// A taxonomy edit reaches stored answers in two steps. At once, reads show only topics of the
// current taxonomy (knownTopics). Soon after, the queue matches every stored comment's topics again
// (queue/retopic.ts), page by page; its progress lives in the workspace's settings JSON under
// `taxonomyReread` (no column of its own), written only with json_set so other settings stay as they are.
import { type TopicDef } from '../domain/text/index.ts'
import { taxonomyOf } from './text-model.ts'

export interface RereadState {
  /** Which edit this re-read is for (the time of the PUT): a job of an older edit stops. */
  revision: number
  startedAt: number
  /** Last progress (or cron restart): the cron resumes a re-read untouched for a while. */
  touchedAt: number
  /** Keyset cursor, newest first: the last comment read. Null before the first page. */
  cursorAt: number | null
  cursorId: string | null
  done: number
  /** Comments to read, counted by the first page; null until then. */
  total: number | null
  finishedAt: number | null
}

/** What GET /v1/taxonomy and the themes say about it: whether stored answers are still being re-read. */
export type RereadView = { inProgress: boolean; done: number; total: number | null; startedAt: number; finishedAt: number | null } | null

export const REREAD_PATH = '$.taxonomyReread'

export function rereadView(state: RereadState | null): RereadView {
  if (!state) return null
  return { inProgress: state.finishedAt === null, done: state.done, total: state.total, startedAt: state.startedAt, finishedAt: state.finishedAt }
}

export function freshState(now: number): RereadState {
  return { revision: now, startedAt: now, touchedAt: now, cursorAt: null, cursorId: null, done: 0, total: null, finishedAt: null }
}

/**
 * Replaces the taxonomy (null: back to the default) and starts a re-read of stored answers, in one
 * statement: a re-read can never be for a taxonomy other than the one stored with it.
 */
export function replaceTaxonomyStatement(db: D1Database, workspaceId: string, topics: TopicDef[] | null, now: number): { stmt: D1PreparedStatement; state: RereadState } {
  const state = freshState(now)
  const stmt = db.prepare(`UPDATE workspaces SET taxonomy = ?, settings = json_set(settings, '${REREAD_PATH}', json(?)) WHERE id = ?`)
    .bind(topics === null ? null : JSON.stringify(topics), JSON.stringify(state), workspaceId)
  return { stmt, state }
}

/** The taxonomy with the re-read's state: one read. */
export async function loadTaxonomyState(db: D1Database, workspaceId: string): Promise<{ topics: TopicDef[]; isDefault: boolean; reread: RereadView }> {
  const row = await db.prepare(`SELECT taxonomy, json_extract(settings, '${REREAD_PATH}') AS reread FROM workspaces WHERE id = ?`)
    .bind(workspaceId).first<{ taxonomy: string | null; reread: string | null }>()
  return { ...taxonomyOf(row?.taxonomy ?? null), reread: rereadView(row?.reread ? (JSON.parse(row.reread) as RereadState) : null) }
}

/** Topic ids of the current taxonomy: anything else stored on an answer is shown nowhere. */
export const knownTopics = (taxonomy: TopicDef[]): ReadonlySet<string> => new Set(taxonomy.map((t) => t.id))
