// PATCH /v1/responses/{id}/analysis: a person corrects a comment's sentiment or topics. The
// correction wins over the model and teaches it: what the comment taught before is taken back
// and the corrected labels count as strong ones, both only under the current features version
// (a workspace awaiting its rebuild gets the correction counted by the rebuild or the catch-up).
// Each part is corrected only when given: a topics-only correction leaves the sentiment as the
// model read it (and teaches none), and the strong teaching holds exactly the parts a person gave,
// now or before, which is how the response view tells them apart (correctedParts). It answers the
// corrected response as GET /v1/responses/{id} shows it.
import { Hono } from 'hono'
import * as z from 'zod'
import type { AppEnv } from '../../env.ts'
import { serverJson } from '../../lib/body.ts'
import { ApiError } from '../../lib/errors.ts'
import { correctedScore, type SentimentLabel } from '../../domain/corrected-sentiment.ts'
import { learnIncrements, negateIncrements, TEXT_FEATURES_VERSION, type Teaching } from '../../domain/text/index.ts'
import { COUNTS_CURRENT, incrementStatement, loadTaxonomy, revokeRebuildStatement } from '../../services/text-model.ts'
import { correctedParts, RESPONSE_COLUMNS, responseView, type ResponseRow } from '../../services/response-query.ts'

const body = z.strictObject({
  sentiment: z.enum(['positive', 'negative', 'neutral', 'mixed']).optional(),
  // A topic named twice is meant once (it would otherwise be indexed, and taught, twice).
  topics: z.array(z.string().min(1).max(40)).max(20).transform((ids) => [...new Set(ids)]).optional(),
}).refine((b) => b.sentiment !== undefined || b.topics !== undefined, 'give sentiment, topics or both')

const CLASS = { positive: 'pos', negative: 'neg', neutral: 'neu', mixed: null } as const

export const corrections = new Hono<AppEnv>().patch('/:id/analysis', async (c) => {
  const input = await serverJson(c, body)
  const { workspaceId } = c.get('auth')
  const id = c.req.param('id')
  const db = c.env.DB
  const row = await db.prepare('SELECT comment, sentiment_label, sentiment_score, topics, learned_label, corrected_at, created_at FROM responses WHERE workspace_id = ? AND id = ?')
    .bind(workspaceId, id).first<{ comment: string | null; sentiment_label: string | null; sentiment_score: number | null; topics: string | null; learned_label: string | null; corrected_at: number | null; created_at: number }>()
  if (!row) throw new ApiError('not_found', 'Unknown response')
  if (!row.comment) throw new ApiError('invalid_request', 'This response has no comment to correct')
  const { topics: taxonomy } = await loadTaxonomy(db, workspaceId)
  const known = new Set(taxonomy.map((t) => t.id))
  const unknown = (input.topics ?? []).filter((t) => !known.has(t))
  if (unknown.length) throw new ApiError('invalid_request', `topics: not in the taxonomy: ${unknown.join(', ')}`)
  const sentiment = input.sentiment ?? row.sentiment_label
  // A new label carries a score of its own sign; a topics-only correction leaves the score be.
  const score = input.sentiment ? correctedScore(input.sentiment, row.sentiment_score) : row.sentiment_score
  const before: Teaching = row.learned_label ? JSON.parse(row.learned_label) : {}
  const earlier = correctedParts(row)
  const after: Teaching = { strong: true }
  if (input.sentiment) after.sentiment = CLASS[input.sentiment]
  else if (earlier.sentiment) after.sentiment = before.sentiment ?? null
  if (input.topics) after.topics = input.topics
  else if (earlier.topics) after.topics = before.topics ?? []
  const now = Date.now()
  // Taken back only if what it taught is in the counts as read; taught only into current counts.
  const forget = row.learned_label === null ? null : incrementStatement(db, workspaceId, negateIncrements(learnIncrements(row.comment, before)), {
    sql: `EXISTS (SELECT 1 FROM responses WHERE workspace_id = ? AND id = ? AND learned_label = ? AND learned_version = ${TEXT_FEATURES_VERSION})`,
    args: [workspaceId, id, row.learned_label],
  })
  const teach = incrementStatement(db, workspaceId, learnIncrements(row.comment, after), { sql: COUNTS_CURRENT, args: [workspaceId] })
  const topicRows = input.topics?.map((t) => ({ id: t, confidence: 1, matches: [] as string[] }))
  const results = await db.batch([
    ...(forget ? [forget] : []),
    ...(teach ? [teach] : []),
    db.prepare(`UPDATE responses SET sentiment_label = ?, sentiment_score = ?, sentiment_confidence = CASE WHEN ? THEN 1 ELSE sentiment_confidence END,
        topics = CASE WHEN ? THEN ? ELSE topics END, corrected_at = ?, learned_label = ?,
        learned_version = CASE WHEN ${COUNTS_CURRENT} THEN ${TEXT_FEATURES_VERSION} END, analyzed_at = COALESCE(analyzed_at, ?) WHERE workspace_id = ? AND id = ?`)
      .bind(sentiment, score, input.sentiment ? 1 : 0, topicRows ? 1 : 0, topicRows ? JSON.stringify(topicRows) : null, now, JSON.stringify(after), workspaceId, now, workspaceId, id),
    revokeRebuildStatement(db, workspaceId),
    // Topics not given stay as they were, rows and rollups alike.
    ...(input.topics ? [
      db.prepare('DELETE FROM response_topics WHERE workspace_id = ? AND response_id = ?').bind(workspaceId, id),
      ...input.topics.map((t) => db.prepare('INSERT INTO response_topics (workspace_id, response_id, topic, confidence, created_at) VALUES (?, ?, ?, 1, ?)').bind(workspaceId, id, t, row.created_at)),
    ] : []),
    // The answer as GET /v1/responses/{id} shows it, read in the same batch as the correction.
    db.prepare(`SELECT ${RESPONSE_COLUMNS} FROM responses r LEFT JOIN customers c ON c.pk = r.customer_pk WHERE r.workspace_id = ? AND r.id = ?`).bind(workspaceId, id),
  ])
  const corrected = results.at(-1)!.results[0] as ResponseRow | undefined
  // Erased between the read above and the batch: nothing was corrected.
  if (!corrected) throw new ApiError('not_found', 'Unknown response')
  return c.json(responseView(corrected, known))
})
