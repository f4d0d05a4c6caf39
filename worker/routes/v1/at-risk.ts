// GET /v1/customers/at-risk?tier=&limit=&cursor=: who to call first, by expected revenue lost
// (score × revenue, +1 so customers with no known revenue still rank by score), with reasons.
// Churned customers are lost, not at risk, and never listed.
import { Hono } from 'hono'
import * as z from 'zod'
import type { AppEnv } from '../../env.ts'
import { validate } from '../../lib/body.ts'
import { decodeCursor, encodeCursor, limitParam } from '../../lib/pagination.ts'

const TIERS = ['high', 'medium', 'low'] as const
const query = z.object({
  // ?tier=high,medium and ?tier=high&tier=medium mean the same (the route joins repeats).
  tier: z.string().max(40).optional()
    .transform((t) => (t ? t.split(',').map((s) => s.trim()) : ['high', 'medium']))
    .pipe(z.array(z.enum(TIERS)).min(1)),
  limit: limitParam,
  cursor: z.string().max(500).optional(),
})

interface Row {
  pk: string
  external_id: string
  plan: string | null
  revenue: number
  value_tier: string | null
  traits: string
  score: number
  tier: string
  reasons: string
  computed_at: number
  rank: number
}

const RANK = 's.score * (c.revenue + 1)'

export const atRisk = new Hono<AppEnv>().get('/', async (c) => {
  const q = validate(query, { ...c.req.query(), tier: c.req.queries('tier')?.join(',') })
  const { workspaceId } = c.get('auth')
  const where = `s.workspace_id = ?1 AND s.tier IN (SELECT value FROM json_each(?2)) AND c.churned_at IS NULL`
  const cursor = decodeCursor(q.cursor)
  const db = c.env.DB
  const [page, count] = await db.batch([
    db.prepare(
      `SELECT c.pk, c.external_id, c.plan, c.revenue, c.value_tier, c.traits, s.score, s.tier, s.reasons, s.computed_at, ${RANK} AS rank
         FROM risk_scores s JOIN customers c ON c.pk = s.customer_pk
        WHERE ${where} ${cursor ? `AND (${RANK} < ?3 OR (${RANK} = ?3 AND c.pk > ?4))` : ''}
        ORDER BY rank DESC, c.pk ASC LIMIT ${q.limit + 1}`,
    ).bind(workspaceId, JSON.stringify(q.tier), ...(cursor ? [cursor.at, cursor.id] : [])),
    db.prepare(`SELECT COUNT(*) AS n FROM risk_scores s JOIN customers c ON c.pk = s.customer_pk WHERE ${where}`).bind(workspaceId, JSON.stringify(q.tier)),
  ])
  const rows = page.results as Row[]
  const more = rows.length > q.limit
  const data = rows.slice(0, q.limit)
  const last = data[data.length - 1]
  return c.json({
    data: data.map((r) => ({
      id: r.external_id,
      plan: r.plan,
      revenue: r.revenue,
      valueTier: r.value_tier,
      traits: JSON.parse(r.traits),
      score: r.score,
      tier: r.tier,
      reasons: JSON.parse(r.reasons),
      computedAt: r.computed_at,
    })),
    nextCursor: more && last ? encodeCursor(last.rank, last.pk) : null,
    total: (count.results[0] as { n: number }).n,
  })
})
