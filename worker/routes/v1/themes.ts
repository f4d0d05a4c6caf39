// GET /v1/insights/themes and /v1/insights/drivers: what people talk about and how much each
// topic pulls NPS (and CSAT) down or up, with examples; plus emerging themes the taxonomy misses.
// Only topics of the current taxonomy are shown: answers tagged before an edit keep a removed
// topic until the re-read reaches them (queue/retopic.ts), and `reread` says while it runs.
import { Hono } from 'hono'
import type { AppEnv } from '../../env.ts'
import { periodFrom } from '../../lib/period.ts'
import { knownTopics, loadTaxonomyState } from '../../services/taxonomy-reread.ts'
import { topicStats, topicExamples } from '../../services/theme-queries.ts'
import { emergingFor } from '../../services/emerging.ts'
import { npsFromCounts } from '../../domain/metrics/surveys.ts'
import { percent } from '../../domain/metrics/figure.ts'

/** Below this many scored answers naming a topic, its pull on the score is no finding (the dashboard's FEW_ANSWERS). */
const FEW_ANSWERS = 10

export const themes = new Hono<AppEnv>()
  .get('/themes', async (c) => {
    const period = periodFrom(c.req.query())
    const { workspaceId } = c.get('auth')
    const db = c.env.DB
    const [{ topics: taxonomy, reread }, current, previous] = await Promise.all([
      loadTaxonomyState(db, workspaceId),
      topicStats(db, workspaceId, period.from, period.to),
      topicStats(db, workspaceId, period.previous.from, period.previous.to),
    ])
    const names = new Map(taxonomy.map((t) => [t.id, t.name]))
    const pulled = current.topics.filter((t) => names.has(t.topic)).map((t) => ({ row: t, pulls: pullsOf(t, current.totals) }))
    const [examples, emerging] = await Promise.all([
      // Examples lean the way the topic moves the score: NPS, or CSAT where it has no NPS answers.
      topicExamples(db, workspaceId, pulled.map(({ row, pulls }) => ({ id: row.topic, lean: pulls.nps.effect ?? pulls.csat.effect ?? 0 })), period.from, period.to),
      emergingFor(db, workspaceId, period, taxonomy),
    ])
    const topics = pulled.map(({ row: t, pulls }) => ({
      id: t.topic,
      name: names.get(t.topic)!,
      volume: t.volume,
      sentiment: { positive: t.positive, neutral: t.neutral, negative: t.negative, mixed: t.mixed },
      ...pulls,
      trend: { current: t.volume, previous: previous.topics.find((p) => p.topic === t.topic)?.volume ?? 0 },
      examples: examples.get(t.topic) ?? [],
    }))
    // The topics costing the most NPS points come first.
    topics.sort((a, b) => (a.nps.effect ?? 0) - (b.nps.effect ?? 0) || b.volume - a.volume)
    return c.json({ period: { from: period.from, to: period.to }, topics, emerging, reread })
  })
  .get('/drivers', async (c) => {
    const period = periodFrom(c.req.query())
    const { workspaceId } = c.get('auth')
    const [stats, { topics: taxonomy }] = await Promise.all([topicStats(c.env.DB, workspaceId, period.from, period.to), loadTaxonomyState(c.env.DB, workspaceId)])
    const known = knownTopics(taxonomy)
    const data = stats.topics.filter((t) => known.has(t.topic)).flatMap((t) => {
      const pulls = pullsOf(t, stats.totals)
      return (['nps', 'csat'] as const).filter((kind) => pulls[kind].responses > 0).map((kind) => {
        const { responses, ...pull } = pulls[kind]
        return { topic: t.topic, kind, ...pull, volume: responses, fewAnswers: responses < FEW_ANSWERS }
      })
    })
    // Ranked by effect, the points a topic moves the whole score (the gap alone would put one
    // furious answer above forty unhappy ones); topics with too few answers to say anything last.
    data.sort((a, b) => Number(a.fewAnswers) - Number(b.fewAnswers) || Math.abs(b.effect ?? 0) - Math.abs(a.effect ?? 0) || b.volume - a.volume)
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

type Stats = Awaited<ReturnType<typeof topicStats>>

/** A topic's pull on NPS and on CSAT, from its answers' counts and the period's. */
function pullsOf(t: Stats['topics'][number], totals: Stats['totals']) {
  return {
    nps: effectOf(npsOf(t.promoters, t.passives, t.detractors),
      npsOf(totals.promoters - t.promoters, totals.passives - t.passives, totals.detractors - t.detractors),
      npsOf(totals.promoters, totals.passives, totals.detractors), t.promoters + t.passives + t.detractors),
    csat: effectOf(percent(t.csatSatisfied, t.csatN), percent(totals.csatSatisfied - t.csatSatisfied, totals.csatN - t.csatN),
      percent(totals.csatSatisfied, totals.csatN), t.csatN),
  }
}

/** NPS from the counts of each kind of answer (no array of every score: totals run to the period's volume). */
function npsOf(promoters: number, passives: number, detractors: number): number | null {
  return npsFromCounts([{ score: 10, n: promoters }, { score: 8, n: passives }, { score: 0, n: detractors }]).value
}

const round1 = (n: number) => Math.round(n * 10) / 10
