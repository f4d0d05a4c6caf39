// After a taxonomy edit, every stored comment of the workspace (within its retention window) gets
// its topics matched again against the new taxonomy, a page per queue message: the same analysis
// call the answer's first reading made (queue/analyze.ts), of which only the topics are kept.
// Sentiment is untouched, and so are topics a person corrected. Rewriting response_topics keeps the
// topic rollups in step (their triggers, db/migrations/0006_rollup_triggers.sql).
//
// Safe to re-run and to run twice at once: every write of a page applies only if, when its batch
// runs, the workspace still has the taxonomy the page was matched against and this re-read's
// revision, and each answer still has the topics it was read with (a correction or a first
// analysis in between wins). Progress moves only from the cursor the page started at, so of two
// copies of a message (a retry, the cron's restart) one goes on and the other stops.
import type { Env } from '../env.ts'
import { analyzeText, learningFeatures, type TopicDef, type TopicMatch } from '../domain/text/index.ts'
import { ANALYSIS_COLUMNS, analysisSettingsOf, loadModel, type AnalysisColumns } from '../services/text-model.ts'
import { enqueue } from '../services/queue.ts'
import { REREAD_PATH, type RereadState } from '../services/taxonomy-reread.ts'

/** Comments per message: one D1 batch of four statements; a page took ~85 ms in workerd (test/worker/taxonomy-reread.test.ts). */
export const RETOPIC_PAGE = 200
/** A re-read untouched this long lost its message: the five-minute cron sends it again. */
export const RETOPIC_STALE_MS = 2 * 60_000
const DAY = 86_400_000

type Page = { id: string; comment: string; topics: string | null; created_at: number; corrected_at: number | null; learned_label: string | null }
type Workspace = AnalysisColumns & { reread: string | null; retention: number | null }

/** A person's corrected topics are theirs: a correction that named topics teaches them strongly (corrections.ts). */
export function topicsCorrected(row: { corrected_at: number | null; learned_label: string | null }): boolean {
  if (row.corrected_at === null || !row.learned_label) return false
  const teaching = JSON.parse(row.learned_label) as { topics?: unknown; strong?: boolean }
  return teaching.strong === true && teaching.topics !== undefined
}
/** The same rule in SQL, over `r`. */
const TOPICS_CORRECTED = `(r.corrected_at IS NOT NULL AND json_extract(r.learned_label, '$.strong') = 1 AND json_type(r.learned_label, '$.topics') IS NOT NULL)`

/**
 * One page of the workspace's re-read `revision`; queues the next page when there is more.
 * Returns what it did, for tests and logs: 'stale' when a newer edit (or the end) was reached first.
 */
