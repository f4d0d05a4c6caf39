// A workspace's text model counts rebuilt from its comments and labelled examples when they were
// learned under another features version (TEXT_FEATURES_VERSION changed), so forgetting one always
// subtracts what was added. Run from the five-minute cron, a few workspaces per tick.
import { learnIncrements, LEARNED_SKIPPED, TEXT_FEATURES_VERSION, type Teaching } from '../domain/text/index.ts'
import { chunkRows, CountTotals, totalsStatements } from './text-model.ts'

/**
 * Newest learned comments (and labelled examples, which come first) a rebuild counts. Older ones add little (a workspace's recent words
 * matter most) and each costs ~0.05-0.1 ms of CPU for its features: 50,000 keep a rebuild near
 * 5 s, well inside a cron invocation's CPU limit, and its one atomic batch (delete, insert the
 * counts in ~200 KB chunks, mark the comments) well inside D1's 30 s per query.
 */
export const REBUILD_MAX_COMMENTS = 50_000 // comments and labelled examples together
const PAGE = 2_000
/** Workspaces looked at per tick; small ones are rebuilt together until the comment budget is spent. */
const WORKSPACES_PER_TICK = 20

export async function rebuildStaleTextModels(db: D1Database, budget = REBUILD_MAX_COMMENTS): Promise<string[]> {
  const { results } = await db.prepare('SELECT id FROM workspaces WHERE text_model_version != ? ORDER BY id LIMIT ?')
    .bind(TEXT_FEATURES_VERSION, WORKSPACES_PER_TICK).all<{ id: string }>()
  const rebuilt: string[] = []
  let spent = 0
  for (const { id } of results) {
    if (spent >= budget) break
    const done = await rebuildTextModel(db, id)
    spent += Math.max(1, done.counted)
    if (done.rebuilt) rebuilt.push(id)
  }
  return rebuilt
}

type Learned = { id: string; comment: string; learned_label: string; created_at: number; rid: number }
type Example = { id: string; text: string; teaching: string; created_at: number }

/**
 * Recounts one workspace from scratch in ONE batch: its counts replaced, its comments and labelled
 * examples marked as counted (learned_version) or not, its version set current. The workspace is
 * first claimed with a negative version; a correction, erasure or examples upload meanwhile
 * revokes the claim, and every statement of the batch then does nothing, so what it read is never
 * written stale. The cap is shared: labelled examples first (someone chose to teach them; newest
 * first if they alone exceed it), then the newest comments with what is left.
 */
export async function rebuildTextModel(db: D1Database, workspaceId: string, max = REBUILD_MAX_COMMENTS): Promise<{ rebuilt: boolean; counted: number }> {
  const claim = -(1 + (crypto.getRandomValues(new Uint32Array(1))[0] >>> 2))
  const claimed = await db.prepare('UPDATE workspaces SET text_model_version = ? WHERE id = ? AND text_model_version != ?').bind(claim, workspaceId, TEXT_FEATURES_VERSION).run()
  if (claimed.meta.changes !== 1) return { rebuilt: false, counted: 0 }

  const totals = new CountTotals()
  const examples = await readExamples(db, workspaceId, max, totals)
  const comments = await readComments(db, workspaceId, max - examples.counted.length, totals)

  const guard = { sql: 'EXISTS (SELECT 1 FROM workspaces WHERE id = ? AND text_model_version = ?)', args: [workspaceId, claim] }
  const marks = (table: string, ids: string[]) => [
    db.prepare(`UPDATE ${table} SET learned_version = NULL WHERE workspace_id = ? AND learned_version IS NOT NULL AND ${guard.sql}`).bind(workspaceId, ...guard.args),
    ...chunkRows(ids).map((chunk) => db.prepare(
      `UPDATE ${table} SET learned_version = ? WHERE workspace_id = ? AND id IN (SELECT value FROM json_each(?)) AND ${guard.sql}`,
    ).bind(TEXT_FEATURES_VERSION, workspaceId, JSON.stringify(chunk), ...guard.args)),
  ]
  const statements: D1PreparedStatement[] = [
    db.prepare(`DELETE FROM text_model_counts WHERE workspace_id = ? AND ${guard.sql}`).bind(workspaceId, ...guard.args),
    ...totalsStatements(db, workspaceId, totals, guard),
    ...marks('responses', comments.counted),
    ...marks('text_examples', examples.counted),
  ]
  // Past the cap: older ones stay out of the counts, and out of the catch-up too.
  if (examples.last) {
    statements.push(db.prepare(
      `UPDATE text_examples SET learned_version = ? WHERE workspace_id = ? AND learned_version IS NULL AND (created_at, id) < (?, ?) AND ${guard.sql}`,
    ).bind(LEARNED_SKIPPED, workspaceId, examples.last.created_at, examples.last.id, ...guard.args))
  }
  if (comments.last) {
    statements.push(db.prepare(
      `UPDATE responses SET learned_version = ? WHERE workspace_id = ? AND learned_label IS NOT NULL AND learned_version IS NULL
       AND (created_at, rowid) < (?, ?) AND ${guard.sql}`,
    ).bind(LEARNED_SKIPPED, workspaceId, comments.last.created_at, comments.last.rid, ...guard.args))
  }
  // The examples' learned_version changed: an upload that read them before must read again.
  statements.push(db.prepare('UPDATE workspaces SET text_model_version = ?, text_examples_revision = text_examples_revision + 1 WHERE id = ? AND text_model_version = ?')
    .bind(TEXT_FEATURES_VERSION, workspaceId, claim))
  const results = await db.batch(statements)
  return { rebuilt: results.at(-1)!.meta.changes === 1, counted: examples.counted.length + comments.counted.length }
}

