// The daily rollups are kept by triggers: whatever sequence of writes the product makes (answers,
// re-answers, analysis, corrections, erasure, purge), the rollup rows equal a recount of the
// answers, and every insights figure over any period (day-aligned or not) equals the raw count.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { env } from 'cloudflare:test'
import { api, createWorkspace, type TestWorkspace } from './helpers.ts'
import { splitByDay } from '../../worker/services/rollups.ts'
import { COUNT_CAP, readCount } from '../../worker/services/response-count.ts'

const DAY = 86_400_000
const T0 = Date.UTC(2026, 2, 1)
const KINDS = ['nps', 'csat', 'ces', 'exit'] as const
const SENTIMENTS = [null, 'positive', 'neutral', 'negative', 'mixed'] as const
const TOPICS = ['pricing', 'support', 'reliability'] as const

type Op =
  | { op: 'insert'; id: number; kind: (typeof KINDS)[number]; score: number | null; at: number; accepted: boolean }
  | { op: 'rescore'; id: number; score: number | null }
  | { op: 'analyze'; id: number; sentiment: (typeof SENTIMENTS)[number]; topics: string[]; topicsFirst: boolean }
  | { op: 'delete'; id: number; topicsFirst: boolean }

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), id: fc.nat(11), kind: fc.constantFrom(...KINDS), score: fc.option(fc.nat(10)), at: fc.integer({ min: 0, max: 4 * DAY }), accepted: fc.boolean() }),
  fc.record({ op: fc.constant('rescore' as const), id: fc.nat(11), score: fc.option(fc.nat(10)) }),
  fc.record({ op: fc.constant('analyze' as const), id: fc.nat(11), sentiment: fc.constantFrom(...SENTIMENTS), topics: fc.subarray([...TOPICS]), topicsFirst: fc.boolean() }),
  fc.record({ op: fc.constant('delete' as const), id: fc.nat(11), topicsFirst: fc.boolean() }),
)

function statements(ws: string, o: Op): D1PreparedStatement[] {
  const db = env.DB
  const id = `r${o.id}`
  switch (o.op) {
    case 'insert':
      return [db.prepare(`INSERT INTO responses (id, workspace_id, survey_id, survey_kind, survey_version, score, offer_accepted, finished, created_at, updated_at)
        VALUES (?, ?, 's', ?, 1, ?, ?, 1, ?, ?) ON CONFLICT DO NOTHING`).bind(id, ws, o.kind, o.score, o.accepted ? 1 : 0, T0 + o.at, T0 + o.at)]
    case 'rescore':
      return [db.prepare('UPDATE responses SET score = ? WHERE workspace_id = ? AND id = ?').bind(o.score, ws, id)]
    case 'analyze': {
      // The same shape as the queue's analysis and a person's correction: replace the topics.
      const sentiment = db.prepare('UPDATE responses SET sentiment_label = ? WHERE workspace_id = ? AND id = ?').bind(o.sentiment, ws, id)
      const topics = [
        db.prepare('DELETE FROM response_topics WHERE workspace_id = ? AND response_id = ?').bind(ws, id),
        ...o.topics.map((t) => db.prepare(`INSERT INTO response_topics (workspace_id, response_id, topic, confidence, created_at)
          SELECT workspace_id, id, ?, 0.5, created_at FROM responses WHERE workspace_id = ? AND id = ?`).bind(t, ws, id)),
      ]
      return o.topicsFirst ? [...topics, sentiment] : [sentiment, ...topics]
    }
    case 'delete': {
      const topics = db.prepare('DELETE FROM response_topics WHERE workspace_id = ? AND response_id = ?').bind(ws, id)
      const answer = db.prepare('DELETE FROM responses WHERE workspace_id = ? AND id = ?').bind(ws, id)
      return o.topicsFirst ? [topics, answer] : [answer, topics]
    }
  }
}

