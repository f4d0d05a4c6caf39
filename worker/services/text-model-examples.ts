// Labelled examples a workspace is taught from a file: stored one row per distinct text, counted
// into text_model_counts like comments (weak-label weight) while the counts are current, left
// for the rebuild or catch-up (learned_version NULL) while they are not.
// Concurrency: every batch that changes a workspace's examples bumps
// workspaces.text_examples_revision; a writer reads the revision with the examples and its batch
// does nothing unless the revision is still the one read (then it reads again). So what is
// forgotten is always what was counted, however uploads, deletes, rebuilds and catch-ups overlap.
import { learnIncrements, negateIncrements, TEXT_FEATURES_VERSION, type Teaching } from '../domain/text/index.ts'
import type { TextExampleRow } from '../domain/import/text-examples.ts'
import { ApiError } from '../lib/errors.ts'
import { sha256Hex } from '../lib/ids.ts'
import { chunkRows, COUNTS_CURRENT, CountTotals, totalsStatements } from './text-model.ts'
import { REBUILD_MAX_COMMENTS } from './text-model-rebuild.ts'

const V = TEXT_FEATURES_VERSION
const ATTEMPTS = 4
const READ_CHUNK = 5_000
/** Examples a workspace keeps: as many as a rebuild recounts (REBUILD_MAX_COMMENTS). */
export const MAX_EXAMPLES = REBUILD_MAX_COMMENTS

/** A text's row id: SHA-256 of the text as validated (trimmed), hex, first 32 characters. */
export async function exampleId(text: string): Promise<string> {
  return (await sha256Hex(text)).slice(0, 32)
}

export function teachingOf(row: Pick<TextExampleRow, 'sentiment' | 'topics'>): Teaching {
  return { ...(row.sentiment ? { sentiment: row.sentiment } : {}), ...(row.topics.length ? { topics: row.topics } : {}) }
}

/** SQL true while the workspace's examples are as read (two args: workspace id, revision). */
const UNCHANGED = '(SELECT text_examples_revision FROM workspaces WHERE id = ?) = ?'

/**
 * The batch's last statement: the revision moves on (its `changes` say whether the batch applied)
 * and a rebuild under way is revoked, as it may have read the examples this batch changes.
 */
export function examplesChangedStatement(db: D1Database, workspaceId: string, revision?: number): D1PreparedStatement {
  return db.prepare(
    `UPDATE workspaces SET text_examples_revision = text_examples_revision + 1,
       text_model_version = CASE WHEN text_model_version < 0 THEN 0 ELSE text_model_version END
     WHERE id = ? AND (? IS NULL OR text_examples_revision = ?)`,
  ).bind(workspaceId, revision ?? null, revision ?? null)
}

async function readRevision(db: D1Database, workspaceId: string): Promise<number> {
  const row = await db.prepare('SELECT text_examples_revision r FROM workspaces WHERE id = ?').bind(workspaceId).first<{ r: number }>()
  if (!row) throw new ApiError('not_found', 'Unknown workspace')
  return row.r
}

/** Tries a read-then-batch step until its batch applies over an unchanged revision. */
async function optimistic<T>(db: D1Database, workspaceId: string, step: (revision: number) => Promise<{ statements: D1PreparedStatement[]; answer: (results: D1Result[]) => T }>): Promise<T> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const revision = await readRevision(db, workspaceId)
    const { statements, answer } = await step(revision)
    const results = await db.batch([...statements, examplesChangedStatement(db, workspaceId, revision)])
    if (results.at(-1)!.meta.changes === 1) return answer(results)
  }
  throw new ApiError('conflict', 'The training examples kept changing while these were stored; send them again')
}

type Stored = { id: string; teaching: string; learned_version: number | null }

/**
 * Stores labelled examples; a text already stored gets the new label (its old teaching forgotten
 * if counted). Within `rows`, a text given twice keeps its last label. A file that would take the
 * workspace past `limit` examples is refused whole (413).
 */
