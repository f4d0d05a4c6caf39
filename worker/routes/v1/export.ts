// GET /v1/export/responses.csv: the current filter as CSV, streamed page by page.
import { Hono } from 'hono'
import type { AppEnv } from '../../env.ts'
import { validate } from '../../lib/body.ts'
import { csvRow } from '../../domain/csv.ts'
import { checkTopicFilter, currentTopics, RESPONSE_COLUMNS, resolveFilters, responseFilters, responseWhere, type ResponseRow } from '../../services/response-query.ts'
import { knownTopics, loadTaxonomyState } from '../../services/taxonomy-reread.ts'
import { safeText } from '../../domain/safe-text.ts'

const HEADER = ['id', 'created_at', 'survey_id', 'kind', 'customer_id', 'score', 'comment', 'reason', 'offer', 'offer_accepted', 'locale',
  'language', 'sentiment', 'sentiment_score', 'topics', 'finished', 'url']
const PAGE = 1000

export const exportRoutes = new Hono<AppEnv>().get('/responses.csv', async (c) => {
  const f = resolveFilters(validate(responseFilters.omit({ limit: true, cursor: true }), c.req.query()))
  const { workspaceId } = c.get('auth')
  const db = c.env.DB
  const known = knownTopics((await loadTaxonomyState(db, workspaceId)).topics)
  checkTopicFilter(f, known)
  const encoder = new TextEncoder()
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      // The byte order mark tells Excel the file is UTF-8; without it Chinese comments garble.
      controller.enqueue(encoder.encode('\uFEFF' + csvRow(HEADER)))
      let cursor: { at: number; id: string } | null = null
      for (;;) {
        const where = responseWhere(workspaceId, { ...f, limit: PAGE }, false)
        const extra: string = cursor ? ' AND (r.created_at < ? OR (r.created_at = ? AND r.id < ?))' : ''
        const args: unknown[] = cursor ? [...where.args, cursor.at, cursor.at, cursor.id] : where.args
        const { results } = await db.prepare(`SELECT ${RESPONSE_COLUMNS} FROM responses r LEFT JOIN customers c ON c.pk = r.customer_pk
          WHERE ${where.sql}${extra} ORDER BY r.created_at DESC, r.id DESC LIMIT ${PAGE}`).bind(...args).all<ResponseRow>()
        for (const r of results) {
          const topics = currentTopics(r.topics, known).map((t) => t.id).join(';')
          controller.enqueue(encoder.encode(csvRow([r.id, new Date(r.created_at).toISOString(), r.survey_id, r.survey_kind, r.customer_id, r.score, r.comment === null ? null : safeText(r.comment, { multiline: true }),
            r.reason, r.offer_kind, r.offer_accepted === null ? '' : r.offer_accepted === 1, r.locale, r.language, r.sentiment_label, r.sentiment_score, topics, r.finished === 1, r.url])))
        }
        if (results.length < PAGE) break
        const last = results[results.length - 1]
        cursor = { at: last.created_at, id: last.id }
      }
      controller.close()
    },
  })
  return new Response(stream, { headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="responses.csv"' } })
})