async function recount(ws: string) {
  const [kept, fresh, keptTopics, freshTopics] = await env.DB.batch([
    env.DB.prepare('SELECT day, survey_kind, score, responses, offers_accepted FROM response_rollups WHERE workspace_id = ? AND responses != 0 ORDER BY 1, 2, 3').bind(ws),
    env.DB.prepare(`SELECT created_at / 86400000 AS day, survey_kind, COALESCE(score, -1) AS score, COUNT(*) AS responses, SUM(IFNULL(offer_accepted = 1, 0)) AS offers_accepted
      FROM responses WHERE workspace_id = ? GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`).bind(ws),
    env.DB.prepare(`SELECT day, topic, volume, positive, neutral, negative, mixed, promoters, passives, detractors, csat_n, csat_satisfied
      FROM topic_rollups WHERE workspace_id = ? AND volume != 0 ORDER BY 1, 2`).bind(ws),
    env.DB.prepare(`SELECT t.created_at / 86400000 AS day, t.topic, COUNT(*) AS volume, SUM(r.sentiment_label IS 'positive') AS positive,
        SUM(r.sentiment_label IS 'neutral') AS neutral, SUM(r.sentiment_label IS 'negative') AS negative, SUM(r.sentiment_label IS 'mixed') AS mixed,
        SUM(IFNULL(r.survey_kind = 'nps' AND r.score >= 9, 0)) AS promoters, SUM(IFNULL(r.survey_kind = 'nps' AND r.score BETWEEN 7 AND 8, 0)) AS passives,
        SUM(IFNULL(r.survey_kind = 'nps' AND r.score <= 6, 0)) AS detractors, SUM(IFNULL(r.survey_kind = 'csat' AND r.score IS NOT NULL, 0)) AS csat_n,
        SUM(IFNULL(r.survey_kind = 'csat' AND r.score >= 4, 0)) AS csat_satisfied
      FROM response_topics t JOIN responses r ON r.workspace_id = t.workspace_id AND r.id = t.response_id
      WHERE t.workspace_id = ? GROUP BY 1, 2 ORDER BY 1, 2`).bind(ws),
  ])
  return { kept: kept.results, fresh: fresh.results, keptTopics: keptTopics.results, freshTopics: freshTopics.results }
}

describe('daily rollups', () => {
  it('equal a recount of the answers after any sequence of writes, in any order', async () => {
    await fc.assert(fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 40 }), async (ops) => {
      const ws = `ws_roll_${crypto.randomUUID()}`
      for (const o of ops) await env.DB.batch(statements(ws, o))
      const r = await recount(ws)
      expect(r.kept).toEqual(r.fresh)
      expect(r.keptTopics).toEqual(r.freshTopics)
    }), { numRuns: 60 })
  })

  it('splits a period into whole days and raw edges', () => {
    expect(splitByDay(T0, T0 + 3 * DAY)).toEqual({ dayFrom: T0 / DAY, dayTo: T0 / DAY + 3, headEnd: T0, tailStart: T0 + 3 * DAY })
    expect(splitByDay(T0 + 5, T0 + 2 * DAY + 7)).toEqual({ dayFrom: T0 / DAY + 1, dayTo: T0 / DAY + 2, headEnd: T0 + DAY, tailStart: T0 + 2 * DAY })
    // Inside one day: nothing from the rollups, all raw.
    expect(splitByDay(T0 + 5, T0 + DAY - 5)).toEqual({ dayFrom: 0, dayTo: 0, headEnd: T0 + DAY - 5, tailStart: T0 + DAY - 5 })
  })
})