export async function storeExamples(db: D1Database, workspaceId: string, rows: TextExampleRow[], now = Date.now(), limit = MAX_EXAMPLES): Promise<{ learned: number; replaced: number; duplicates: number }> {
  const byId = new Map<string, { text: string; teaching: string }>()
  for (const row of rows) {
    const id = await exampleId(row.text)
    byId.delete(id) // last wins, and keeps its place
    byId.set(id, { text: row.text, teaching: JSON.stringify(teachingOf(row)) })
  }
  const ids = [...byId.keys()]
  return optimistic(db, workspaceId, async (revision) => {
    const stored = new Map<string, Stored>()
    for (const chunk of chunkRows(ids, 100_000)) {
      const { results } = await db.prepare('SELECT id, teaching, learned_version FROM text_examples WHERE workspace_id = ? AND id IN (SELECT value FROM json_each(?))')
        .bind(workspaceId, JSON.stringify(chunk)).all<Stored>()
      for (const r of results) stored.set(r.id, r)
    }
    const held = (await db.prepare('SELECT COUNT(*) AS n FROM text_examples WHERE workspace_id = ?').bind(workspaceId).first<{ n: number }>())!.n
    const added = byId.size - stored.size
    if (held + added > limit) {
      throw new ApiError('payload_too_large', `A workspace keeps at most ${limit.toLocaleString('en')} labelled examples: it has ${held.toLocaleString('en')} and this file adds ${added.toLocaleString('en')} new texts. Forget the examples first (DELETE /v1/text-model/examples) or send fewer.`)
    }
    // Counted only if the counts are current when the batch runs (the same check the rows get).
    const totals = new CountTotals()
    for (const [id, ex] of byId) {
      const old = stored.get(id)
      if (old?.learned_version === V) totals.add(negateIncrements(learnIncrements(ex.text, JSON.parse(old.teaching) as Teaching)))
      totals.add(learnIncrements(ex.text, JSON.parse(ex.teaching) as Teaching))
    }
    const unchanged = { sql: UNCHANGED, args: [workspaceId, revision] }
    const statements = [
      ...totalsStatements(db, workspaceId, totals, { sql: `${UNCHANGED} AND ${COUNTS_CURRENT}`, args: [workspaceId, revision, workspaceId] }),
      ...chunkRows([...byId].map(([id, ex]) => [id, ex.text, ex.teaching])).map((chunk) => db.prepare(
        `INSERT INTO text_examples (workspace_id, id, text, teaching, created_at, learned_version)
         SELECT ?, json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'), ?, CASE WHEN ${COUNTS_CURRENT} THEN ${V} END
         FROM json_each(?) WHERE ${unchanged.sql}
         ON CONFLICT (workspace_id, id) DO UPDATE SET teaching = excluded.teaching, created_at = excluded.created_at, learned_version = excluded.learned_version`,
      ).bind(workspaceId, now, workspaceId, JSON.stringify(chunk), ...unchanged.args)),
    ]
    return { statements, answer: () => ({ learned: byId.size, replaced: stored.size, duplicates: rows.length - byId.size }) }
  })
}

type Counted = { id: string; text: string; teaching: string }

/**
 * Forgets every example: what they taught is taken back (exactly under the current features; as
 * well as today's features allow while the counts await a rebuild, as erasure does) and the rows
 * are deleted, in one batch.
 */
export async function forgetExamples(db: D1Database, workspaceId: string): Promise<number> {
  return optimistic(db, workspaceId, async (revision) => {
    const totals = new CountTotals()
    let after = ''
    for (;;) {
      const { results } = await db.prepare('SELECT id, text, teaching FROM text_examples WHERE workspace_id = ? AND learned_version > 0 AND id > ? ORDER BY id LIMIT ?')
        .bind(workspaceId, after, READ_CHUNK).all<Counted>()
      for (const r of results) totals.add(negateIncrements(learnIncrements(r.text, JSON.parse(r.teaching) as Teaching)))
      if (results.length < READ_CHUNK) break
      after = results.at(-1)!.id
    }
    const unchanged = { sql: UNCHANGED, args: [workspaceId, revision] }
    const statements = [
      ...totalsStatements(db, workspaceId, totals, unchanged),
      // Rows left at zero would still hold the words they wrote (below zero: stale counts taken back).
      db.prepare(`DELETE FROM text_model_counts WHERE workspace_id = ? AND count <= 0 AND ${unchanged.sql}`).bind(workspaceId, ...unchanged.args),
      db.prepare(`DELETE FROM text_examples WHERE workspace_id = ? AND ${unchanged.sql}`).bind(workspaceId, ...unchanged.args),
    ]
    return { statements, answer: (results: D1Result[]) => results.at(-2)!.meta.changes }
  })
}
