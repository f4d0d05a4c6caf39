// GET /v1/responses: filtered, newest first, keyset-paginated, with a total (response-count.ts).
import { Hono } from 'hono'
import type { AppEnv } from '../../env.ts'
import { validate } from '../../lib/body.ts'
import { ApiError } from '../../lib/errors.ts'
import { encodeCursor } from '../../lib/pagination.ts'
import { countStatement, readCount } from '../../services/response-count.ts'
import { checkTopicFilter, RESPONSE_COLUMNS, resolveFilters, responseFilters, responseView, responseWhere, type ResponseRow } from '../../services/response-query.ts'
import { knownTopics, loadTaxonomyState } from '../../services/taxonomy-reread.ts'

export const responses = new Hono<AppEnv>()
  .get('/', async (c) => {
    const f = resolveFilters(validate(responseFilters, c.req.query()))
    const { workspaceId } = c.get('auth')
    const db = c.env.DB
    const known = knownTopics((await loadTaxonomyState(db, workspaceId)).topics)
    checkTopicFilter(f, known)
    const page = responseWhere(workspaceId, f)
    const count = countStatement(db, workspaceId, f)
    const [rows, counted] = await db.batch([
      db.prepare(`SELECT ${RESPONSE_COLUMNS} FROM responses r LEFT JOIN customers c ON c.pk = r.customer_pk
        WHERE ${page.sql} ORDER BY r.created_at DESC, r.id DESC LIMIT ?`).bind(...page.args, f.limit + 1),
      count.stmt,
    ])
    const list = rows.results as unknown as ResponseRow[]
    const more = list.length > f.limit
    const data = list.slice(0, f.limit)
    const last = data[data.length - 1]
    return c.json({ data: data.map((r) => responseView(r, known)), nextCursor: more && last ? encodeCursor(last.created_at, last.id) : null, ...readCount((counted.results[0] as { n: number }).n, count.capped) })
  })
  .get('/:id', async (c) => {
    const { workspaceId } = c.get('auth')
    const [row, { topics }] = await Promise.all([
      c.env.DB.prepare(`SELECT ${RESPONSE_COLUMNS} FROM responses r LEFT JOIN customers c ON c.pk = r.customer_pk WHERE r.workspace_id = ? AND r.id = ?`)
        .bind(workspaceId, c.req.param('id')).first<ResponseRow>(),
      loadTaxonomyState(c.env.DB, workspaceId),
    ])
    if (!row) throw new ApiError('not_found', 'Unknown response')
    return c.json(responseView(row, knownTopics(topics)))
  })
