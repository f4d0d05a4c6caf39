// Key drivers: how much each topic pulls the score down or up. NPS (or CSAT) of the responses
// mentioning a topic against the rest, with the volume behind it.
export type DriverRow = { score: number; kind: 'nps' | 'csat'; topics: string[] }
export type Driver = { topic: string; kind: 'nps' | 'csat'; mentions: number; withTopic: number; without: number; impact: number }

/** NPS: % promoters (9-10) minus % detractors (0-6). CSAT: % of 4-5 answers. */
export function scoreOf(kind: 'nps' | 'csat', scores: number[]): number {
  if (scores.length === 0) return 0
  if (kind === 'nps') {
    const pro = scores.filter((s) => s >= 9).length, det = scores.filter((s) => s <= 6).length
    return (100 * (pro - det)) / scores.length
  }
  return (100 * scores.filter((s) => s >= 4).length) / scores.length
}

export function keyDrivers(rows: DriverRow[]): Driver[] {
  const out: Driver[] = []
  for (const kind of ['nps', 'csat'] as const) {
    const ofKind = rows.filter((r) => r.kind === kind)
    const topics = new Set(ofKind.flatMap((r) => r.topics))
    for (const topic of topics) {
      const withT = ofKind.filter((r) => r.topics.includes(topic)).map((r) => r.score)
      const rest = ofKind.filter((r) => !r.topics.includes(topic)).map((r) => r.score)
      const a = scoreOf(kind, withT), b = scoreOf(kind, rest)
      out.push({ topic, kind, mentions: withT.length, withTopic: round1(a), without: round1(b), impact: round1(rest.length ? a - b : 0) })
    }
  }
  // Biggest effect first; volume breaks ties.
  return out.sort((x, y) => Math.abs(y.impact) - Math.abs(x.impact) || y.mentions - x.mentions)
}

const round1 = (x: number) => Math.round(x * 10) / 10
