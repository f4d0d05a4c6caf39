// SQL behind themes and drivers: aggregated per topic in D1 (indexed by workspace, topic, time),
// so the cost grows with topics, not with responses read into the worker.
import type { ThemeComment } from '../domain/text/index.ts'

export interface TopicRow {
  topic: string
  volume: number
  positive: number
  neutral: number
  negative: number
  mixed: number
  promoters: number
  passives: number
  detractors: number
  csatN: number
  csatSatisfied: number
}

const SCORE_COUNTS = `
  SUM(CASE WHEN r.survey_kind = 'nps' AND r.score >= 9 THEN 1 ELSE 0 END) AS promoters,
  SUM(CASE WHEN r.survey_kind = 'nps' AND r.score BETWEEN 7 AND 8 THEN 1 ELSE 0 END) AS passives,
  SUM(CASE WHEN r.survey_kind = 'nps' AND r.score <= 6 THEN 1 ELSE 0 END) AS detractors,
  SUM(CASE WHEN r.survey_kind = 'csat' AND r.score IS NOT NULL THEN 1 ELSE 0 END) AS csatN,
  SUM(CASE WHEN r.survey_kind = 'csat' AND r.score >= 4 THEN 1 ELSE 0 END) AS csatSatisfied`

export async function topicStats(db: D1Database, workspaceId: string, from: number, to: number) {
  const [topics, totals] = await db.batch([
    db.prepare(`SELECT t.topic, COUNT(*) AS volume,
        SUM(CASE WHEN r.sentiment_label = 'positive' THEN 1 ELSE 0 END) AS positive,
        SUM(CASE WHEN r.sentiment_label = 'neutral' THEN 1 ELSE 0 END) AS neutral,
        SUM(CASE WHEN r.sentiment_label = 'negative' THEN 1 ELSE 0 END) AS negative,
        SUM(CASE WHEN r.sentiment_label = 'mixed' THEN 1 ELSE 0 END) AS mixed, ${SCORE_COUNTS}
      FROM response_topics t JOIN responses r ON r.workspace_id = t.workspace_id AND r.id = t.response_id
      WHERE t.workspace_id = ? AND t.created_at >= ? AND t.created_at < ?
      GROUP BY t.topic ORDER BY volume DESC`).bind(workspaceId, from, to),
    db.prepare(`SELECT ${SCORE_COUNTS} FROM responses r WHERE r.workspace_id = ? AND r.created_at >= ? AND r.created_at < ? AND r.score IS NOT NULL`).bind(workspaceId, from, to),
  ])
  const t = totals.results[0] as Omit<TopicRow, 'topic' | 'volume' | 'positive' | 'neutral' | 'negative' | 'mixed'>
  return {
    topics: topics.results as unknown as TopicRow[],
    totals: { promoters: t.promoters ?? 0, passives: t.passives ?? 0, detractors: t.detractors ?? 0, csatN: t.csatN ?? 0, csatSatisfied: t.csatSatisfied ?? 0 },
  }
}

/** Up to three recent example comments per topic, chosen in SQL with a window function. */
export async function topicExamples(db: D1Database, workspaceId: string, from: number, to: number) {
  const { results } = await db.prepare(`SELECT topic, response_id, comment, score, sentiment_label FROM (
      SELECT t.topic, t.response_id, r.comment, r.score, r.sentiment_label,
        ROW_NUMBER() OVER (PARTITION BY t.topic ORDER BY t.confidence DESC, t.created_at DESC) AS n
      FROM response_topics t JOIN responses r ON r.workspace_id = t.workspace_id AND r.id = t.response_id
      WHERE t.workspace_id = ? AND t.created_at >= ? AND t.created_at < ? AND r.comment IS NOT NULL)
    WHERE n <= 3`).bind(workspaceId, from, to).all<{ topic: string; response_id: string; comment: string; score: number | null; sentiment_label: string | null }>()
  const out = new Map<string, { responseId: string; comment: string; score: number | null; sentiment: string | null }[]>()
  for (const r of results) out.set(r.topic, [...(out.get(r.topic) ?? []), { responseId: r.response_id, comment: r.comment, score: r.score, sentiment: r.sentiment_label }])
  return out
}

/** Comments for emerging themes: the most recent 2,000 of the period bound the work. */
export async function recentComments(db: D1Database, workspaceId: string, from: number, to: number): Promise<ThemeComment[]> {
  const { results } = await db.prepare(`SELECT id, comment, language, topics FROM responses
      WHERE workspace_id = ? AND created_at >= ? AND created_at < ? AND comment IS NOT NULL ORDER BY created_at DESC LIMIT 2000`)
    .bind(workspaceId, from, to).all<{ id: string; comment: string; language: string | null; topics: string | null }>()
  return results.map((r) => ({ id: r.id, text: r.comment, language: r.language ?? undefined, topics: r.topics ? (JSON.parse(r.topics) as { id: string }[]).map((t) => t.id) : [] }))
}