export async function retopicPage(env: Env, workspaceId: string, revision: number, now = Date.now(), pageSize = RETOPIC_PAGE): Promise<{ status: 'stale' | 'more' | 'done'; read: number; changed: number }> {
  const db = env.DB
  const ws = await db.prepare(`SELECT ${ANALYSIS_COLUMNS}, json_extract(settings, '${REREAD_PATH}') AS reread, json_extract(settings, '$.retentionDays') AS retention
      FROM workspaces WHERE id = ?`)
    .bind(workspaceId).first<Workspace>()
  const state = ws?.reread ? (JSON.parse(ws.reread) as RereadState) : null
  if (!ws || !state || state.revision !== revision || state.finishedAt !== null) return { status: 'stale', read: 0, changed: 0 }
  const since = ws.retention ? now - ws.retention * DAY : 0
  const cursor = state.cursorAt === null ? null : { at: state.cursorAt, id: state.cursorId ?? '' }
  const [rows, counted] = await db.batch([
    db.prepare(`SELECT id, comment, topics, created_at, corrected_at, learned_label FROM responses
      WHERE workspace_id = ? AND comment IS NOT NULL AND analyzed_at IS NOT NULL AND created_at >= ?
      ${cursor ? 'AND (created_at < ? OR (created_at = ? AND id < ?))' : ''} ORDER BY created_at DESC, id DESC LIMIT ?`)
      .bind(workspaceId, since, ...(cursor ? [cursor.at, cursor.at, cursor.id] : []), pageSize),
    // The first page counts what there is to read, for "re-reading 1,234 comments".
    state.total === null
      ? db.prepare('SELECT COUNT(*) AS n FROM responses WHERE workspace_id = ? AND comment IS NOT NULL AND analyzed_at IS NOT NULL AND created_at >= ?').bind(workspaceId, since)
      : db.prepare('SELECT ? AS n').bind(state.total),
  ])
  const page = rows.results as Page[]
  const { topics: taxonomy, modelGain, topicGain } = analysisSettingsOf(ws)
  // Each comment's features, derived once: they pick the model rows to load and feed its analysis.
  const toRead = page.filter((r) => !topicsCorrected(r)).flatMap((r) => { const f = safely(() => learningFeatures(r.comment)); return f ? [{ row: r, features: f }] : [] })
  const model = await loadModel(db, workspaceId, [...new Set(toRead.flatMap((r) => r.features))])
  const changed = rematch(toRead, model, { taxonomy, modelGain, topicGain })
  const last = page[page.length - 1]
  const finished = page.length < pageSize
  const next: RereadState = {
    ...state, touchedAt: now, done: state.done + page.length, total: (counted.results[0] as { n: number }).n,
    cursorAt: last?.created_at ?? state.cursorAt, cursorId: last?.id ?? state.cursorId, finishedAt: finished ? now : null,
  }
  // Every write below holds only while the taxonomy and this re-read are the ones read above.
  const guard = `(SELECT taxonomy FROM workspaces WHERE id = ?1) IS ?2 AND json_extract((SELECT settings FROM workspaces WHERE id = ?1), '${REREAD_PATH}.revision') = ?3`
  const items = JSON.stringify(changed.map((c) => ({ id: c.id, was: c.was, topics: JSON.stringify(c.topics) })))
  const rowTopics = JSON.stringify(changed.flatMap((c) => c.topics.map((t) => [c.id, t.id, t.confidence, c.created_at, c.was])))
  // Answers as read: not corrected since, topics as they were.
  const asRead = (id: string, was: string) => `EXISTS (SELECT 1 FROM responses r WHERE r.workspace_id = ?1 AND r.id = ${id} AND r.topics IS ${was} AND NOT ${TOPICS_CORRECTED})`
  const statements = changed.length === 0 ? [] : [
    db.prepare(`DELETE FROM response_topics WHERE workspace_id = ?1 AND ${guard}
        AND response_id IN (SELECT json_extract(j.value, '$.id') FROM json_each(?4) j WHERE ${asRead("json_extract(j.value, '$.id')", "json_extract(j.value, '$.was')")})`)
      .bind(workspaceId, ws.taxonomy, revision, items),
    db.prepare(`INSERT INTO response_topics (workspace_id, response_id, topic, confidence, created_at)
        SELECT ?1, json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]'), json_extract(j.value, '$[2]'), json_extract(j.value, '$[3]') FROM json_each(?4) j
        WHERE ${guard} AND ${asRead("json_extract(j.value, '$[0]')", "json_extract(j.value, '$[4]')")}`)
      .bind(workspaceId, ws.taxonomy, revision, rowTopics),
    // Last: the two statements above find the answers by the topics they were read with.
    db.prepare(`UPDATE responses SET topics = (SELECT json_extract(j.value, '$.topics') FROM json_each(?4) j WHERE json_extract(j.value, '$.id') = responses.id)
        WHERE workspace_id = ?1 AND ${guard} AND id IN (SELECT json_extract(j.value, '$.id') FROM json_each(?4) j WHERE ${asRead("json_extract(j.value, '$.id')", "json_extract(j.value, '$.was')")})`)
      .bind(workspaceId, ws.taxonomy, revision, items),
  ]
  statements.push(db.prepare(`UPDATE workspaces SET settings = json_set(settings, '${REREAD_PATH}', json(?4))
      WHERE id = ?1 AND ${guard} AND json_extract(settings, '${REREAD_PATH}.cursorAt') IS ?5 AND json_extract(settings, '${REREAD_PATH}.cursorId') IS ?6`)
    .bind(workspaceId, ws.taxonomy, revision, JSON.stringify(next), state.cursorAt, state.cursorId))
  const results = await db.batch(statements)
  // Another copy of this message moved on first (or a newer edit landed): it carries on, not this one.
  if (results[results.length - 1].meta.changes === 0) return { status: 'stale', read: page.length, changed: changed.length }
  if (finished) return { status: 'done', read: page.length, changed: changed.length }
  await enqueue(env, [{ type: 'retopic', workspaceId, revision }])
  return { status: 'more', read: page.length, changed: changed.length }
}

type Changed = { id: string; was: string | null; topics: TopicMatch[]; created_at: number }

/** Answers whose topics read differently now. A comment the analysis throws on keeps what it had. */
function rematch(page: { row: Page; features: string[] }[], model: Awaited<ReturnType<typeof loadModel>>, opts: { taxonomy: TopicDef[]; modelGain: number; topicGain: number }): Changed[] {
  const out: Changed[] = []
  for (const { row: r, features } of page) {
    const analysis = safely(() => analyzeText(r.comment, { ...opts, model, features }))
    if (!analysis) continue
    // Stored as the first reading stores them (analyze.ts), so an unchanged answer compares equal.
    const topics = analysis.topics
    if (JSON.stringify(topics) !== r.topics) out.push({ id: r.id, was: r.topics, topics, created_at: r.created_at })
  }
  return out
}

function safely<T>(read: () => T): T | null {
  try {
    return read()
  } catch (err) {
    console.error(JSON.stringify({ level: 'warn', msg: 'topic re-read skipped a comment the analysis throws on', error: String(err) }))
    return null
  }
}

/**
 * Cron: re-reads that lost their message (untouched for RETOPIC_STALE_MS) are sent again; the
 * cursor is in the state, so they go on from the last page done.
 */
export async function resumeRetopics(env: Env, now: number): Promise<number> {
  const { results } = await env.DB.prepare(
    `SELECT id, json_extract(settings, '${REREAD_PATH}.revision') AS revision FROM workspaces
      WHERE json_type(settings, '${REREAD_PATH}') = 'object' AND json_extract(settings, '${REREAD_PATH}.finishedAt') IS NULL
        AND json_extract(settings, '${REREAD_PATH}.touchedAt') < ? LIMIT 100`,
  ).bind(now - RETOPIC_STALE_MS).all<{ id: string; revision: number }>()
  await enqueue(env, results.map((r) => ({ type: 'retopic' as const, workspaceId: r.id, revision: r.revision })))
  return results.length
}