describe('insights over rollups', () => {
  async function seeded(): Promise<TestWorkspace> {
    const ws = await createWorkspace()
    const stmts: D1PreparedStatement[] = []
    // Four days of answers, every 3 hours, scores cycling 0..10, topics on every other answer.
    for (let i = 0; i < 32; i++) {
      const at = T0 + i * 3 * 3_600_000 + 1_000
      const id = `roll_${i}`
      stmts.push(env.DB.prepare(`INSERT INTO responses (id, workspace_id, survey_id, survey_kind, survey_version, score, comment, sentiment_label, finished, created_at, updated_at)
        VALUES (?, ?, ?, 'nps', 1, ?, ?, ?, 1, ?, ?)`).bind(id, ws.workspaceId, ws.surveys.nps, i % 11, `comment ${i}`, i % 11 >= 9 ? 'positive' : 'negative', at, at))
      if (i % 2 === 0) stmts.push(env.DB.prepare(`INSERT INTO response_topics (workspace_id, response_id, topic, confidence, created_at) VALUES (?, ?, 'pricing', 0.9, ?)`).bind(ws.workspaceId, id, at))
    }
    await env.DB.batch(stmts)
    return ws
  }

  it('summary, themes and trends equal the raw counts over unaligned periods', async () => {
    const ws = await seeded()
    for (const [from, to] of [[T0 + 5 * 3_600_000, T0 + 3 * DAY + 7 * 3_600_000], [T0 + DAY + 1, T0 + DAY + 10 * 3_600_000], [T0, T0 + 4 * DAY]]) {
      const raw = await env.DB.prepare(`SELECT COUNT(*) AS n, SUM(score >= 9) AS promoters, SUM(score <= 6) AS detractors,
          SUM(id IN (SELECT response_id FROM response_topics WHERE workspace_id = ?1)) AS priced
        FROM responses WHERE workspace_id = ?1 AND created_at >= ?2 AND created_at < ?3`).bind(ws.workspaceId, from, to).first<{ n: number; promoters: number; detractors: number; priced: number }>()
      const summary = await (await api(ws, 'GET', `/v1/insights/summary?from=${from}&to=${to}`)).json() as { nps: { total: number; promoters: number; detractors: number }; responseRate: { responses: number } }
      expect(summary.nps).toMatchObject({ total: raw!.n, promoters: raw!.promoters, detractors: raw!.detractors })
      expect(summary.responseRate.responses).toBe(raw!.n)
      const themes = await (await api(ws, 'GET', `/v1/insights/themes?from=${from}&to=${to}`)).json() as { topics: { id: string; volume: number; examples: unknown[] }[] }
      expect(themes.topics.find((t) => t.id === 'pricing')?.volume ?? 0).toBe(raw!.priced)
      if (raw!.priced) expect(themes.topics[0].examples.length).toBe(Math.min(3, raw!.priced))
      const trends = await (await api(ws, 'GET', `/v1/insights/trends?from=${from}&to=${to}`)).json() as { data: { responses: number }[] }
      expect(trends.data.reduce((sum, d) => sum + d.responses, 0)).toBe(raw!.n)
    }
  })
  it('the responses list total is exact through the rollups, and capped for other filters', async () => {
    const ws = await seeded()
    const from = T0 + 5 * 3_600_000
    const to = T0 + 3 * DAY + 7 * 3_600_000
    const raw = await env.DB.prepare(`SELECT COUNT(*) AS n, SUM(score <= 6) AS low, SUM(comment LIKE '%1%') AS ones,
        (SELECT COUNT(*) FROM responses WHERE workspace_id = ?1 AND score <= 6) AS lowEver
      FROM responses WHERE workspace_id = ?1 AND created_at >= ?2 AND created_at < ?3`).bind(ws.workspaceId, from, to).first<{ n: number; low: number; ones: number; lowEver: number }>()
    for (const [query, expected] of [[`from=${from}&to=${to}`, raw!.n], [`from=${from}&to=${to}&kind=nps&maxScore=6`, raw!.low], [`maxScore=6&limit=2`, raw!.lowEver], [`from=${from}&to=${to}&q=1`, raw!.ones]] as const) {
      const res = await api(ws, 'GET', `/v1/responses?${query}`)
      expect(res.status).toBe(200)
      expect(await res.json()).toMatchObject({ total: expected, totalExact: true })
    }
    expect(readCount(10_001, true)).toEqual({ total: COUNT_CAP, totalExact: false })
    expect(readCount(10_001, false)).toEqual({ total: 10_001, totalExact: true })
  })
})
