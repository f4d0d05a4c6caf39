// SQL behind themes and drivers: per-topic counts from the daily rollups (rollups.ts), examples
// through the (workspace, topic, time) index, so the cost grows with topics and days, not answers.
import { pickExamples, type Candidate, type TopicExample } from '../domain/metrics/topic-examples.ts'
import type { ThemeComment } from '../domain/text/index.ts'
import { scoreCounts, topicCounts } from './rollups.ts'

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

/** Per-topic counts for a period, and the same score bands over every scored answer (for "without"). */
export async function topicStats(db: D1Database, workspaceId: string, from: number, to: number) {
  const [topics, scores] = await db.batch([topicCounts(db, workspaceId, from, to), scoreCounts(db, workspaceId, from, to)])
  const totals = { promoters: 0, passives: 0, detractors: 0, csatN: 0, csatSatisfied: 0 }
  for (const { kind, score, n } of scores.results as { kind: string; score: number; n: number }[]) {
    if (kind === 'nps') totals[score >= 9 ? 'promoters' : score >= 7 ? 'passives' : 'detractors'] += n
    if (kind === 'csat') {
      totals.csatN += n
      if (score >= 4) totals.csatSatisfied += n
    }
  }
  return { topics: topics.results as unknown as TopicRow[], totals }
}

// Each topic's latest comments, read through the (workspace, topic, time) index so the cost does
// not grow with the period's volume; the examples are picked from them.
const CANDIDATES = 40

/** Up to three example comments per topic; `lean` gives each topic's direction (pickExamples). */
export async function topicExamples(db: D1Database, workspaceId: string, topics: { id: string; lean: number }[], from: number, to: number) {
  const out = new Map<string, TopicExample[]>()
  if (!topics.length) return out
  const results = await db.batch(topics.map(({ id }) => db.prepare(
    `SELECT t.response_id, t.confidence, r.comment, r.score, r.survey_kind, r.sentiment_label
       FROM response_topics t JOIN responses r ON r.workspace_id = t.workspace_id AND r.id = t.response_id
      WHERE t.workspace_id = ? AND t.topic = ? AND t.created_at >= ? AND t.created_at < ? AND r.comment IS NOT NULL
      ORDER BY t.created_at DESC LIMIT ${CANDIDATES}`,
  ).bind(workspaceId, id, from, to)))
  topics.forEach(({ id, lean }, i) => out.set(id, pickExamples(results[i].results as Candidate[], lean)))
  return out
}

/** Comments for emerging themes: the most recent 2,000 of the period bound the work. */
export async function recentComments(db: D1Database, workspaceId: string, from: number, to: number): Promise<ThemeComment[]> {
  const { results } = await db.prepare(`SELECT id, comment, language, topics FROM responses
      WHERE workspace_id = ? AND created_at >= ? AND created_at < ? AND comment IS NOT NULL ORDER BY created_at DESC LIMIT 2000`)
    .bind(workspaceId, from, to).all<{ id: string; comment: string; language: string | null; topics: string | null }>()
  return results.map((r) => ({ id: r.id, text: r.comment, language: r.language ?? undefined, topics: r.topics ? (JSON.parse(r.topics) as { id: string }[]).map((t) => t.id) : [] }))
}