/** Newest labelled examples up to `max`, added to `totals`; `last` set when the cap cut some off. */
async function readExamples(db: D1Database, workspaceId: string, max: number, totals: CountTotals): Promise<{ counted: string[]; last?: Example }> {
  const counted: string[] = []
  let last: Example | undefined
  while (counted.length < max) {
    const { results } = await db.prepare(
      `SELECT id, text, teaching, created_at FROM text_examples WHERE workspace_id = ? AND (created_at, id) < (?, ?)
       ORDER BY created_at DESC, id DESC LIMIT ?`,
    ).bind(workspaceId, last?.created_at ?? Number.MAX_SAFE_INTEGER, last?.id ?? '', Math.min(PAGE, max - counted.length)).all<Example>()
    for (const r of results) {
      totals.add(learnIncrements(r.text, JSON.parse(r.teaching) as Teaching))
      counted.push(r.id)
    }
    if (results.length === 0) return { counted }
    last = results.at(-1)
  }
  return { counted, last }
}

/**
 * Newest learned comments up to `max`, added to `totals`; `last` is where the cap cut (with no
 * budget left at all, just past the newest comment, so every one is left out).
 */
async function readComments(db: D1Database, workspaceId: string, max: number, totals: CountTotals): Promise<{ counted: string[]; last?: { created_at: number; rid: number } }> {
  const counted: string[] = []
  let last: Learned | undefined
  if (max <= 0) {
    const newest = await db.prepare(
      `SELECT created_at, rowid AS rid FROM responses WHERE workspace_id = ? AND learned_label IS NOT NULL AND comment IS NOT NULL
       ORDER BY created_at DESC, rowid DESC LIMIT 1`,
    ).bind(workspaceId).first<{ created_at: number; rid: number }>()
    return { counted, last: newest ? { created_at: newest.created_at, rid: newest.rid + 1 } : undefined }
  }
  for (;;) {
    const { results } = await db.prepare(
      `SELECT id, comment, learned_label, created_at, rowid AS rid FROM responses
       WHERE workspace_id = ? AND learned_label IS NOT NULL AND comment IS NOT NULL AND (created_at, rowid) < (?, ?)
       ORDER BY created_at DESC, rowid DESC LIMIT ?`,
    ).bind(workspaceId, last?.created_at ?? Number.MAX_SAFE_INTEGER, last?.rid ?? 0, Math.min(PAGE, max - counted.length)).all<Learned>()
    for (const r of results) {
      totals.add(learnIncrements(r.comment, JSON.parse(r.learned_label) as Teaching))
      counted.push(r.id)
    }
    last = results.at(-1) ?? last
    if (results.length === 0 || counted.length >= max) break
  }
  return { counted, last: counted.length >= max ? last : undefined }
}
