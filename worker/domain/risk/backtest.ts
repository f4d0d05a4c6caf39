// Would the score have warned us? Replays past cutoff dates: every customer is scored with only
// what was known before the cutoff, then compared with who actually churned afterwards.
//
// Input: snapshots (customer, cutoff, score, tier: computed from data before the cutoff) and
// outcomes (customer, churnedAt or null). `replay()` builds the snapshots from raw histories.
import { DAY_MS, type CustomerFacts } from './facts.ts'
import { riskFeatures } from './features.ts'
import { scoreRisk, type RiskModel, type RiskTier, type TierThresholds } from './model.ts'
import type { ChurnSource } from './churn.ts'

export interface Snapshot {
  customerId: string
  at: number
  score: number
  tier: RiskTier
}

export interface ChurnOutcome {
  customerId: string
  churnedAt: number | null
  /** Where the churn came from (backtestChurn); unsaid counts as recorded. */
  source?: ChurnSource
}

export interface BacktestOptions {
  /** A flag is right if the customer churns within this many days after it. Default 90. */
  horizonDays?: number
  /** How many customers a success team can call per cutoff (precision at K). Default 50. */
  k?: number
  /** End of the known data: snapshots whose horizon runs past it are left out of precision. */
  asOf?: number
}

type Share = { value: number | null }

export interface BacktestReport {
  /** Cutoffs at which at least one customer was scored (a cutoff before anyone's first day counts none). */
  cutoffs: number
  snapshots: number
  /** Customers who churned within the horizon after at least one cutoff. */
  churners: number
  /** The churners by where their churn came from, so a reader knows what the precision counts. */
  churnersBy: Record<ChurnSource, number>
  recall: Share & { flagged: number; churners: number }
  medianLeadDays: number | null
  tierPrecision: Record<RiskTier, Share & { churned: number; scored: number }>
  precisionAtK: Share & { k: number; churned: number; picked: number }
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null)

function median(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

export function backtest(snapshots: Snapshot[], outcomes: ChurnOutcome[], options: BacktestOptions = {}): BacktestReport {
  const horizon = (options.horizonDays ?? 90) * DAY_MS
  const k = options.k ?? 50
  const churnedAt = new Map(outcomes.map((o) => [o.customerId, o.churnedAt]))
  const sourceOf = new Map(outcomes.map((o) => [o.customerId, o.source ?? 'recorded']))
  // A customer already gone at a cutoff is not scored at it.
  const live = snapshots.filter((s) => {
    const c = churnedAt.get(s.customerId)
    return c == null || c > s.at
  })
  const churnsWithin = (s: Snapshot) => {
    const c = churnedAt.get(s.customerId)
    return c != null && c > s.at && c - s.at <= horizon
  }
  const asOf = options.asOf ?? Math.max(-Infinity, ...live.map((s) => s.at + horizon))
  const settled = live.filter((s) => s.at + horizon <= asOf || churnsWithin(s))

  // Recall and lead time, per churner: the earliest flag inside the horizon before churn.
  const byChurner = new Map<string, Snapshot[]>()
  for (const s of live) if (churnsWithin(s)) byChurner.set(s.customerId, [...(byChurner.get(s.customerId) ?? []), s])
  const leads: number[] = []
  for (const [id, list] of byChurner) {
    const flags = list.filter((s) => s.tier !== 'low').sort((a, b) => a.at - b.at)
    if (flags.length) leads.push((churnedAt.get(id)! - flags[0].at) / DAY_MS)
  }

  const tierPrecision = {} as BacktestReport['tierPrecision']
  for (const tier of ['high', 'medium', 'low'] as const) {
    const inTier = settled.filter((s) => s.tier === tier)
    const churned = inTier.filter(churnsWithin).length
    tierPrecision[tier] = { value: share(churned, inTier.length), churned, scored: inTier.length }
  }

  const cutoffs = [...new Set(settled.map((s) => s.at))]
  let picked = 0
  let hits = 0
  for (const at of cutoffs) {
    const top = settled.filter((s) => s.at === at).sort((a, b) => b.score - a.score || a.customerId.localeCompare(b.customerId)).slice(0, k)
    picked += top.length
    hits += top.filter(churnsWithin).length
  }

  return {
    cutoffs: evaluatedCutoffs(live).length,
    snapshots: live.length,
    churners: byChurner.size,
    churnersBy: {
      recorded: [...byChurner.keys()].filter((id) => sourceOf.get(id) === 'recorded').length,
      inactivity: [...byChurner.keys()].filter((id) => sourceOf.get(id) === 'inactivity').length,
    },
    recall: { value: share(leads.length, byChurner.size), flagged: leads.length, churners: byChurner.size },
    medianLeadDays: median(leads),
    tierPrecision,
    precisionAtK: { value: share(hits, picked), k, churned: hits, picked },
  }
}

/** The cutoffs the snapshots were scored at, oldest first: what a report says it evaluated. */
export function evaluatedCutoffs(snapshots: Snapshot[]): number[] {
  return [...new Set(snapshots.map((s) => s.at))].sort((a, b) => a - b)
}

/** Score every customer as of each cutoff from raw histories, hiding everything on or after the cutoff. */
export function replay(histories: CustomerFacts[], cutoffs: number[], model: RiskModel, thresholds?: TierThresholds): Snapshot[] {
  const snapshots: Snapshot[] = []
  for (const at of cutoffs) {
    for (const facts of histories) {
      const { customer } = facts
      if (customer.firstSeenAt >= at || (customer.churnedAt != null && customer.churnedAt <= at)) continue
      const known: CustomerFacts = { ...facts, customer: { ...customer, churnedAt: null, churnReason: null, lastSeenAt: Math.min(customer.lastSeenAt, at) } }
      const { score, tier } = scoreRisk(riskFeatures(known, at), model, { thresholds })
      snapshots.push({ customerId: customer.id, at, score, tier })
    }
  }
  return snapshots
}

/** `count` cutoffs `everyDays` apart, the last one `horizonDays` before `end` so its outcomes are known. */
export function backtestCutoffs(end: number, count = 8, everyDays = 7, horizonDays = 90): number[] {
  const last = end - horizonDays * DAY_MS
  return Array.from({ length: count }, (_, i) => last - (count - 1 - i) * everyDays * DAY_MS)
}
