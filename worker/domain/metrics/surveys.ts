// Survey figures: NPS, CSAT, CES and response rate. Skipped answers (null) never count.
import { percent, ratio, type Figure } from './figure.ts'

/** NPS score bands, both ends included: the one definition the figures and the responses filter share. */
export const NPS_BANDS = { detractor: [0, 6], passive: [7, 8], promoter: [9, 10] } as const
const isPromoter = (s: number) => s >= NPS_BANDS.promoter[0]
const isDetractor = (s: number) => s <= NPS_BANDS.detractor[1]

const answered = (scores: (number | null | undefined)[]) => scores.filter((s): s is number => typeof s === 'number' && Number.isFinite(s))

/** % promoters (9–10) − % detractors (0–6) of answered NPS questions, −100..100. */
export function nps(scores: (number | null | undefined)[]): Figure<{ promoters: number; passives: number; detractors: number; responses: number }> {
  const valid = answered(scores)
  const promoters = valid.filter(isPromoter).length
  const detractors = valid.filter(isDetractor).length
  const passives = valid.length - promoters - detractors
  const value = valid.length ? ((promoters - detractors) / valid.length) * 100 : null
  return { value, promoters, passives, detractors, responses: valid.length }
}

/** Share of 4–5 answers on a 1–5 scale × 100. */
export function csat(scores: (number | null | undefined)[]): Figure<{ satisfied: number; responses: number }> {
  const valid = answered(scores)
  const satisfied = valid.filter((s) => s >= 4).length
  return { value: percent(satisfied, valid.length), satisfied, responses: valid.length }
}

/** Mean effort score on a 1–7 scale. */
export function ces(scores: (number | null | undefined)[]): Figure<{ total: number; responses: number }> {
  const valid = answered(scores)
  const total = valid.reduce((s, v) => s + v, 0)
  return { value: ratio(total, valid.length), total, responses: valid.length }
}

/** Responses / displays × 100. */
export function responseRate(responses: number, displays: number): Figure<{ responses: number; displays: number }> {
  return { value: percent(responses, displays), responses, displays }
}

/** Answers counted per score, as SQL's GROUP BY score gives them. */
export type ScoreCounts = { score: number; n: number }[]

const expand = (counts: ScoreCounts) => ({
  count: (keep: (s: number) => boolean) => counts.reduce((t, c) => t + (keep(c.score) ? c.n : 0), 0),
  total: counts.reduce((t, c) => t + c.n, 0),
  sum: counts.reduce((t, c) => t + c.score * c.n, 0),
})

/** nps() over counted scores: the same formula without materialising 100,000 answers. */
export function npsFromCounts(counts: ScoreCounts): ReturnType<typeof nps> {
  const x = expand(counts)
  const promoters = x.count(isPromoter)
  const detractors = x.count(isDetractor)
  return { value: x.total ? ((promoters - detractors) / x.total) * 100 : null, promoters, passives: x.total - promoters - detractors, detractors, responses: x.total }
}

export function csatFromCounts(counts: ScoreCounts): ReturnType<typeof csat> {
  const x = expand(counts)
  const satisfied = x.count((s) => s >= 4)
  return { value: percent(satisfied, x.total), satisfied, responses: x.total }
}

export function cesFromCounts(counts: ScoreCounts): ReturnType<typeof ces> {
  const x = expand(counts)
  return { value: ratio(x.sum, x.total), total: x.sum, responses: x.total }
}
