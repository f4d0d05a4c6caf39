// Emerging themes for a period: phrases recurring in the period's latest comments that the
// taxonomy misses. Reading 4,000 comments costs tens of milliseconds of CPU, while the answer
// moves slowly, so each isolate keeps it for a minute per workspace, period (to the minute) and
// taxonomy; the theme counts beside it are always read fresh.
import { emergingThemes, type TopicDef } from '../domain/text/index.ts'
import type { Period } from '../lib/period.ts'
import { TtlCache } from '../lib/ttl-cache.ts'
import { recentComments } from './theme-queries.ts'

const MINUTE = 60_000
export type EmergingTheme = { phrase: string; variants: string[]; count: number; previous: number; trend: number | null; examples: { responseId: string; comment: string }[] }
const cache = new TtlCache<EmergingTheme[]>(MINUTE, 200)

export function emergingFor(db: D1Database, workspaceId: string, period: Period, taxonomy: TopicDef[]): Promise<EmergingTheme[]> {
  const taxonomyKey = taxonomy.map((t) => `${t.id}:${t.keywords?.length ?? 0}:${t.examples?.length ?? 0}`).join(',')
  const key = `${workspaceId}|${Math.floor(period.from / MINUTE)}|${Math.floor(period.to / MINUTE)}|${taxonomyKey}`
  return cache.get(key, async () => {
    const [recent, before] = await Promise.all([
      recentComments(db, workspaceId, period.from, period.to),
      recentComments(db, workspaceId, period.previous.from, period.previous.to),
    ])
    const byId = new Map(recent.map((r) => [r.id, r]))
    return emergingThemes({ recent, previous: before, taxonomy }).map((t) => ({
      phrase: t.phrase,
      variants: t.variants,
      count: t.count,
      previous: t.previous,
      trend: t.trend,
      examples: t.examples.slice(0, 3).map((id) => ({ responseId: id, comment: byId.get(id)?.text ?? '' })),
    }))
  })
}
