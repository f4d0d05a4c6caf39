// GET /v1/insights/themes and /v1/insights/drivers: what people talk about and how much each
// topic pulls NPS (and CSAT) down or up, with examples; plus emerging themes the taxonomy misses.
import { Hono } from 'hono'
import type { AppEnv } from '../../env.ts'
import { periodFrom } from '../../lib/period.ts'
import { loadTaxonomy } from '../../services/text-model.ts'
import { topicStats, topicExamples } from '../../services/theme-queries.ts'
import { emergingFor } from '../../services/emerging.ts'
import { nps, csat } from '../../domain/metrics/surveys.ts'
import { percent } from '../../domain/metrics/figure.ts'

export const themes = new Hono<AppEnv>()
  .get('/themes', async (c) => {
    const period = periodFrom(c.req.query())
    const { workspaceId } = c.get('auth')
    const db = c.env.DB
    const [{ topics: taxonomy }, current, previous] = await Promise.all([
      loadTaxonomy(db, workspaceId),
      topicStats(db, workspaceId, period.from, period.to),
      topicStats(db, workspaceId, period.previous.from, period.previous.to),
    ])
    const [examples, emerging] = await Promise.all([
      topicExamples(db, workspaceId, current.topics.map((t) => t.topic), period.from, period.to),
      emergingFor(db, workspaceId, period, taxonomy),
    ])
    const names = new Map(taxonomy.map((t) => [t.id, t.name]))
    const allNps = npsOf(current.totals.promoters, current.totals.passives, current.totals.detractors)
    const allCsat = percent(current.totals.csatSatisfied, current.totals.csatN)
    const topics = current.topics.map((t) => ({
      id: t.topic,
      name: names.get(t.topic) ?? t.topic,
      volume: t.volume,
      sentiment: { positive: t.positive, neutral: t.neutral, negative: t.negative, mixed: t.mixed },
      nps: effectOf(npsOf(t.promoters, t.passives, t.detractors),
        npsOf(current.totals.promoters - t.promoters, current.totals.passives - t.passives, current.totals.detractors - t.detractors),
        allNps, t.promoters + t.passives + t.detractors),
      csat: effectOf(percent(t.csatSatisfied, t.csatN), percent(current.totals.csatSatisfied - t.csatSatisfied, current.totals.csatN - t.csatN), allCsat, t.csatN),
      trend: { current: t.volume, previous: previous.topics.find((p) => p.topic === t.topic)?.volume ?? 0 },
      examples: examples.get(t.topic) ?? [],
    }))
    // The topics costing the most NPS points come first.
    topics.sort((a, b) => (a.nps.effect ?? 0) - (b.nps.effect ?? 0) || b.volume - a.volume)
    return c.json({ period: { from: period.from, to: period.to }, topics, emerging })
  })
  .get('/drivers', async (c) => {
    const period = periodFrom(c.req.query())
    const { workspaceId } = c.get('auth')
    const stats = await topicStats(c.env.DB, workspaceId, period.from, period.to)
    const data = stats.topics.flatMap((t) => {
      const rows = []
      const npsN = t.promoters + t.passives + t.detractors
      if (npsN) {
        const w = npsOf(t.promoters, t.passives, t.detractors)!
        const wo = npsOf(stats.totals.promoters - t.promoters, stats.totals.passives - t.passives, stats.totals.detractors - t.detractors)
        rows.push({ topic: t.topic, kind: 'nps', with: w, without: wo, impact: wo === null ? null : round1(w - wo), volume: npsN })
      }
      if (t.csatN) {
        const w = csat(Array.from({ length: t.csatN }, (_, i) => (i < t.csatSatisfied ? 5 : 1))).value
        const restN = stats.totals.csatN - t.csatN
        const wo = restN ? csat(Array.from({ length: restN }, (_, i) => (i < stats.totals.csatSatisfied - t.csatSatisfied ? 5 : 1))).value : null
        rows.push({ topic: t.topic, kind: 'csat', with: w, without: wo, impact: wo === null || w === null ? null : round1(w - wo), volume: t.csatN })
      }
      return rows
    })
    data.sort((a, b) => Math.abs(b.impact ?? 0) - Math.abs(a.impact ?? 0))
    return c.json({ period: { from: period.from, to: period.to }, data })
  })

/**
 * A topic's pull on a score (NPS, or CSAT in %). impact: the gap between answers mentioning it and
 * the rest. effect: the points it moves the period's score (the score minus the score without
 * those answers), which weighs the gap by how many answers mention it: three furious answers among
 * hundreds move it less than forty unhappy ones.
 */
function effectOf(withTopic: number | null, without: number | null, all: number | null, responses: number) {
  const known = withTopic !== null && without !== null
  return {
    with: withTopic === null ? null : round1(withTopic), without: without === null ? null : round1(without),
    impact: known ? round1(withTopic - without) : null, effect: known && all !== null ? round1(all - without) : null, responses,
  }
}

function npsOf(promoters: number, passives: number, detractors: number): number | null {
  const scores = [...Array(promoters).fill(10), ...Array(passives).fill(8), ...Array(detractors).fill(0)]
  const value = nps(scores).value
  return value === null ? null : round1(value)
}

const round1 = (n: number) => Math.round(n * 10) / 10
